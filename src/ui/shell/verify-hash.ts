import { viewHash, type Anchor } from './route.ts';

/** `#/verify`, or `#/v/<roomId>.<anchor>/verify` to fill in that session's view link; kept apart so only its users carry it. */
export const verifyHash = (roomId: string | null = null, anchor: Anchor = null): string =>
  roomId ? `${viewHash(roomId, anchor)}/verify` : '#/verify';
