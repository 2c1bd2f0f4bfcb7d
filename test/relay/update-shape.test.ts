import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { defaultShapeLimits } from '../../relay/shape-limits.ts';
import { restoreRoom } from '../../relay/stored-updates.ts';
import { checkUpdateShape, MalformedUpdate, sanitizeUpdate, UpdateShapeError } from '../../relay/update-shape.ts';
import { contentOfEveryKind, deeplyNestedValue, handMadeItem, mapOverwrite, nestedArrayChain, subDocuments } from '../support/hostile-updates.ts';
import { add, at, endorse, group, join, session, translate } from '../support/records.ts';

const records = (doc: Y.Doc): Y.Array<unknown> => doc.getArray('records');

/** An honest scribe's document: the app pushes one plain record per action. */
function scribe(clientID: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  const author = group(`g${clientID}`);
  records(doc).push([{ ...session(author, at(1), 'Títle ✨'), languages: ['es', 'en'], continues: [{ room: 'a'.repeat(22), facilitator: author }] }]);
  records(doc).push([join(author, at(2), 'Table 3', 'Dakar')]);
  records(doc).push([{ ...add(author, at(3), 'é'.repeat(1000)), sig: 'x'.repeat(86), lang: 'fr' }]);
  records(doc).push([{ kind: 'agenda', phases: [{ phase: 'writing', minutes: 45 }], start: 1.5e12, hlc: [2 ** 45, 0xffff_ffff] }]);
  records(doc).push([endorse(author, at(4), 'rec000001'), translate(author, at(5), 'rec000001', 'pt', 'olá'), null, -0.5, true]);
  return doc;
}

