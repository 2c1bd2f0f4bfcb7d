import { expect } from 'chai';
import * as Y from 'yjs';
import { compareHlc } from '../../src/domain/hlc.ts';
import { deriveView } from '../../src/domain/derive.ts';
import { recordsOf } from '../../src/doc/schema.ts';
import type { ActionResult } from '../../src/doc/writer.ts';
import { createReplica, newSigner, syncInto } from '../support/replica.ts';

const problem = (result: ActionResult) => (result.ok ? 'ok' : result.problem);

describe('WorkshopWriter', () => {
  it('refuses bad input with a reason and writes nothing', async () => {
    const r = await createReplica(1);
    const length = () => recordsOf(r.doc).length;
    expect(problem(await r.writer.addProposal(r.group, 'Before joining'))).to.equal('not-joined');
    expect(problem(await r.writer.join(r.group, '   '))).to.equal('text-empty');
    expect(problem(await r.writer.join(r.group, 'Table 1', 'v'.repeat(61)))).to.equal('text-too-long');
    expect(length()).to.equal(0);
    expect(problem(await r.writer.join(r.group, 'Table 1'))).to.equal('ok');
    expect(problem(await r.writer.join(r.group, 'Again'))).to.equal('already-joined');
    expect(problem(await r.writer.addProposal(r.group, ''))).to.equal('text-empty');
    expect(problem(await r.writer.addProposal(r.group, 'x'.repeat(1001)))).to.equal('text-too-long');
    expect(problem(await r.writer.endorse(r.group, 'unknown-rev'))).to.equal('unknown-revision');
    expect(problem(await r.writer.editProposal(r.group, 'unknown-prop', 'unknown-rev', 'x'))).to.equal('unknown-proposal');
    expect(length()).to.equal(1);
  });

  it('refuses to speak for a group whose key this tab does not hold', async () => {
    const r = await createReplica(1);
    const stranger = await newSigner();
    expect(problem(await r.writer.join(stranger.actor, 'Not ours'))).to.equal('no-key');
    expect(recordsOf(r.doc).length).to.equal(0);
    expect(r.writer.speaksFor(stranger.actor)).to.equal(false);
    expect(r.writer.speaksFor(r.group)).to.equal(true);
  });

  it('signs every record it writes: the view applies them, and a derivation with the store’s trust agrees', async () => {
    const r = await createReplica(1);
    const written = await r.writer.join(r.group, 'Table 1');
    expect(written.ok && written.record.sig).to.match(/^[A-Za-z0-9_-]{86}$/);
    expect(written.ok && written.record.kind === 'join' && written.record.key).to.equal(r.signer.publicKey);
    await r.writer.addProposal(r.group, 'Signed');
    expect(r.store.view.diagnostics).to.deep.equal([]);
    expect(r.store.view.appliedRecords).to.equal(2);
    expect(deriveView(recordsOf(r.doc).toArray(), r.store.trust)).to.deep.equal(r.store.view);
  });

  it('runs actions one after another, each seeing the view its predecessors left', async () => {
    const r = await createReplica(1);
    // Not awaited one by one: the add must still find the group joined, the 11th add the document full.
    const pending = [r.writer.join(r.group, 'Table 1'), ...Array.from({ length: 11 }, (_, i) => r.writer.addProposal(r.group, `Idea ${i}`))];
    const results = (await Promise.all(pending)).map(problem);
    expect(results).to.deep.equal([...Array<string>(11).fill('ok'), 'document-full']);
    expect(r.store.view.proposals).to.have.length(10);
  });

  it('R7: refuses an 11th add locally, before anything is written', async () => {
    const r = await createReplica(1);
    await r.writer.join(r.group, 'Table 1');
    for (let i = 0; i < 10; i++) expect(problem(await r.writer.addProposal(r.group, `Idea ${i}`))).to.equal('ok');
    expect(problem(await r.writer.addProposal(r.group, 'Eleventh'))).to.equal('document-full');
    expect(recordsOf(r.doc).length).to.equal(11);
    expect(r.store.view.notAdmitted).to.have.length(0);
  });

  it('edits, endorses and withdraws', async () => {
    const r = await createReplica(1);
    // A second group on the same tab (a shared laptop): the writer holds both keys.
    const other = await newSigner();
    r.writer.adopt(other);
    await r.writer.join(r.group, 'Table 1');
    await r.writer.join(other.actor, 'Table 2');
    await r.writer.addProposal(r.group, 'Water');
    const proposal = r.store.view.proposals[0]!;
    expect(problem(await r.writer.endorse(r.group, proposal.current.id))).to.equal('already-endorsed');
    expect(problem(await r.writer.editProposal(other.actor, proposal.id, proposal.current.id, 'Clean water'))).to.equal('ok');
    expect(problem(await r.writer.endorse(r.group, proposal.current.id))).to.equal('not-current');
    const current = r.store.view.proposals[0]!.current;
    expect(problem(await r.writer.endorse(r.group, current.id))).to.equal('ok');
    expect(r.store.view.proposals[0]!.endorsements).to.equal(2);
    expect(problem(await r.writer.withdrawEndorsement(r.group, current.id))).to.equal('ok');
    expect(problem(await r.writer.withdrawEndorsement(r.group, current.id))).to.equal('not-endorsed');
    expect(r.store.view.proposals[0]!.endorsements).to.equal(1);
  });

  it('restores an old version as a new revision; history keeps everything', async () => {
    const r = await createReplica(1);
    await r.writer.join(r.group, 'Table 1');
    await r.writer.addProposal(r.group, 'Version one');
    const first = r.store.view.proposals[0]!;
    await r.writer.editProposal(r.group, first.id, first.current.id, 'Version two');
    expect(problem(await r.writer.restore(r.group, first.current.id))).to.equal('ok');
    const restored = r.store.view.proposals[0]!;
    expect(restored.revisions.map((v) => v.text)).to.deep.equal(['Version one', 'Version two', 'Version one']);
    expect(restored.current.number).to.equal(3);
  });

  it('R8: turns a not-admitted add into an edit in one action', async () => {
    const a = await createReplica(1);
    const b = await createReplica(2);
    await a.writer.join(a.group, 'A');
    await b.writer.join(b.group, 'B');
    await syncInto(a, b);
    await syncInto(b, a);
    for (let i = 0; i < 9; i++) await a.writer.addProposal(a.group, `Idea ${i}`);
    await syncInto(a, b);
    a.now += 10;
    b.now += 20;
    await a.writer.addProposal(a.group, 'Tenth from A');
    await b.writer.addProposal(b.group, 'Tenth from B');
    await syncInto(a, b);
    const [late] = b.store.view.notAdmitted;
    expect(late?.text).to.equal('Tenth from B');
    const target = b.store.view.proposals[3]!;
    expect(problem(await b.writer.useAsEdit(b.group, late!.id, target.id))).to.equal('ok');
    const view = b.store.view;
    expect(view.notAdmitted[0]!.convertedTo).to.equal(view.proposals.find((p) => p.id === target.id)!.current.id);
    expect(view.proposals.find((p) => p.id === target.id)!.current.text).to.equal('Tenth from B');
  });

  it('ticks its clock past records from a venue whose clock runs ahead', async () => {
    const behind = await createReplica(1, { now: 1_000 });
    const ahead = await createReplica(2, { now: 9_000_000 });
    await ahead.writer.join(ahead.group, 'Fast clock');
    await ahead.writer.addProposal(ahead.group, 'From the future');
    await syncInto(ahead, behind);
    await behind.writer.join(behind.group, 'Slow clock');
    const result = await behind.writer.addProposal(behind.group, 'Seen after');
    expect(result.ok && compareHlc(result.record.hlc, behind.store.view.proposals[0]!.current.hlc)).to.be.greaterThan(0);
    expect(behind.store.view.proposals.map((p) => p.current.text)).to.deep.equal(['From the future', 'Seen after']);
  });
});

