import { deriveView } from '../../src/domain/derive.ts';
import type { WorkshopRecord } from '../../src/domain/records.ts';
import type { ProposalView } from '../../src/domain/view.ts';
import { add, at, group, id, join, session } from './records.ts';
import { TRUST_ALL } from './trust.ts';

/** For announcement tests: a facilitator F and four groups. */
export const [F, A, B, C, D] = ['f', 'a', 'b', 'c', 'd'].map(group) as [string, string, string, string, string];
export const proposalsOf = (records: WorkshopRecord[]): readonly ProposalView[] => deriveView(records, TRUST_ALL).proposals;

/** Three proposals with one endorsement each (their authors'), so in the order they were admitted. */
export const opening: WorkshopRecord[] = [
  session(F, at(1), 'Our city'),
  join(A, at(2), 'Table 1'),
  join(B, at(3), 'Table 2'),
  join(C, at(4), 'Table 3'),
  join(D, at(5), 'Table 4'),
  add(A, at(10), 'Free buses on Sundays', id('buses')),
  add(B, at(11), 'Plant trees', id('trees')),
  add(C, at(12), 'Open the library', id('library')),
];

