import { expect } from 'chai';
import * as Y from 'yjs';
import { changesMissingFrom } from '../../src/doc/relay-state.ts';
import { createReplica } from '../support/replica.ts';

describe('changes not yet on the relay', () => {
  it('counts every local record when the relay state is unknown, none once the relay holds them', async () => {
    const r = await createReplica(7);
    await r.writer.join(r.group, 'Table 1');
    await r.writer.addProposal(r.group, 'One');
    expect(changesMissingFrom(r.doc, null)).to.equal(2);
    const relay = Y.decodeStateVector(Y.encodeStateVector(r.doc));
    expect(changesMissingFrom(r.doc, relay)).to.equal(0);
    await r.writer.addProposal(r.group, 'Two');
    await r.writer.addProposal(r.group, 'Three');
    expect(changesMissingFrom(r.doc, relay)).to.equal(2);
  });
});
