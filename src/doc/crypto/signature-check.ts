import { signingPayloadOf } from '../../domain/signing.ts';
import { verifySignature, type VerifyingKey } from './keys.ts';

/**
 * The index of the first room whose signed bytes `sig` holds over, or -1: the one check every replica
 * makes, whether in the page or in a worker. `unsigned` is the record's canonical text without `sig`.
 */
export async function matchingRoom(key: VerifyingKey, sig: string, unsigned: string, rooms: readonly string[]): Promise<number> {
  for (let i = 0; i < rooms.length; i++) {
    if (await verifySignature(key, sig, signingPayloadOf(unsigned, rooms[i]!))) return i;
  }
  return -1;
}
