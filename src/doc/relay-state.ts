import * as Y from 'yjs';

/**
 * How many of the document's changes the relay does not hold yet, from the relay's state vector.
 * Each record is pushed alone, one Yjs clock tick per record, so the clock gap counts records.
 */
export function changesMissingFrom(doc: Y.Doc, relayStateVector: Map<number, number> | null): number {
  const local = Y.decodeStateVector(Y.encodeStateVector(doc));
  let missing = 0;
  for (const [client, clock] of local) missing += Math.max(0, clock - (relayStateVector?.get(client) ?? 0));
  return missing;
}