describe('WorkshopWriter translations', () => {
  it('translates the current revision only, and remembers the language a proposal was written in', async () => {
    const r = await createReplica(1);
    await r.writer.join(r.group, 'Mesa 1');
    expect(problem(await r.writer.addProposal(r.group, 'Agua para todos', 'es'))).to.equal('ok');
    const proposal = r.store.view.proposals[0]!;
    expect(proposal.current.lang).to.equal('es');
    expect(problem(await r.writer.translate(r.group, proposal.current.id, 'en', 'Water for all'))).to.equal('ok');
    await r.writer.editProposal(r.group, proposal.id, proposal.current.id, 'Agua limpia para todos');
    expect(problem(await r.writer.translate(r.group, proposal.current.id, 'en', 'Late'))).to.equal('not-current');
    const edited = r.store.view.proposals[0]!;
    expect(edited.current.lang).to.equal('es');
    expect(edited.translations[0]).to.include({ lang: 'en', outdated: true });
  });
});

describe('WorkshopWriter facilitation (R10)', () => {
  /** A facilitator's tab that created the session, and a group's tab synced with it. */
  async function session() {
    const facilitator = await createReplica(1);
    const group = await createReplica(2);
    const fac = facilitator.group;
    expect(problem(await facilitator.writer.createSession(fac, 'Forum'))).to.equal('ok');
    await group.writer.join(group.group, 'Table 1');
    await group.writer.addProposal(group.group, 'Water');
    await syncInto(group, facilitator);
    await syncInto(facilitator, group);
    return { facilitator, group, fac };
  }

  it('refuses facilitator actions from anyone but the session’s facilitator, and without its key', async () => {
    const { facilitator, group, fac } = await session();
    expect(group.store.view.facilitator).to.equal(fac);
    const before = recordsOf(group.doc).length;
    expect(problem(await group.writer.lock(group.group))).to.equal('not-facilitator');
    // Speaking as the facilitator needs the facilitator's key, which only the facilitator's links carry.
    expect(problem(await group.writer.lock(fac))).to.equal('no-key');
    expect(problem(await group.writer.removeGroup(group.group, group.group))).to.equal('not-facilitator');
    expect(recordsOf(group.doc).length).to.equal(before);
    expect(problem(await facilitator.writer.hide(fac, 'unknown-rev'))).to.equal('unknown-revision');
    expect(problem(await facilitator.writer.renameGroup(fac, 'unknown-group', 'X', ''))).to.equal('unknown-group');
    expect(problem(await facilitator.writer.renameGroup(fac, group.group, '  ', ''))).to.equal('text-empty');
    expect(problem(await facilitator.writer.removeGroup(fac, 'unknown-group'))).to.equal('unknown-group');
  });

  it('locks and unlocks: a locked session refuses group writes before they are signed', async () => {
    const { facilitator, group, fac } = await session();
    expect(problem(await facilitator.writer.lock(fac))).to.equal('ok');
    expect(facilitator.store.view.locked).to.equal(true);
    await syncInto(facilitator, group);
    expect(group.store.view.locked).to.equal(true);
    const before = recordsOf(group.doc).length;
    expect(problem(await group.writer.addProposal(group.group, 'During the lock'))).to.equal('session-locked');
    expect(recordsOf(group.doc).length).to.equal(before);
    expect(problem(await facilitator.writer.unlock(fac))).to.equal('ok');
    await syncInto(facilitator, group);
    expect(problem(await group.writer.addProposal(group.group, 'After the lock'))).to.equal('ok');
    expect(group.store.view.proposals.map((p) => p.current.text)).to.have.members(['Water', 'After the lock']);
  });

  it('hides a revision, renames and removes a group; every replica agrees', async () => {
    const { facilitator, group, fac } = await session();
    const water = facilitator.store.view.proposals[0]!;
    expect(problem(await facilitator.writer.setAgenda(fac, [{ phase: 'writing', minutes: 30 }], facilitator.now))).to.equal('ok');
    expect(problem(await facilitator.writer.hide(fac, water.current.id))).to.equal('ok');
    expect(problem(await facilitator.writer.renameGroup(fac, group.group, 'Table One', 'Paris'))).to.equal('ok');
    expect(problem(await facilitator.writer.removeGroup(fac, group.group))).to.equal('ok');
    const view = facilitator.store.view;
    expect(view.proposals).to.deep.equal([]);
    expect(view.agenda).to.deep.equal({ phases: [{ phase: 'writing', minutes: 30 }], start: facilitator.now });
    expect(view.groups[0]).to.include({ name: 'Table One', venue: 'Paris', joinedAs: 'Table 1', removed: true });
    // A removed group's writer refuses locally; were it to write anyway, the derivation refuses it too.
    await syncInto(facilitator, group);
    expect(problem(await group.writer.addProposal(group.group, 'Still here'))).to.equal('not-joined');
    expect(group.store.view).to.deep.equal(view);
    expect(deriveView(recordsOf(group.doc).toArray(), group.store.trust)).to.deep.equal(view);
  });
});

describe('WorkshopWriter while records from elsewhere are being verified', () => {
  it('each action sees the view its own predecessors left, even mid-sync', async () => {
    const a = await createReplica(1);
    const b = await createReplica(2);
    await a.writer.join(a.group, 'A');
    for (let i = 0; i < 5; i++) await a.writer.addProposal(a.group, `Idea ${i}`);
    Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc));
    // b's store is verifying a's records right now; b acts at once.
    expect((await b.writer.join(b.group, 'B')).ok).to.equal(true);
    expect(b.store.view.groups).to.have.length(2);
    expect((await b.writer.addProposal(b.group, 'Mine')).ok).to.equal(true);
    expect((await b.writer.join(b.group, 'B again')).ok, 'no second join').to.equal(false);
  });
});

