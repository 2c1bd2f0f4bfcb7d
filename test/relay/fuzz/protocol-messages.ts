// The y-websocket frames around updates, and the messages that are not updates: awareness, sync step 1
// with odd state vectors, types nobody defined, raw garbage.
import * as encoding from 'lib0/encoding';
import type { Random } from '../../integration/seeded-random.ts';
import { someBytes, someHugeNumber, someJson, someString } from './random-values.ts';

export function frameSync(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function frameAwareness(payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** An update as a client sends it: mostly a sync update, sometimes a sync step 2. */
export const frameUpdate = (random: Random, update: Uint8Array): Uint8Array => frameSync(random.chance(0.8) ? 2 : 1, update);

/** y-protocols awareness: count, then client id, clock and a JSON state per entry; here often not quite. */
export function someAwareness(random: Random, knownClients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  const variant = random.below(6);
  const entries = variant === 1 ? 200 + random.below(800) : 1 + random.below(3);
  encoding.writeVarUint(encoder, variant === 5 ? entries + 10 : entries);
  for (let i = 0; i < entries; i++) {
    // Sometimes another connection's client id, to take over its presence.
    const client = random.chance(0.2) && knownClients.length ? random.pick(knownClients)! : random.below(2 ** 32);
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, variant === 4 ? someHugeNumber(random) : 1 + random.below(10));
    encoding.writeVarString(encoder, someAwarenessState(random, variant));
  }
  if (variant === 5 && random.chance(0.5)) encoding.writeUint8Array(encoder, someBytes(random, 20));
  return frameAwareness(encoding.toUint8Array(encoder));
}

function someAwarenessState(random: Random, variant: number): string {
  if (variant === 2) return random.pick(['{', '{"user":', 'undefined', '\ud800', ''])!;
  if (variant === 3) return JSON.stringify({ user: { name: 'x'.repeat(200_000 + random.below(700_000)) } });
  if (random.chance(0.15)) return 'null';
  return JSON.stringify({ user: { name: someString(random, 60), color: '#ff0000' }, cursor: someJson(random, 2) });
}

/** Sync step 1 with a state vector that is empty, huge, long, or not a state vector at all. */
export function someStepOne(random: Random, knownClients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  const variant = random.below(5);
  if (variant === 0) {
    encoding.writeVarUint(encoder, 0);
  } else if (variant === 1) {
    // Everything the room holds, once from each client it knows and once from nobody.
    encoding.writeVarUint(encoder, knownClients.length);
    for (const client of knownClients) {
      encoding.writeVarUint(encoder, client);
      encoding.writeVarUint(encoder, random.chance(0.5) ? 0 : someHugeNumber(random));
    }
  } else if (variant === 2) {
    const count = 1000 + random.below(20_000);
    encoding.writeVarUint(encoder, count);
    for (let i = 0; i < count; i++) {
      encoding.writeVarUint(encoder, random.below(2 ** 32));
      encoding.writeVarUint(encoder, random.below(2 ** 20));
    }
  } else if (variant === 3) {
    encoding.writeVarUint(encoder, 1_000_000 + random.below(2 ** 30));
    encoding.writeVarUint(encoder, 1);
  } else {
    encoding.writeUint8Array(encoder, someBytes(random, 64));
  }
  return frameSync(0, encoding.toUint8Array(encoder));
}

/** Message types and sync sub-types outside y-websocket's; an empty frame; a text frame. */
export function someUnknownMessage(random: Random): Uint8Array | string {
  const variant = random.below(5);
  if (variant === 0) return new Uint8Array(0);
  if (variant === 1) return random.chance(0.5) ? someString(random, 100) : '\u0000\u0002';
  const encoder = encoding.createEncoder();
  if (variant === 2) {
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 3 + random.below(100));
  } else {
    encoding.writeVarUint(encoder, random.pick([2, 4, 5, 7, 127, 128, 2 ** 31, someHugeNumber(random)])!);
  }
  encoding.writeUint8Array(encoder, someBytes(random, 32));
  return encoding.toUint8Array(encoder);
}
