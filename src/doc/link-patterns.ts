// What a link's parts look like, apart from the code that makes them: the shell checks links before any room code loads.

/** A write key or a room id: 22 base64url characters (128 bits). */
export const ROOM_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

const PART = '[A-Za-z0-9_-]{43}';
/** A facilitator's key pair in a link: `e.<d>.<x>` (Ed25519) or `p.<d>.<x>.<y>` (P-256), 32-byte JWK fields. */
export const SECRET_PATTERN = new RegExp(`^(?:e\\.${PART}\\.${PART}|p\\.${PART}\\.${PART}\\.${PART})$`);
