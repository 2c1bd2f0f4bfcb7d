// Which action a scribe takes next: what a group does in a workshop, restricted to what its screen allows,
// so that almost every action is applied (an add while the ten places are taken would write nothing).
import type { WorkshopView } from '../src/domain/view.ts';
import { PROPOSAL_CAP } from '../src/domain/reducer.ts';
import type { ActionKind } from '../test/integration/simulated-scribe.ts';
import type { Random } from '../test/integration/seeded-random.ts';

/** Relative weights while places are free, and once the document is full (no add is possible then). */
const WHILE_OPEN: Record<ActionKind, number> = { add: 4, endorse: 4, edit: 2, withdraw: 1 };
const WHEN_FULL: Record<ActionKind, number> = { add: 0, endorse: 5, edit: 3, withdraw: 2 };

export function nextAction(view: WorkshopView, group: string, random: Random): ActionKind {
  const proposals = view.proposals;
  const endorsed = proposals.filter((p) => p.current.endorsers.includes(group)).length;
  const possible: Record<ActionKind, boolean> = {
    add: proposals.length < PROPOSAL_CAP,
    endorse: endorsed < proposals.length,
    edit: proposals.length > 0,
    withdraw: endorsed > 0,
  };
  const weights = proposals.length < PROPOSAL_CAP ? WHILE_OPEN : WHEN_FULL;
  const kinds = (Object.keys(weights) as ActionKind[]).filter((kind) => possible[kind] && weights[kind] > 0);
  if (kinds.length === 0) return 'add';
  let roll = random.next() * kinds.reduce((sum, kind) => sum + weights[kind], 0);
  for (const kind of kinds) {
    roll -= weights[kind];
    if (roll < 0) return kind;
  }
  return kinds.at(-1)!;
}
