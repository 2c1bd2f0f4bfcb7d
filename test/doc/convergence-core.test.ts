import { expect } from 'chai';
import * as Y from 'yjs';
import { checkCandidate } from '../../src/doc/candidate-proof.ts';
import { exportDigest, readSource, startConvergence, type SourceSession } from '../../src/doc/convergence-setup.ts';
import { recordsOf } from '../../src/doc/schema.ts';
import type { ActionResult } from '../../src/doc/writer.ts';
import type { CandidateRecord, RecordBody, WorkshopRecord } from '../../src/domain/records.ts';
import { TEST_ROOM, createReplica, newSigner, syncInto, type Replica } from '../support/replica.ts';
import { signedExport, type SignedExport } from '../support/signed-export.ts';

const problem = (result: ActionResult) => (result.ok ? 'ok' : result.problem);
let serial = 0;
/** A candidate record as a convergence session holds it (the proof check needs no signature on the candidate itself). */
const asRecord = (body: RecordBody<CandidateRecord>, change: (c: CandidateRecord) => void = () => undefined): CandidateRecord => {
  const record = structuredClone({ v: 1, id: `cand-${serial++}`.padEnd(12, '_'), author: 'facil-xxxxx', hlc: [1, 0], ...body }) as CandidateRecord;
  change(record);
  return record;
};
const proofRecord = (c: CandidateRecord, kind: string) => c.proof.find((r) => (r as WorkshopRecord).kind === kind) as Record<string, unknown>;

describe('convergence: reading a source session', () => {
  let exported: SignedExport;
  let source: SourceSession;
  before(async () => {
    exported = await signedExport();
    const read = await readSource(exported.text);
    if (!read.ok) throw new Error(read.problem);
    source = read.source;
  });

  it('verifies the export and gives one candidate per final proposal, in its order, with places, translations, rank and count', async () => {
    expect([source.title, source.room, source.facilitator, source.candidates, source.verified]).to.deep.equal([
      'Paris–Dakar 2026', TEST_ROOM, exported.facilitator.actor, 2, true,
    ]);
    expect(source.digest).to.equal(await exportDigest(exported.text)).and.to.match(/^[A-Za-z0-9_-]{43}$/);
    const [transit, assemblies] = source.bodies;
    expect([transit!.text, transit!.places, transit!.rank, transit!.count]).to.deep.equal(['Free public transit', ['Paris', 'Dakar'], 1, 2]);
    expect(transit!.translations).to.deep.equal([{ lang: 'fr', text: 'Transports publics gratuits' }]);
    expect(transit!.source).to.deep.equal({ room: source.room, facilitator: exported.facilitator.actor, title: 'Paris–Dakar 2026', digest: source.digest, proposal: exported.transit.add });
    expect([assemblies!.text, assemblies!.places, assemblies!.rank, assemblies!.count]).to.deep.equal(['Open assemblies', ['Dakar'], 2, 1]);
  });

  it('a proof carries the session, joins, the revision chain, the translation, the endorsement and the lock; not other proposals', () => {
    const kinds = source.bodies[0]!.proof.map((r) => (r as WorkshopRecord).kind);
    expect(kinds).to.deep.equal(['session', 'join', 'add', 'join', 'revise', 'endorse', 'translate', 'lock']);
    expect(source.bodies[1]!.proof.map((r) => (r as WorkshopRecord).kind)).to.deep.equal(['session', 'join', 'add', 'lock']);
  });

  it('an honest candidate’s proof holds, count proven; with the pure-JS code too', async () => {
    for (const body of source.bodies) expect(await checkCandidate(asRecord(body))).to.deep.equal({ holds: true, countProven: true, problem: null });
    expect(await checkCandidate(asRecord(source.bodies[0]!), { pureJs: true })).to.deep.equal({ holds: true, countProven: true, problem: null });
  });

  const broken: Array<[string, (c: CandidateRecord) => void, string]> = [
    ['a text changed in the candidate', (c) => void (c.text = 'Free transit for cars'), 'text-differs'],
    ['a carried translation changed', (c) => void (c.translations[0]!.text = 'Voitures gratuites'), 'translation-differs'],
    ['a translation the source never had', (c) => void c.translations.push({ lang: 'pt', text: 'Transporte' }), 'translation-differs'],
    ['a count raised', (c) => void (c.count = 7), 'count-differs'],
    ['a proof record altered', (c) => void (proofRecord(c, 'revise').text = 'Free transit for cars'), 'bad-signature'],
    ['a proof record made up', (c) => void c.proof.push({ ...proofRecord(c, 'endorse'), id: 'forged-endorse' }), 'bad-signature'],
    ['another facilitator named', (c) => void (c.source.facilitator = 'someone-else'), 'not-source-facilitator'],
    ['another room named', (c) => void (c.source.room = 'b'.repeat(22)), 'bad-signature'],
    ['a proposal the proof does not hold', (c) => void (c.source.proposal = 'no-such-proposal'), 'proposal-missing'],
    ['an empty proof', (c) => void (c.proof = []), 'no-proof'],
    ['a proof of junk', (c) => void (c.proof = [42]), 'malformed-proof'],
  ];
  for (const [name, change, expected] of broken) {
    it(`a candidate with ${name} does not verify: ${expected}`, async () => {
      const verdict = await checkCandidate(asRecord(source.bodies[0]!, change));
      expect(verdict).to.deep.equal({ holds: false, countProven: false, problem: expected });
    });
  }

  it('without its endorsements a proof still holds, the count as claimed and not proven', async () => {
    const verdict = await checkCandidate(asRecord(source.bodies[0]!, (c) => void (c.proof = c.proof.filter((r) => (r as WorkshopRecord).kind !== 'endorse'))));
    expect(verdict).to.deep.equal({ holds: true, countProven: false, problem: null });
  });

  it('an export of unsigned records or of no session is refused with a reason', async () => {
    expect(await readSource('not json')).to.deep.equal({ ok: false, problem: 'not-json' });
    const data = JSON.parse(exported.text);
    data.room = null;
    data.facilitator = null;
    expect(await readSource(JSON.stringify(data))).to.deep.equal({ ok: false, problem: 'unsigned' });
  });
});

