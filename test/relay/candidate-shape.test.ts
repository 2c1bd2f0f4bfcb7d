// The relay imports nothing from src: the worst candidate record the app writes is built here by hand, to its caps.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as Y from 'yjs';
import { checkUpdateShape, UpdateShapeError } from '../../relay/update-shape.ts';

/** The app's cap on a candidate record, as JSON in UTF-8 (src/domain/proof-selection.ts). */
const CAP = 96 * 1024;
const emoji = '😀';
/** A text at the longest a record takes: 1,000 code points of four UTF-8 bytes each. */
const longest = emoji.repeat(1000);
const bytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).length;

/** A continued session's record with a long title: the deepest and a large kind of proof record. */
const proofRecord = (i: number) => ({
  v: 1, id: `proof-${i}`.padEnd(16, '_'), author: 'a'.repeat(43), hlc: [1_800_000_000_000 + i, 4_294_967_295], kind: 'revise',
  proposal: 'p'.repeat(16), parent: 'q'.repeat(16), text: longest, sig: 's'.repeat(86),
  continues: [{ room: 'r'.repeat(22), facilitator: 'f'.repeat(43) }],
});

/** The worst candidate: longest text, eight translations at the longest, proof records until the record is `size` bytes of JSON. */
function candidate(size: number): Record<string, unknown> {
  const record = {
    v: 1, id: 'c'.repeat(16), author: 'f'.repeat(43), hlc: [1_800_000_000_000, 4_294_967_295], kind: 'candidate', sig: 's'.repeat(86),
    text: longest, lang: 'pt-BR',
    translations: ['ar', 'en', 'es', 'fr', 'pt', 'de', 'it', 'wo'].map((lang) => ({ lang, text: longest })),
    source: { room: 'r'.repeat(22), facilitator: 'f'.repeat(43), title: emoji.repeat(200), digest: 'd'.repeat(43), proposal: 'p'.repeat(16) },
    places: Array.from({ length: 8 }, (_, i) => `${emoji.repeat(59)}${i}`),
    rank: 10, count: 10_000,
    proof: [] as unknown[],
  };
  for (let i = 0; bytes(record) < size; i++) record.proof.push(proofRecord(i));
  // The last proof record's text, made of ASCII, brings the whole record to exactly `size` bytes of JSON.
  const last = record.proof.at(-1) as { text: string };
  last.text = '';
  last.text = 'x'.repeat(size - bytes(record));
  return record;
}

const update = (value: unknown): Uint8Array => {
  const doc = new Y.Doc();
  doc.getArray('records').push([value]);
  return Y.encodeStateAsUpdate(doc);
};

describe('the relay takes the largest candidate record the app writes', () => {
  it('a candidate at the cap (longest text, eight longest translations, proof up to 96 KiB as JSON) passes the shape check', () => {
    const worst = candidate(CAP);
    assert.equal(bytes(worst), CAP);
    assert.equal(checkUpdateShape(update(worst)).structs, 1);
  });

  it('one 20% over the cap is refused as too large', () => {
    assert.throws(() => checkUpdateShape(update(candidate(Math.round(CAP * 1.2)))), (error) => error instanceof UpdateShapeError && /too large/.test(error.message));
  });
});
