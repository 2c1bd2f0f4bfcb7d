/** A Yjs state vector decoded: client id → number of items (the next clock) held from that client. */
export type StateVector = Map<number, number>;

/** Clock ticks `local` holds that `known` does not: for this app, one tick per workshop record. */
export function missingFrom(local: StateVector, known: StateVector): number {
  let missing = 0;
  for (const [client, clock] of local) missing += Math.max(0, clock - (known.get(client) ?? 0));
  return missing;
}

/** Raises `into` to at least `from` for every client. */
export function raiseTo(into: StateVector, from: StateVector): void {
  for (const [client, clock] of from) if (clock > (into.get(client) ?? 0)) into.set(client, clock);
}
