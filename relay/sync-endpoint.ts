import { grantsWrite, isRoomId } from './capability.ts';

export type SyncRequest =
  | { ok: true; roomId: string; writable: boolean; /** Only when it grants writing; a secret, never logged. */ writeKey: string | null }
  | { ok: false; status: 400 | 404; reason: string };

/** `/sync/<roomId>[?key=<writeKey>]` → the room and whether the connection may write. */
export function parseSyncRequest(requestUrl: string | undefined): SyncRequest {
  let url: URL;
  try {
    url = new URL(requestUrl ?? '/', 'http://relay.invalid');
  } catch {
    return { ok: false, status: 400, reason: 'bad_url' };
  }
  if (!url.pathname.startsWith('/sync/')) return { ok: false, status: 404, reason: 'not_sync_path' };
  const roomId = url.pathname.slice('/sync/'.length);
  if (!isRoomId(roomId)) return { ok: false, status: 400, reason: 'bad_room_id' };
  const key = url.searchParams.get('key');
  const writable = grantsWrite(roomId, key);
  return { ok: true, roomId, writable, writeKey: writable ? key : null };
}

const statusText = { 400: 'Bad Request', 404: 'Not Found', 503: 'Service Unavailable' } as const;

/** The raw HTTP answer to an upgrade the relay refuses (there is no ServerResponse for upgrades). */
export function refusal(status: keyof typeof statusText, body: string): string {
  return (
    `HTTP/1.1 ${status} ${statusText[status]}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
  );
}
