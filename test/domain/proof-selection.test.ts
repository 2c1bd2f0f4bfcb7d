import { expect } from 'chai';
import { replay } from '../../src/domain/derive.ts';
import { PROOF_CAP_BYTES, candidateBodies, jsonBytes } from '../../src/domain/proof-selection.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import { authorityOf } from '../../src/domain/trust.ts';
import { add, agenda, at, endorse, group, hide, id, join, revise, session } from '../support/records.ts';
import { TRUST_ALL } from '../support/trust.ts';

const F = group('facil');
const A = group('a');
const facts = { room: 'r'.repeat(22), facilitator: F, title: 'Porto 2026', digest: 'd'.repeat(43) };
const bodiesOf = (records: WorkshopRecord[]) => {
  const view = replay(records, TRUST_ALL).view();
  return candidateBodies(records, view, authorityOf(records, TRUST_ALL), facts);
};
const kinds = (proof: unknown[]) => proof.map((r) => (r as WorkshopRecord).kind);

describe('selecting a candidate’s proof', () => {
  it('leaves out agendas, other proposals, hidden branches and endorsements of replaced revisions', () => {
    const records = [
      session(F, at(1), 'Porto 2026'), join(A, at(2), 'Table 1', 'Porto'),
      agenda(F, at(3), [10, 20], 0),
      add(A, at(4), 'First', id('p1')), add(A, at(5), 'Other', id('p2')),
      endorse(A, at(6), id('p2')),
      revise(A, at(7), id('p1'), id('p1'), 'Abuse', id('r2')),
      hide(F, at(8), id('r2')),
      revise(A, at(9), id('p1'), id('r2'), 'Better', id('r3')),
    ];
    const [first] = bodiesOf(records);
    expect(first!.text).to.equal('Better');
    expect(kinds(first!.proof)).to.deep.equal(['session', 'join', 'add', 'revise', 'hide', 'revise']);
  });

  it('a candidate over the cap leaves its endorsements (and the joins only they need) out', () => {
    const long = (n: number) => `${n} ${'😀'.repeat(990)}`;
    const records: WorkshopRecord[] = [session(F, at(1), 'Porto 2026'), join(A, at(2), 'Table 1', 'Porto'), add(A, at(3), long(0), id('p1'))];
    let parent = id('p1');
    for (let i = 1; i <= 20; i++) records.push(revise(A, at(3 + i), id('p1'), parent, long(i), (parent = id(`r${i}`))));
    for (let g = 0; g < 100; g++) records.push(join(group(`e${g}`), at(100 + g), `Table ${g + 2}`, `City ${g}`), endorse(group(`e${g}`), at(300 + g), parent));
    const [body] = bodiesOf(records);
    expect(body!.count).to.equal(101);
    expect(kinds(body!.proof)).to.not.include('endorse');
    expect(kinds(body!.proof).filter((k) => k === 'join')).to.have.length(1);
    expect(jsonBytes(body)).to.be.at.most(PROOF_CAP_BYTES);
  });
});

describe('a history too long for any proof', () => {
  it('gives the candidate no proof rather than a record past the relay’s bound', () => {
    const long = (n: number) => `${n} ${'😀'.repeat(990)}`;
    const records: WorkshopRecord[] = [session(F, at(1), 'Porto 2026'), join(A, at(2), 'Table 1', 'Porto'), add(A, at(3), long(0), id('p1'))];
    let parent = id('p1');
    for (let i = 1; i <= 30; i++) records.push(revise(A, at(3 + i), id('p1'), parent, long(i), (parent = id(`r${i}`))));
    const [body] = bodiesOf(records);
    expect(body!.text).to.equal(long(30));
    expect(body!.proof).to.deep.equal([]);
    expect(jsonBytes(body)).to.be.at.most(PROOF_CAP_BYTES);
  });
});
