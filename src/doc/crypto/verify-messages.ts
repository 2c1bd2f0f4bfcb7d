import type { WorkshopRecord } from '../../domain/records.ts';

/** What the page sends a verifying worker: records' signatures to check under the same rooms, keys given as text. */
export interface VerifyRequest {
  id: number;
  rooms: readonly string[];
  keys: readonly string[];
  /** Per record (its signature already found well-formed): the index of its author's key in `keys`, the record. */
  jobs: ReadonlyArray<readonly [number, WorkshopRecord]>;
}

/** Per job, as `matchingRoom` answers, or COULD_NOT_CHECK when the worker could not import the key. */
export interface VerifyResponse {
  id: number;
  results: Int8Array;
}

export const COULD_NOT_CHECK = -2;
