/** Unpadded base64url, the alphabet of every id and key in links and records. */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function randomBase64url(byteCount: number): string {
  return base64url(crypto.getRandomValues(new Uint8Array(byteCount)));
}

/** 96 random bits: 16 characters, unique enough for every record of every session. */
export const newRecordId = (): string => randomBase64url(12);

/** 128 random bits: 22 characters, a group's stable id. */
export const newActorId = (): string => randomBase64url(16);