/** A value of `depth` nested arrays around null, as one ContentAny item in records. */
const nestedValue = (depth: number): unknown => {
  let value: unknown = null;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

const pushed = (...values: unknown[]): Uint8Array => {
  const doc = new Y.Doc();
  records(doc).push(values);
  return Y.encodeStateAsUpdate(doc);
};

const refusal = (update: Uint8Array): string => {
  try {
    checkUpdateShape(update);
  } catch (error) {
    assert.ok(error instanceof UpdateShapeError, `expected UpdateShapeError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('the update was accepted');
};

describe('checkUpdateShape: honest traffic passes', () => {
  it('takes a scribe’s updates, a sync step 2, merged updates (Skip structs) and a bare delete set', () => {
    const a = scribe(11);
    const b = scribe(12);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    records(b).push([add(group('b'), at(9), 'after a')]);
    assert.equal(checkUpdateShape(Y.encodeStateAsUpdate(a)).structs, 1, 'one client’s pushes merge into one item');
    assert.equal(checkUpdateShape(Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))).structs, 1);
    // A gap in one client's clocks: mergeUpdates fills it with a Skip struct.
    const c = new Y.Doc();
    c.clientID = 13;
    records(c).push(['first']);
    const first = Y.encodeStateAsUpdate(c);
    records(c).push(['second']);
    records(c).push(['third']);
    const gapped = Y.mergeUpdates([first, Y.encodeStateAsUpdate(c, encodeVector(13, 2))]);
    assert.ok(Y.decodeUpdate(gapped).structs.some((s) => s.constructor.name === 'Skip'), 'the merge holds a Skip');
    assert.equal(checkUpdateShape(gapped).structs, 3);
    // What a client answers to an acknowledgement: nothing new, its delete set only.
    const deletesOnly = Y.encodeStateAsUpdate(a, Y.encodeStateVector(a));
    assert.deepEqual(checkUpdateShape(deletesOnly), { structs: 0, deletions: { clients: new Map() } });
  });

  it('takes GC structs and deleted items, and reads a delete set as Yjs does', () => {
    const doc = new Y.Doc();
    doc.clientID = 21;
    records(doc).push(['a', 'b', 'c']);
    records(doc).delete(1, 1);
    const update = Y.encodeStateAsUpdate(doc);
    assert.deepEqual(checkUpdateShape(update).deletions, { clients: new Map([[21, [{ clock: 1, len: 1 }]]]) });
    const deleted = handMadeItem(1, (encoder) => encoding.writeVarUint(encoder, 3));
    assert.equal(checkUpdateShape(deleted).structs, 1);
    const gc = handMade([[0, (encoder) => encoding.writeVarUint(encoder, 5)]]);
    assert.equal(checkUpdateShape(gc).structs, 1);
  });

  it('takes values at the depth and size bounds', () => {
    assert.equal(checkUpdateShape(pushed(nestedValue(defaultShapeLimits.maxValueDepth))).structs, 1);
    const fits = 'x'.repeat(defaultShapeLimits.maxValueBytes - 4); // tag and length take 4 bytes here
    assert.equal(checkUpdateShape(pushed(fits)).structs, 1);
  });
});

describe('checkUpdateShape: everything else is refused whole', () => {
  it('refuses every content kind but Any and Deleted', () => {
    const kinds = contentOfEveryKind();
    assert.match(refusal(kinds.json), /content JSON/);
    assert.match(refusal(kinds.binary), /content Binary/);
    assert.match(refusal(kinds.string), /content String/);
    assert.match(refusal(kinds.embed), /content Embed/);
    assert.match(refusal(kinds.format), /content Format/);
    assert.match(refusal(kinds.type), /content Type/);
    assert.match(refusal(kinds.doc), /content Doc/);
    assert.match(refusal(subDocuments(3)), /content Doc/);
  });

  it('refuses other roots, nested types (ID parents) and map entries (parentSub)', () => {
    const other = new Y.Doc();
    other.getArray('elsewhere').push([{ kind: 'add' }]);
    assert.match(refusal(Y.encodeStateAsUpdate(other)), /root "elsewhere"/);
    assert.match(refusal(nestedArrayChain(3).insertAtEveryLevel), /ID parent/);
    assert.match(refusal(mapOverwrite().entry), /parentSub/);
    assert.match(refusal(mapOverwrite('meta').entry), /root "meta"/);
    // The overwrite names its neighbour, yet honest encoders flag its parentSub all the same.
    assert.match(refusal(mapOverwrite().overwriteWithoutDeletes), /parentSub/);
  });

  it('refuses values that are not plain JSON', () => {
    assert.match(refusal(pushed({ a: undefined })), /undefined/);
    assert.match(refusal(pushed({ a: 1n << 70n })), /bigint/);
    assert.match(refusal(pushed([Uint8Array.of(1)])), /binary value/);
    assert.match(refusal(pushed(Number.NaN)), /non-finite/);
    assert.match(refusal(pushed({ hlc: [Number.POSITIVE_INFINITY, 0] })), /non-finite/);
    assert.match(refusal(pushed(JSON.parse('{"__proto__":{"admin":true}}'))), /__proto__/);
  });

  it('refuses a value one level too deep or one byte too large, and attack 3 at full depth', () => {
    assert.match(refusal(pushed(nestedValue(defaultShapeLimits.maxValueDepth + 1))), /too deep/);
    assert.match(refusal(pushed('x'.repeat(defaultShapeLimits.maxValueBytes - 3))), /too large/);
    assert.match(refusal(deeplyNestedValue(6_500)), /too deep/);
    // Read with a loop, not recursion: far deeper than any stack still ends in a refusal.
    assert.match(refusal(deeplyNestedValue(500_000)), /too deep/);
  });

  it('refuses empty structs', () => {
    assert.match(refusal(handMadeItem(8, (encoder) => encoding.writeVarUint(encoder, 0))), /empty/);
  });

  it('calls a truncated or padded update malformed, never a shape', () => {
    const update = Y.encodeStateAsUpdate(scribe(31));
    for (let length = 0; length < update.length; length++) {
      assert.throws(() => checkUpdateShape(update.slice(0, length)), MalformedUpdate, `length ${length}`);
    }
    assert.throws(() => checkUpdateShape(Uint8Array.of(...update, 0)), MalformedUpdate);
    // A struct count far above the bytes that follow: refused before any loop runs on it.
    assert.throws(() => checkUpdateShape(Uint8Array.of(1, 0xff, 0xff, 0xff, 0x7f, 1, 0)), MalformedUpdate);
    assert.throws(() => checkUpdateShape(handMadeItem(11, () => {})), MalformedUpdate);
  });
});

describe('sanitizeUpdate and restoreRoom: stored content loads, with what is not a record left out', () => {
  it('returns a clean update unchanged', () => {
    const update = Y.encodeStateAsUpdate(scribe(41));
    assert.equal(sanitizeUpdate(update).update, update);
  });

  it('keeps every clock range: refused items in records become deleted items, others GC', () => {
    for (const [kind, update] of Object.entries({ ...contentOfEveryKind(), chain: nestedArrayChain(4).chain, map: mapOverwrite().entry })) {
      const { update: sanitized, leftOut } = sanitizeUpdate(update);
      assert.equal(checkUpdateShape(sanitized).structs > 0, true, kind);
      assert.deepEqual(Y.parseUpdateMeta(sanitized), Y.parseUpdateMeta(update), `${kind}: same clock ranges`);
      assert.equal(leftOut.deletedItems + leftOut.gcItems > 0, true, kind);
      assert.deepEqual(sanitizeUpdate(sanitized).update, sanitized, `${kind}: sanitizing again changes nothing`);
    }
  });

  it('replaces values out of bounds by null, the rest of the item kept', () => {
    const update = pushed({ kind: 'add' }, nestedValue(20), 'kept', { big: 1n });
    const { update: sanitized, leftOut } = sanitizeUpdate(update);
    assert.equal(leftOut.nulledValues, 2);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, sanitized);
    assert.deepEqual(records(doc).toJSON(), [{ kind: 'add' }, null, 'kept', null]);
  });

  it('loads a room whose honest records sit next to attacks, with every state vector intact', () => {
    const attacker = new Y.Doc();
    attacker.clientID = 51;
    records(attacker).push([new Y.Doc(), new Y.Doc()]);
    const hostile = Y.encodeStateAsUpdate(attacker);
    // An honest scribe saw the attack and wrote after it: its record's origin is a refused item.
    const honest = new Y.Doc();
    honest.clientID = 52;
    Y.applyUpdate(honest, hostile);
    records(honest).push([{ kind: 'add', text: 'honest, placed after the attack' }]);
    records(attacker).push([{ kind: 'add', text: 'the attacker’s own later record' }]);
    const stored = [
      hostile,
      Y.encodeStateAsUpdate(honest, Y.encodeStateVector(attacker)),
      Y.encodeStateAsUpdate(attacker, Y.encodeStateVector(honest)),
      deeplyNestedValue(100_000, 53),
      ...Object.values(nestedArrayChain(50)),
      mapOverwrite().overwriteWithoutDeletes,
      Uint8Array.of(1, 2, 3),
    ];
    const { doc, leftOut } = restoreRoom(stored);
    const texts = records(doc)
      .toArray()
      .filter((r) => r !== null)
      .map((r) => (r as { text: string }).text);
    assert.deepEqual(texts.sort(), ['honest, placed after the attack', 'the attacker’s own later record']);
    assert.equal(doc.getSubdocs().size, 0);
    assert.deepEqual([...doc.share.keys()], ['records']);
    assert.equal(leftOut.unreadableUpdates, 1);
    // Two sub-documents and the chain's outer array were in records; its 49 inner arrays, the insert
    // into the innermost one and the map entry were not (the other inserts name a GC neighbour: Yjs makes them GC).
    assert.equal(leftOut.deletedItems, 3);
    assert.equal(leftOut.gcItems, 51);
    assert.equal(leftOut.nulledValues, 1);
    assert.equal(Y.getState(doc.store, 51), 3);
    assert.equal(Y.getState(doc.store, 52), 1);
  });
});

/** A state vector naming one client. */
function encodeVector(client: number, clock: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, clock);
  return encoding.toUint8Array(encoder);
}

/** An update of one client's structs, each an info byte and its body, from clock 0. */
function handMade(structs: [info: number, body: (encoder: encoding.Encoder) => void][]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, structs.length);
  encoding.writeVarUint(encoder, 61);
  encoding.writeVarUint(encoder, 0);
  for (const [info, body] of structs) {
    encoding.writeUint8(encoder, info);
    body(encoder);
  }
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}
