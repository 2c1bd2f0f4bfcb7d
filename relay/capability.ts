import { createHash } from 'node:crypto';

// DESIGN.md §3: a room id is exactly 22 base64url characters, derived from the write key.
const ROOM_ID = /^[A-Za-z0-9_-]{22}$/;

export const isRoomId = (value: string): boolean => ROOM_ID.test(value);

/** The first 22 characters of the unpadded base64url SHA-256 of the write key's UTF-8 bytes. */
export const roomIdForWriteKey = (writeKey: string): string =>
  createHash('sha256').update(writeKey, 'utf8').digest('base64url').slice(0, 22);

/** Only a key that hashes to the room id grants writing; no key, or any other key, means read-only. */
export const grantsWrite = (roomId: string, writeKey: string | null): boolean =>
  writeKey !== null && roomIdForWriteKey(writeKey) === roomId;
