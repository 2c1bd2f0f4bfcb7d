import { expect } from 'chai';
import { noticesFor } from '../../src/domain/notices.ts';
import { A, B, C, fullView, sampleView } from '../ui/fixtures.ts';

describe('noticesFor (rule outcomes for one group)', () => {
  it('tells the author of a superseded concurrent edit, and no one else', () => {
    const view = sampleView();
    const notices = noticesFor(view, A);
    expect(notices.map((n) => n.kind)).to.deep.equal(['superseded']);
    const [superseded] = notices;
    if (superseded?.kind !== 'superseded') throw new Error('expected a superseded notice');
    expect(superseded.revision.text).to.equal('Open the public library every day');
    expect(superseded.byAuthor).to.equal(C);
    expect(noticesFor(view, B)).to.deep.equal([]);
    expect(noticesFor(view, C)).to.deep.equal([]);
  });

  it('tells the author of an add that was not admitted, with its text', () => {
    const notices = noticesFor(fullView(), B);
    expect(notices).to.deep.include({ kind: 'not-admitted', id: 'late____', text: 'One idea too many' });
  });

  it('tells an endorser whose endorsement was for a replaced version', () => {
    const notices = noticesFor(fullView(), C);
    expect(notices.map((n) => n.kind)).to.deep.equal(['discounted']);
  });

  it('leaves out dismissed notices', () => {
    const view = sampleView();
    const [notice] = noticesFor(view, A);
    expect(noticesFor(view, A, new Set([notice!.id]))).to.deep.equal([]);
  });
});
