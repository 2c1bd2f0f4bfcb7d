import { deriveView } from '../../src/domain/derive.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import type { WorkshopView } from '../../src/domain/view.ts';
import { add, at, endorse, group, id, join, revise, session } from '../support/records.ts';
import { TRUST_ALL } from '../support/trust.ts';

export const A = group('a');
export const B = group('b');
export const C = group('c');

/**
 * A small workshop: three groups, three proposals. "Library" was edited by B, then A and C edited it
 * concurrently (C's edit is later, so A's is superseded); B endorses "Trees".
 */
export function sampleRecords(): WorkshopRecord[] {
  return [
    session(A, at(1), 'Our city'),
    join(A, at(2), 'Riverside', 'Paris'),
    join(B, at(3), 'Lighthouse', 'Dakar'),
    join(C, at(4), 'Orchard', 'Detroit'),
    add(A, at(5), 'Open the library on Sundays', id('library')),
    add(B, at(6), 'Plant shade trees', id('trees')),
    add(C, at(7), 'Publish the budget', id('budget')),
    revise(B, at(8), id('library'), id('library'), 'Open the public library on Sundays', id('libraryB')),
    revise(A, at(9), id('library'), id('libraryB'), 'Open the public library every day', id('libraryA')),
    revise(C, at(10), id('library'), id('libraryB'), 'Open the public library on Sundays and holidays', id('libraryC')),
    endorse(A, at(11), id('trees')),
  ];
}

export const sampleView = (): WorkshopView => deriveView(sampleRecords(), TRUST_ALL);

/** Ten proposals, then an add by B that finds the document full (R8), and an endorsement by C of a replaced version. */
export function fullView(textOf: (n: number) => string = (n) => `Proposal number ${n}`): WorkshopView {
  const records = [join(A, at(1), 'Riverside', 'Paris'), join(B, at(2), 'Lighthouse'), join(C, at(3), 'Orchard')];
  for (let n = 1; n <= 10; n++) records.push(add(n % 2 ? A : B, at(10 + n), textOf(n), id(`p${n}`)));
  records.push(add(B, at(30), 'One idea too many', id('late')));
  records.push(revise(A, at(31), id('p1'), id('p1'), `${textOf(1)}, revised`, id('p1r')));
  records.push(endorse(C, at(32), id('p1')));
  return deriveView(records, TRUST_ALL);
}
