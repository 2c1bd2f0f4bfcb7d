import { expect } from 'chai';
import { compareHlc } from '../../src/domain/hlc.ts';
import { recordsOf } from '../../src/doc/schema.ts';
import type { ActionResult } from '../../src/doc/writer.ts';
import { createReplica, syncInto } from '../support/replica.ts';

const problem = (result: ActionResult) => (result.ok ? 'ok' : result.problem);

describe('WorkshopWriter', () => {
  it('refuses bad input with a reason and writes nothing', () => {
    const r = createReplica(1);
    const length = () => recordsOf(r.doc).length;
    expect(problem(r.writer.addProposal(r.group, 'Before joining'))).to.equal('not-joined');
    expect(problem(r.writer.join(r.group, '   '))).to.equal('text-empty');
    expect(problem(r.writer.join(r.group, 'Table 1', 'v'.repeat(61)))).to.equal('text-too-long');
    expect(length()).to.equal(0);
    r.writer.join(r.group, 'Table 1');
    expect(problem(r.writer.join(r.group, 'Again'))).to.equal('already-joined');
    expect(problem(r.writer.addProposal(r.group, ''))).to.equal('text-empty');
    expect(problem(r.writer.addProposal(r.group, 'x'.repeat(1001)))).to.equal('text-too-long');
    expect(problem(r.writer.endorse(r.group, 'unknown-rev'))).to.equal('unknown-revision');
    expect(problem(r.writer.editProposal(r.group, 'unknown-prop', 'unknown-rev', 'x'))).to.equal('unknown-proposal');
    expect(length()).to.equal(1);
  });

  it('R7: refuses an 11th add locally, before anything is written', () => {
    const r = createReplica(1);
    r.writer.join(r.group, 'Table 1');
    for (let i = 0; i < 10; i++) expect(problem(r.writer.addProposal(r.group, `Idea ${i}`))).to.equal('ok');
    expect(problem(r.writer.addProposal(r.group, 'Eleventh'))).to.equal('document-full');
    expect(r.store.view.notAdmitted).to.have.length(0);
  });

  it('edits, endorses and withdraws', () => {
    const r = createReplica(1);
    r.writer.join(r.group, 'Table 1');
    r.writer.join('other-group', 'Table 2');
    r.writer.addProposal(r.group, 'Water');
    const proposal = r.store.view.proposals[0]!;
    expect(problem(r.writer.endorse(r.group, proposal.current.id))).to.equal('already-endorsed');
    expect(problem(r.writer.editProposal('other-group', proposal.id, proposal.current.id, 'Clean water'))).to.equal('ok');
    expect(problem(r.writer.endorse(r.group, proposal.current.id))).to.equal('not-current');
    const current = r.store.view.proposals[0]!.current;
    expect(problem(r.writer.endorse(r.group, current.id))).to.equal('ok');
    expect(r.store.view.proposals[0]!.endorsements).to.equal(2);
    expect(problem(r.writer.withdrawEndorsement(r.group, current.id))).to.equal('ok');
    expect(problem(r.writer.withdrawEndorsement(r.group, current.id))).to.equal('not-endorsed');
    expect(r.store.view.proposals[0]!.endorsements).to.equal(1);
  });

  it('restores an old version as a new revision; history keeps everything', () => {
    const r = createReplica(1);
    r.writer.join(r.group, 'Table 1');
    r.writer.addProposal(r.group, 'Version one');
    const first = r.store.view.proposals[0]!;
    r.writer.editProposal(r.group, first.id, first.current.id, 'Version two');
    expect(problem(r.writer.restore(r.group, first.current.id))).to.equal('ok');
    const restored = r.store.view.proposals[0]!;
    expect(restored.revisions.map((v) => v.text)).to.deep.equal(['Version one', 'Version two', 'Version one']);
    expect(restored.current.number).to.equal(3);
  });

  it('R8: turns a not-admitted add into an edit in one action', () => {
    const a = createReplica(1);
    const b = createReplica(2);
    a.writer.join(a.group, 'A');
    b.writer.join(b.group, 'B');
    syncInto(a, b);
    syncInto(b, a);
    for (let i = 0; i < 9; i++) a.writer.addProposal(a.group, `Idea ${i}`);
    syncInto(a, b);
    a.now += 10;
    b.now += 20;
    a.writer.addProposal(a.group, 'Tenth from A');
    b.writer.addProposal(b.group, 'Tenth from B');
    syncInto(a, b);
    const [late] = b.store.view.notAdmitted;
    expect(late?.text).to.equal('Tenth from B');
    const target = b.store.view.proposals[3]!;
    expect(problem(b.writer.useAsEdit(b.group, late!.id, target.id))).to.equal('ok');
    const view = b.store.view;
    expect(view.notAdmitted[0]!.convertedTo).to.equal(view.proposals.find((p) => p.id === target.id)!.current.id);
    expect(view.proposals.find((p) => p.id === target.id)!.current.text).to.equal('Tenth from B');
  });

  it('ticks its clock past records from a venue whose clock runs ahead', () => {
    const behind = createReplica(1, 1_000);
    const ahead = createReplica(2, 9_000_000);
    ahead.writer.join(ahead.group, 'Fast clock');
    ahead.writer.addProposal(ahead.group, 'From the future');
    syncInto(ahead, behind);
    behind.writer.join(behind.group, 'Slow clock');
    const result = behind.writer.addProposal(behind.group, 'Seen after');
    expect(result.ok && compareHlc(result.record.hlc, behind.store.view.proposals[0]!.current.hlc)).to.be.greaterThan(0);
    expect(behind.store.view.proposals.map((p) => p.current.text)).to.deep.equal(['From the future', 'Seen after']);
  });
});

describe('WorkshopWriter translations', () => {
  it('translates the current revision only, and remembers the language a proposal was written in', () => {
    const r = createReplica(1);
    r.writer.join(r.group, 'Mesa 1');
    expect(problem(r.writer.addProposal(r.group, 'Agua para todos', 'es'))).to.equal('ok');
    const proposal = r.store.view.proposals[0]!;
    expect(proposal.current.lang).to.equal('es');
    expect(problem(r.writer.translate(r.group, proposal.current.id, 'en', 'Water for all'))).to.equal('ok');
    r.writer.editProposal(r.group, proposal.id, proposal.current.id, 'Agua limpia para todos');
    expect(problem(r.writer.translate(r.group, proposal.current.id, 'en', 'Late'))).to.equal('not-current');
    const edited = r.store.view.proposals[0]!;
    expect(edited.current.lang).to.equal('es');
    expect(edited.translations[0]).to.include({ lang: 'en', outdated: true });
  });
});
