import { expect } from 'chai';
import { replay, sortRecords } from '../../src/domain/derive.ts';
import { toJsonExport } from '../../src/domain/export/json.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { signingPayload } from '../../src/domain/signing.ts';
import type { VerificationReport } from '../../src/domain/verification.ts';
import { verifyResult } from '../../src/doc/verify-result.ts';
import { TEST_ROOM, newSigner } from '../support/replica.ts';
import { EXPORTED_AT, signedExport, tampered, viewLinkFor, type SignedExport } from '../support/signed-export.ts';

async function verified(text: string, link: string | null): Promise<VerificationReport> {
  const outcome = await verifyResult(text, link);
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.report;
}

const recordOf = (data: { records: Record<string, unknown>[] }, id: string) => data.records.find((r) => r.id === id)!;

describe('verifying an exported result', () => {
  let session: SignedExport;
  before(async () => {
    session = await signedExport();
  });

  it('an honest export verifies against its view link: who wrote how many records, nothing ignored or different', async () => {
    const report = await verified(session.text, session.link);
    expect(report.verified).to.equal(true);
    expect(report.origin).to.deep.include({ kind: 'link', roomMatches: true, facilitatorMatches: true, recordsFacilitator: session.facilitator.actor });
    expect(report.records).to.deep.equal({ total: 9, authentic: 9 });
    expect(report.groups.map((g) => [g.name, g.venue, g.records])).to.deep.equal([
      ['Table 1', 'Paris', 4],
      ['Table 2', 'Dakar', 3],
    ]);
    expect(report.venues).to.deep.equal([
      { venue: 'Paris', groups: 1, records: 4 },
      { venue: 'Dakar', groups: 1, records: 3 },
    ]);
    expect(report.facilitatorRecords).to.equal(2);
    expect([report.ignored, report.differences, report.missing]).to.deep.equal([[], [], []]);
    expect(report.undetectable).to.deep.equal(['unreferenced-removal', 'added-group', 'late-records', 'export-time']);
  });

  it('without a view link, checks the file against itself and says so', async () => {
    const report = await verified(session.text, null);
    expect(report.verified).to.equal(true);
    expect(report.origin).to.deep.equal({ kind: 'self-consistency', room: TEST_ROOM, facilitator: session.facilitator.actor });
    expect(report.undetectable[0]).to.equal('no-link');
  });

  it('checks the same way with the pure-JS code of a page without WebCrypto', async () => {
    const outcome = await verifyResult(session.text, session.link, { pureJs: true });
    expect(outcome.ok && outcome.report.verified).to.equal(true);
  });

  it('a text changed in the summary is reported at its proposal and field', async () => {
    const report = await verified(tampered(session.text, (data) => void (data.proposals[0]!.text = 'Free transit for cars')), session.link);
    expect(report.verified).to.equal(false);
    expect(report.differences).to.deep.equal([
      { section: 'proposals', id: session.transit.add, rank: 1, field: 'text', exported: 'Free transit for cars', recomputed: 'Free public transit' },
    ]);
  });

  it('a count changed in the summary is reported at its proposal and field', async () => {
    const report = await verified(tampered(session.text, (data) => void (data.proposals[1]!.endorsements = 40)), session.link);
    expect(report.differences.map((d) => [d.rank, d.field, d.exported, d.recomputed])).to.deep.equal([[2, 'endorsements', 40, 1]]);
  });

  it('the venues backing a proposal, changed in the summary, are reported at its proposal and field', async () => {
    const report = await verified(
      tampered(session.text, (data) => void (data.proposals[1]!.venues = [{ name: 'Paris', groups: 1 }, { name: 'Dakar', groups: 1 }])),
      session.link,
    );
    expect(report.verified).to.equal(false);
    expect(report.differences.map((d) => [d.rank, d.field, d.exported, d.recomputed])).to.deep.equal([
      [2, 'venues.0.name', 'Paris', 'Dakar'],
      [2, 'venues.1', { name: 'Dakar', groups: 1 }, undefined],
    ]);
  });

  it('a changed across-venues order is reported once, as the whole order, the workshop order untouched', async () => {
    const report = await verified(tampered(session.text, (data) => void (data.acrossVenues as string[]).reverse()), session.link);
    const [first, second] = JSON.parse(session.text).proposals.map((p: { id: string }) => p.id);
    expect(report.verified).to.equal(false);
    expect(report.differences).to.deep.equal([
      { section: 'session', id: null, rank: null, field: 'acrossVenues', exported: [second, first], recomputed: [first, second] },
    ]);
  });

  it('a summary without the venues of each proposal or the across-venues order is reported where they are missing', async () => {
    const report = await verified(
      tampered(session.text, (data) => {
        delete data.acrossVenues;
        delete data.proposals[0]!.venues;
      }),
      session.link,
    );
    expect(report.differences.map((d) => [d.section, d.rank, d.field, d.exported])).to.deep.equal([
      ['session', null, 'acrossVenues', undefined],
      ['proposals', 1, 'venues', undefined],
    ]);
  });

  it('an export made before venues were exported (no across-venues order, no venues per proposal) still verifies', async () => {
    const report = await verified(
      tampered(session.text, (data) => {
        delete data.acrossVenues;
        for (const proposal of data.proposals) delete proposal.venues;
      }),
      session.link,
    );
    expect(report.differences).to.deep.equal([]);
    expect(report.verified).to.equal(true);
  });

  it('a changed ranking is reported as the order, and as the ranks written in it', async () => {
    const report = await verified(
      tampered(session.text, (data) => {
        data.proposals.reverse();
        data.proposals.forEach((p, i) => (p.rank = i + 1));
      }),
      session.link,
    );
    const [first, second] = JSON.parse(session.text).proposals.map((p: { id: string }) => p.id);
    expect(report.differences.map((d) => [d.id, d.field, d.exported, d.recomputed])).to.deep.equal([
      [null, 'order', [second, first], [first, second]],
      [first, 'rank', 2, 1],
      [second, 'rank', 1, 2],
    ]);
  });

  it('an unsigned or forged record added to the records is ignored for its signature, at its position', async () => {
    const report = await verified(
      tampered(session.text, (data) => {
        const add = recordOf(data, session.transit.add);
        data.records.push({ ...add, id: 'unsigned-add-001', sig: undefined });
        data.records.push({ ...add, id: 'forged-add-0001' });
      }),
      session.link,
    );
    expect(report.verified).to.equal(false);
    expect(report.ignored.map((i) => [i.position, i.id, i.stage, i.reason])).to.deep.equal([
      [9, 'unsigned-add-001', 'signature', 'bad-signature'],
      [10, 'forged-add-0001', 'signature', 'bad-signature'],
    ]);
    expect(report.differences).to.deep.equal([]);
  });

  it('a record signed by a stranger is reported: without a join as of no known signer, with one as a group the summary lacks', async () => {
    const stranger = await newSigner();
    const sign = async (record: Record<string, unknown>) => ({
      ...record,
      sig: await stranger.sign(signingPayload(record as unknown as WorkshopRecord, TEST_ROOM)),
    });
    // Dated before the session, so the lock at its end does not hold these back.
    const base = { v: 1, author: stranger.actor };
    const add = await sign({ ...base, hlc: [1_600_000_000_000, 1], id: 'stranger-add-01', kind: 'add', text: 'Said by a stranger' });
    const lone = await verified(tampered(session.text, (data) => void data.records.push(add)), session.link);
    expect(lone.ignored.map((i) => [i.id, i.stage, i.reason])).to.deep.equal([['stranger-add-01', 'signature', 'unknown-author']]);
    expect(lone.verified).to.equal(false);
    const join = await sign({ ...base, hlc: [1_600_000_000_000, 0], id: 'stranger-join-1', kind: 'join', name: 'Table 9', venue: 'Nowhere', key: stranger.publicKey });
    const joined = await verified(tampered(session.text, (data) => void data.records.push(join, add)), session.link);
    expect(joined.verified).to.equal(false);
    expect(joined.otherRecords).to.equal(0);
    expect(joined.differences.filter((d) => d.field === '' && d.exported === undefined).map((d) => [d.section, d.id])).to.deep.equal([
      ['groups', stranger.actor],
      ['proposals', 'stranger-add-01'],
    ]);
  });

  it('a record whose text was changed inside `records` fails its signature, and the result it gave is missing', async () => {
    const report = await verified(
      tampered(session.text, (data) => void (recordOf(data, session.transit.edit).text = 'Free transit for cars')),
      session.link,
    );
    expect(report.ignored.map((i) => [i.id, i.reason])).to.deep.include([session.transit.edit, 'bad-signature']);
    expect(report.differences.some((d) => d.id === session.transit.add && d.field === 'text')).to.equal(true);
    expect(report.verified).to.equal(false);
  });

  it('a removed record that others name is reported as missing, by the records that name it', async () => {
    const report = await verified(
      tampered(session.text, (data) => void (data.records = data.records.filter((r) => r.id !== session.transit.edit))),
      session.link,
    );
    expect(report.missing.map((m) => [m.kind, m.field, m.missing])).to.deep.equal([
      ['endorse', 'revision', session.transit.edit],
      ['translate', 'revision', session.transit.edit],
    ]);
    expect(report.verified).to.equal(false);
  });

  it('a removed record nothing names, with the summary made to match, passes: the report says this cannot be detected', async () => {
    const records = session.records.filter((r) => !(r.kind === 'endorse' && r.revision === session.transit.edit));
    const { records: sorted } = sortRecords(records);
    const view = replay(sorted, { anchor: session.facilitator.actor, authenticity: () => 'authentic' }).view();
    const report = await verified(toJsonExport(sorted, view, EXPORTED_AT, TEST_ROOM), session.link);
    expect(report.verified).to.equal(true);
    expect(report.undetectable).to.include('unreferenced-removal');
  });

  it('a view link naming another facilitator, or another room, is reported', async () => {
    const other = await verified(session.text, viewLinkFor(TEST_ROOM, session.groups[0].actor));
    expect(other.origin).to.deep.include({ facilitatorMatches: false, recordsFacilitator: session.facilitator.actor });
    expect(other.verified).to.equal(false);
    const elsewhere = await verified(session.text, viewLinkFor('another-room-bbbbbbbbb', session.facilitator.actor));
    expect(elsewhere.origin).to.deep.include({ roomMatches: false, exportedRoom: TEST_ROOM });
    expect(elsewhere.records.authentic).to.equal(0);
  });

  it('refuses what is no export, and a link that is no view link', async () => {
    expect(await verifyResult('{nope')).to.deep.equal({ ok: false, problem: 'not-json' });
    expect(await verifyResult(session.text, `https://forum.example/#/s/${TEST_ROOM}`)).to.deep.equal({ ok: false, problem: 'bad-link' });
  });
});
