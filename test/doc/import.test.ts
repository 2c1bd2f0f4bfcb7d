import { expect } from 'chai';
import * as Y from 'yjs';
import { parseJsonExport, toJsonExport } from '../../src/domain/export/json.ts';
import { importRecords } from '../../src/doc/import.ts';
import { WorkshopStore } from '../../src/doc/store.ts';
import { createReplica, syncAll } from '../support/replica.ts';

describe('importing an export into a new session', () => {
  it('continues with the same history and the same derived view', () => {
    const [a, b] = [createReplica(1), createReplica(2, 1_700_000_000_500)];
    a.writer.createSession(a.group, 'Paris 2026');
    a.writer.join(a.group, 'Table 1', 'Paris');
    b.writer.join(b.group, 'Table 2', 'Paris');
    a.writer.addProposal(a.group, 'Free transit');
    syncAll([a, b]);
    const transit = b.store.view.proposals[0]!;
    b.writer.editProposal(b.group, transit.id, transit.current.id, 'Free public transit');
    b.writer.addProposal(b.group, 'Open assemblies');
    syncAll([a, b]);

    const exported = toJsonExport(a.store.records, a.store.view, a.now);
    const parsed = parseJsonExport(exported);
    expect(parsed.ok).to.equal(true);
    const next = new Y.Doc();
    const store = new WorkshopStore(next);
    if (parsed.ok) importRecords(next, parsed.records);
    expect(store.view).to.deep.equal(a.store.view);
    expect(store.view.proposals.find((p) => p.id === transit.id)!.revisions).to.have.length(2);
  });
});
