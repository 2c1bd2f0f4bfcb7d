// The pages' build of Yjs (scripts/yjs-records-only.ts) against Yjs as published: honest rooms read the same, and
// content only a hostile writer makes is kept as deleted items of the same length, never thrown at the page.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import { recordsOnlyYjs } from '../../scripts/yjs-records-only.ts';

type Yjs = typeof Y;
let Patched: Yjs;
const yjsFile = createRequire(import.meta.url).resolve('yjs').replace(/yjs\.cjs$/, 'yjs.mjs');
// Inside node_modules, so the rewritten module's own imports (lib0) resolve as the original's do.
const patchedFile = join(dirname(yjsFile), '..', '..', '.cache', 'records-only-yjs', 'yjs.mjs');

before(async () => {
  mkdirSync(dirname(patchedFile), { recursive: true });
  writeFileSync(patchedFile, recordsOnlyYjs(readFileSync(yjsFile, 'utf8')));
  Patched = (await import(pathToFileURL(patchedFile).href)) as Yjs;
});

const honestRecord = (n: number) => ({ v: 1, id: `record-${n}`, kind: 'add', text: `Proposal ${n}` });

/** A room as published Yjs holds it after a hostile writer: every kind of content in `records`, honest records around them. */
function hostileRoom(): Y.Doc {
  const doc = new Y.Doc();
  const records = doc.getArray<unknown>('records');
  records.push([honestRecord(1)]);
  const text = new Y.Text();
  records.push([text]);
  text.insert(0, 'formatted', { bold: true });
  text.insertEmbed(3, { image: 'x' });
  const element = new Y.XmlElement('section');
  records.push([element]);
  element.insert(0, [new Y.XmlText('inner')]);
  records.push([new Y.XmlHook('hook')]);
  const map = new Y.Map<unknown>();
  records.push([map]);
  map.set('key', 'value');
  records.push([new Uint8Array([1, 2, 3])]);
  records.push([new Y.Doc({ guid: 'sub' })]);
  records.push([honestRecord(2)]);
  return doc;
}

const stateVector = (Yjs: Yjs, doc: Y.Doc) => [...Yjs.decodeStateVector(Yjs.encodeStateVector(doc))].sort();

test('an honest room reads the same, and what the page writes reads the same in published Yjs', () => {
  const original = new Y.Doc();
  original.getArray('records').push([honestRecord(1), honestRecord(2)]);
  original.getArray('records').delete(0, 1);
  const page = new Patched.Doc();
  Patched.applyUpdate(page, Y.encodeStateAsUpdate(original));
  page.getArray('records').push([honestRecord(3)]);
  const back = new Y.Doc();
  Y.applyUpdate(back, Patched.encodeStateAsUpdate(page));
  assert.deepEqual(page.getArray('records').toJSON(), [honestRecord(2), honestRecord(3)]);
  assert.deepEqual(back.getArray('records').toJSON(), [honestRecord(2), honestRecord(3)]);
});

for (const format of ['v1', 'v2'] as const) {
  test(`every other kind of content is kept as deleted items of its length (${format} updates)`, () => {
    const room = hostileRoom();
    const page = new Patched.Doc();
    if (format === 'v1') Patched.applyUpdate(page, Y.encodeStateAsUpdate(room));
    else Patched.applyUpdateV2(page, Y.encodeStateAsUpdateV2(room));
    assert.deepEqual(page.getArray('records').toJSON(), [honestRecord(1), honestRecord(2)]);
    // Every clock is accounted for: nothing waits for a missing struct, and the room's later writes still apply.
    assert.equal(page.store.pendingStructs, null);
    assert.deepEqual(stateVector(Patched, page), stateVector(Y, room));
    room.getArray('records').push([honestRecord(3)]);
    Patched.applyUpdate(page, Y.encodeStateAsUpdate(room, Patched.encodeStateVector(page)));
    assert.deepEqual(page.getArray('records').toJSON(), [honestRecord(1), honestRecord(2), honestRecord(3)]);
  });
}

test('the pages\' Yjs makes no text, map or XML type', () => {
  const page = new Patched.Doc();
  assert.throws(() => page.getText('t'), /no text types/);
  assert.throws(() => page.getMap('m'), /no map types/);
  assert.throws(() => page.getXmlFragment('x'), /no XML types/);
  assert.throws(() => page.getXmlElement('x'), /no XML types/);
});

test('a Yjs whose code moved stops the build instead of shipping a half-rewritten decoder', () => {
  assert.throws(() => recordsOnlyYjs(recordsOnlyYjs(readFileSync(yjsFile, 'utf8'))), /expected one/);
});
