import { expect } from 'chai';
import * as Y from 'yjs';
import { deriveView } from '../../src/domain/derive.ts';
import { recordsOf } from '../../src/doc/schema.ts';
import { WorkshopStore } from '../../src/doc/store.ts';
import { createReplica, syncInto } from '../support/replica.ts';

const fromScratch = (doc: Y.Doc) => deriveView(recordsOf(doc).toArray());

describe('WorkshopStore', () => {
  it('keeps the view equal to a derivation from scratch while records are appended live', () => {
    const r = createReplica(1);
    r.writer.createSession(r.group, 'Forum');
    r.writer.join(r.group, 'Table 1', 'Paris');
    for (let i = 0; i < 12; i++) {
      r.now += 1;
      r.writer.addProposal(r.group, `Idea ${i}`);
      expect(r.store.view).to.deep.equal(fromScratch(r.doc));
    }
    expect(r.store.view.proposals).to.have.length(10);
    expect(r.store.replays).to.equal(0);
  });

  it('replays when a venue comes back with records that sort earlier, and still matches', () => {
    const early = createReplica(1, 1000);
    const late = createReplica(2, 5000);
    early.writer.join(early.group, 'Offline venue');
    late.writer.join(late.group, 'Online venue');
    early.writer.addProposal(early.group, 'Written offline, earlier');
    late.writer.addProposal(late.group, 'Written online, later');
    syncInto(early, late);
    expect(late.store.replays).to.equal(1);
    expect(late.store.view).to.deep.equal(fromScratch(late.doc));
    expect(late.store.view.proposals.map((p) => p.current.text)).to.deep.equal([
      'Written offline, earlier',
      'Written online, later',
    ]);
  });

  it('notifies subscribers on every change and stops after unsubscribe', () => {
    const r = createReplica(1);
    const seen: number[] = [];
    const unsubscribe = r.store.subscribe((view) => seen.push(view.appliedRecords));
    r.writer.join(r.group, 'Table 1');
    r.writer.addProposal(r.group, 'One');
    unsubscribe();
    r.writer.addProposal(r.group, 'Two');
    expect(seen).to.deep.equal([1, 2]);
  });

  it('counts invalid records written by a hostile client, and the view still matches', () => {
    const r = createReplica(1);
    r.writer.join(r.group, 'Table 1');
    recordsOf(r.doc).push([{ v: 1, kind: 'add', text: 'no id' }, 'garbage', { v: 9 }]);
    expect(r.store.view.diagnostics.map((d) => d.reason)).to.have.members(['bad-field', 'not-an-object', 'unknown-version']);
    expect(r.store.view).to.deep.equal(fromScratch(r.doc));
  });

  it('rebuilds from the array when a hostile client deletes records', () => {
    const r = createReplica(1);
    r.writer.join(r.group, 'Table 1');
    r.writer.addProposal(r.group, 'One');
    r.writer.addProposal(r.group, 'Two');
    recordsOf(r.doc).delete(1, 1);
    expect(r.store.view.proposals.map((p) => p.current.text)).to.deep.equal(['Two']);
    expect(r.store.view).to.deep.equal(fromScratch(r.doc));
  });

  it('loads a document that already holds records', () => {
    const r = createReplica(1);
    r.writer.join(r.group, 'Table 1');
    r.writer.addProposal(r.group, 'One');
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(r.doc));
    expect(new WorkshopStore(copy).view).to.deep.equal(r.store.view);
  });

  it('gives unchanged parts of the view the same identity, so the UI can skip them', () => {
    const r = createReplica(1);
    r.writer.join(r.group, 'Table 1');
    r.writer.join('second-group', 'Table 2');
    r.writer.addProposal(r.group, 'One');
    r.writer.addProposal(r.group, 'Two');
    const before = r.store.view;
    expect(r.writer.endorse('second-group', before.proposals[1]!.current.id).ok).to.equal(true);
    const after = r.store.view;
    expect(after.proposals.map((p) => p.current.text)).to.deep.equal(['Two', 'One']);
    expect(after.groups).to.equal(before.groups);
    expect(after.diagnostics).to.equal(before.diagnostics);
    expect(after.proposals[1]!.revisions).to.equal(before.proposals[0]!.revisions);
  });
});
