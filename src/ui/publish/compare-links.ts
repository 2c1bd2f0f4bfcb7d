import { ROOM_ID_PATTERN } from '../../doc/capabilities.ts';
import type { RoomLink } from '../shell/route.ts';

/** `#/v/<roomId>` or `#/v/<roomId>.<anchor>`: the room, and the facilitator the link names. */
const VIEW_LINK = /#\/v\/([A-Za-z0-9_-]{22})(?:\.([A-Za-z0-9_-]{22}))?(?![A-Za-z0-9_.-])/;

/**
 * The rooms in pasted text: view links (`…#/v/<roomId>[.<anchor>]`, whatever follows) or bare room ids,
 * separated by spaces, commas or lines; each room once, with the first anchor given for it. Anything else
 * is handed back to be named.
 */
export function roomsFromText(text: string): { rooms: RoomLink[]; unreadable: string[] } {
  const rooms: RoomLink[] = [];
  const unreadable: string[] = [];
  for (const piece of text.split(/[\s,]+/).filter(Boolean)) {
    const link = piece.match(VIEW_LINK);
    const room: RoomLink | null = link
      ? { roomId: link[1]!, anchor: link[2] ?? null }
      : ROOM_ID_PATTERN.test(piece)
        ? { roomId: piece, anchor: null }
        : null;
    if (room === null) unreadable.push(piece);
    else {
      const seen = rooms.find((r) => r.roomId === room.roomId);
      if (!seen) rooms.push(room);
      else seen.anchor ??= room.anchor;
    }
  }
  return { rooms, unreadable };
}

/** The room ids alone, for callers that do not need the anchors. */
export function roomIdsFromText(text: string): { roomIds: string[]; unreadable: string[] } {
  const { rooms, unreadable } = roomsFromText(text);
  return { roomIds: rooms.map((room) => room.roomId), unreadable };
}