describe('convergence: starting a session and bringing candidates in', () => {
  let source: SourceSession;
  let facilitator: Awaited<ReturnType<typeof newSigner>>;
  let scribe: Replica;
  let other: Replica;
  before(async () => {
    const read = await readSource((await signedExport()).text);
    if (!read.ok) throw new Error(read.problem);
    source = read.source;
  });
  beforeEach(async () => {
    facilitator = await newSigner();
    scribe = await createReplica(31, { anchor: facilitator.actor });
    scribe.writer.adopt(facilitator);
    expect(problem(await startConvergence(scribe.writer, facilitator.actor, 'From many to one', [source, source], ['en', 'fr', 'pt']))).to.equal('ok');
    expect(problem(await scribe.writer.join(scribe.group, 'Table 1', 'Lyon'))).to.equal('ok');
    other = await createReplica(32, { anchor: facilitator.actor });
    await syncInto(scribe, other);
  });

  it('writes one signed candidate per source proposal, each source once; every replica shows them, proofs holding', async () => {
    const view = other.store.view;
    expect(view.title).to.equal('From many to one');
    expect(view.candidates.map((c) => [c.text, c.label, c.rank, c.count])).to.deep.equal([
      ['Free public transit', 'Paris · Dakar', 1, 2],
      ['Open assemblies', 'Dakar', 2, 1],
    ]);
    expect(view.diagnostics).to.deep.equal([]);
    const records = other.store.records.filter((r): r is CandidateRecord => r.kind === 'candidate');
    for (const record of records) expect((await checkCandidate(record)).holds).to.equal(true);
  });

  it('bringing one candidate in unchanged writes the add and its translations in one transaction', async () => {
    const candidate = scribe.store.view.candidates[0]!;
    let transactions = 0;
    scribe.doc.on('update', () => transactions++);
    const result = await scribe.writer.bringIn(scribe.group, [candidate.id], candidate.text);
    expect(problem(result)).to.equal('ok');
    expect(transactions).to.equal(1);
    const proposal = scribe.store.view.proposals[0]!;
    expect(proposal.current.cites).to.deep.equal([candidate.id]);
    expect(proposal.from.map((c) => c.id)).to.deep.equal([candidate.id]);
    expect(proposal.translations.map((t) => [t.lang, t.current.text, t.current.author])).to.deep.equal([['fr', 'Transports publics gratuits', scribe.group]]);
    expect(scribe.store.view.candidates[0]!.usedBy).to.deep.equal([proposal.id]);
  });

  it('a merge or a changed text cites the candidates and carries no translation', async () => {
    const [a, b] = scribe.store.view.candidates;
    expect(problem(await scribe.writer.bringIn(scribe.group, [a!.id, b!.id], 'Free transit decided in open assemblies', 'en'))).to.equal('ok');
    expect(problem(await scribe.writer.bringIn(scribe.group, [a!.id], 'Free public transit, at night too'))).to.equal('ok');
    const [merged, changed] = [...scribe.store.view.proposals].sort((x, y) => x.admittedNumber - y.admittedNumber);
    expect([merged!.from.map((c) => c.id), merged!.translations, merged!.current.lang]).to.deep.equal([[a!.id, b!.id], [], 'en']);
    expect([changed!.from.map((c) => c.id), changed!.translations]).to.deep.equal([[a!.id], []]);
    expect(recordsOf(scribe.doc).toArray().filter((r) => (r as WorkshopRecord).kind === 'translate')).to.have.length(0);
  });

  it('an edit may cite candidates; unknown candidates are refused and nothing is written', async () => {
    const [a, b] = scribe.store.view.candidates;
    await scribe.writer.bringIn(scribe.group, [a!.id], a!.text);
    const proposal = scribe.store.view.proposals[0]!;
    const length = recordsOf(scribe.doc).length;
    expect(problem(await scribe.writer.bringIn(scribe.group, ['not-a-candidate'], 'x'))).to.equal('unknown-proposal');
    expect(problem(await scribe.writer.bringIn(scribe.group, [a!.id, a!.id], 'x'))).to.equal('unknown-proposal');
    expect(problem(await scribe.writer.editProposal(scribe.group, proposal.id, proposal.current.id, 'y', { cites: ['not-a-candidate'] }))).to.equal('unknown-proposal');
    expect(recordsOf(scribe.doc).length).to.equal(length);
    expect(problem(await scribe.writer.editProposal(scribe.group, proposal.id, proposal.current.id, 'Free transit and assemblies', { cites: [b!.id] }))).to.equal('ok');
    expect(scribe.store.view.proposals[0]!.from.map((c) => c.id)).to.deep.equal([a!.id, b!.id]);
  });

  it('only the facilitator writes candidates', async () => {
    const before = Y.encodeStateVector(other.doc);
    expect(problem(await other.writer.addCandidate(other.group, source.bodies[0]!))).to.equal('not-facilitator');
    expect(Y.encodeStateVector(other.doc)).to.deep.equal(before);
  });
});
