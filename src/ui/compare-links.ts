import { ROOM_ID_PATTERN } from '../doc/capabilities.ts';

const VIEW_LINK = /#\/v\/([A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/;

/**
 * The room ids in pasted text: view links (`…#/v/<roomId>`, whatever follows) or bare room ids,
 * separated by spaces, commas or lines; each room once. Anything else is handed back to be named.
 */
export function roomIdsFromText(text: string): { roomIds: string[]; unreadable: string[] } {
  const roomIds: string[] = [];
  const unreadable: string[] = [];
  for (const piece of text.split(/[\s,]+/).filter(Boolean)) {
    const roomId = piece.match(VIEW_LINK)?.[1] ?? (ROOM_ID_PATTERN.test(piece) ? piece : null);
    if (roomId === null) unreadable.push(piece);
    else if (!roomIds.includes(roomId)) roomIds.push(roomId);
  }
  return { roomIds, unreadable };
}
