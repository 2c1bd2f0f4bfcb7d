/**
 * The scribe's list holds still while it is being used: proposals stay where the scribe saw them (with
 * their current text and count), and proposals that arrived meanwhile come after them, so nothing shifts.
 */
export function inHeldOrder<P extends { id: string }>(proposals: readonly P[], held: readonly string[]): P[] {
  const byId = new Map(proposals.map((proposal) => [proposal.id, proposal]));
  const kept = held.flatMap((id) => byId.get(id) ?? []);
  const heldIds = new Set(held);
  return [...kept, ...proposals.filter((proposal) => !heldIds.has(proposal.id))];
}

export const sameOrder = (a: readonly { id: string }[], b: readonly { id: string }[]): boolean =>
  a.length === b.length && a.every((proposal, index) => proposal.id === b[index]!.id);
