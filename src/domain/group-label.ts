import type { ActorId } from './records.ts';
import type { GroupView } from './view.ts';

/** "● 1 Table 3 · Paris": symbol and number first, so a group is known without colour (R2). */
export function groupLabel(group: GroupView): string {
  return `${group.symbol} ${group.number} ${group.name}${group.venue ? ` · ${group.venue}` : ''}`;
}

export function findGroup(groups: readonly GroupView[], id: ActorId): GroupView | undefined {
  return groups.find((group) => group.id === id);
}

/**
 * "● 1 Table 3", or `fallback` while its join record has not arrived: for sentences ("… by ● 1 Table 3’s
 * concurrent edit"), where the venue would read oddly.
 */
export function shortLabelOf(groups: readonly GroupView[], id: ActorId, fallback: string): string {
  const group = findGroup(groups, id);
  return group ? `${group.symbol} ${group.number} ${group.name}` : fallback;
}

/** Short form for button names: proposal texts can be 1,000 characters long. */
export function excerpt(text: string, max = 80): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
