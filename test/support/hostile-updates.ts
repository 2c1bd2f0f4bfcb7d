// Yjs v1 updates a scribe-link holder can send with a small script, each an attack on the relay or its
// clients that once succeeded. Pure Node (Yjs and lib0 only): relay tests and end-to-end tests share them.
// Sizes are parameters: the tests use small ones, since the refusal itself proves the defence.
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

const RECORDS = 'records';

const fresh = (clientID?: number): Y.Doc => {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  return doc;
};

const stateOf = (doc: Y.Doc, since?: Uint8Array): Uint8Array => {
  const update = Y.encodeStateAsUpdate(doc, since);
  doc.destroy();
  return update;
};

/** Attack 2: `count` sub-documents (Y.Doc values) pushed into `records`; 60,000 per update took the relay to 4 GB. */
export function subDocuments(count: number): Uint8Array {
  const doc = fresh();
  doc.getArray(RECORDS).push(Array.from({ length: count }, () => new Y.Doc()));
  return stateOf(doc);
}

/**
 * Attack 3: one plain (ContentAny) array nested `depth` levels in `records`, written byte by byte: lib0
 * reads nested values recursively, so 6,500 levels overflowed every Node client's stack.
 */
export function deeplyNestedValue(depth: number, clientID = 1): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1); // one client
  encoding.writeVarUint(encoder, 1); // one struct
  encoding.writeVarUint(encoder, clientID);
  encoding.writeVarUint(encoder, 0); // from clock 0
  encoding.writeUint8(encoder, 8); // an item of ContentAny, no origins: its parent follows
  encoding.writeVarUint(encoder, 1); // the parent is a root type…
  encoding.writeVarString(encoder, RECORDS); // …named records
  encoding.writeVarUint(encoder, 1); // one value
  for (let level = 0; level < depth; level++) {
    encoding.writeUint8(encoder, 117); // an array…
    encoding.writeVarUint(encoder, 1); // …of one element
  }
  encoding.writeUint8(encoder, 126); // null, innermost
  encoding.writeVarUint(encoder, 0); // empty delete set
  return encoding.toUint8Array(encoder);
}

/**
 * Attack 4: a chain of `depth` Y.Arrays each inside the previous one (12,000 deep once), then one update
 * inserting a value at every level; integrating that one blocked the relay for 20 s.
 */
export function nestedArrayChain(depth: number): { chain: Uint8Array; insertAtEveryLevel: Uint8Array } {
  const doc = fresh();
  const levels: Y.Array<unknown>[] = [doc.getArray(RECORDS)];
  for (let i = 0; i < depth; i++) {
    const inner = new Y.Array<unknown>();
    levels[levels.length - 1]!.push([inner]);
    levels.push(inner);
  }
  const chain = Y.encodeStateAsUpdate(doc);
  const before = Y.encodeStateVector(doc);
  doc.transact(() => {
    for (const level of levels.slice(1)) level.insert(0, ['x']);
  });
  return { chain, insertAtEveryLevel: stateOf(doc, before) };
}

/**
 * Attack 5: a map entry (an item with a parentSub) and a second writer's overwrite of it, sent without
 * its delete set, so the append-only check sees no deletion while Yjs deletes the first value anyway.
 */
export function mapOverwrite(root = RECORDS): { entry: Uint8Array; overwriteWithoutDeletes: Uint8Array } {
  const first = fresh(1001);
  first.getMap(root).set('k', 'written first');
  const entry = Y.encodeStateAsUpdate(first);
  const second = fresh(1002);
  Y.applyUpdate(second, entry);
  second.getMap(root).set('k', 'overwritten');
  const overwrite = Y.encodeStateAsUpdate(second, Y.encodeStateVector(first));
  first.destroy();
  second.destroy();
  return { entry, overwriteWithoutDeletes: withoutDeleteSet(overwrite) };
}

/** An update with its delete set replaced by an empty one (what a hand-written client can send). */
export function withoutDeleteSet(update: Uint8Array): Uint8Array {
  const deleteSet = encodeDeleteSet(Y.decodeUpdate(update).ds.clients);
  const tail = update.subarray(update.length - deleteSet.length);
  if (!tail.every((byte, i) => byte === deleteSet[i])) throw new Error('delete set not found at the end of the update');
  const stripped = new Uint8Array(update.length - deleteSet.length + 1);
  stripped.set(update.subarray(0, update.length - deleteSet.length));
  stripped[stripped.length - 1] = 0; // no clients in the delete set
  return stripped;
}

function encodeDeleteSet(clients: Map<number, { clock: number; len: number }[]>): Uint8Array {
  const encoder = encoding.createEncoder();
  // Yjs writes the delete set's clients in descending order of client id.
  const sorted = [...clients].sort(([a], [b]) => b - a);
  encoding.writeVarUint(encoder, sorted.length);
  for (const [client, ranges] of sorted) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, ranges.length);
    for (const { clock, len } of ranges) {
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarUint(encoder, len);
    }
  }
  return encoding.toUint8Array(encoder);
}

/** One item of each content kind Yjs knows, in `records` (the relay must take only ContentAny of plain values there). */
export function contentOfEveryKind(): Record<'json' | 'binary' | 'string' | 'embed' | 'format' | 'type' | 'doc', Uint8Array> {
  const inRecords = (fill: (records: Y.Array<unknown>, doc: Y.Doc) => void): Uint8Array => {
    const doc = fresh();
    fill(doc.getArray(RECORDS), doc);
    return stateOf(doc);
  };
  const text = (fill: (text: Y.Text) => void): Uint8Array => {
    const doc = fresh();
    fill(doc.getText(RECORDS));
    return stateOf(doc);
  };
  return {
    // ContentJSON is only written by old Yjs versions; a hand-made item is the only way to send one now.
    json: handMadeItem(2, (encoder) => {
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarString(encoder, '{"kind":"add"}');
    }),
    binary: inRecords((records) => records.push([Uint8Array.of(1, 2, 3)])),
    string: text((t) => t.insert(0, 'a string in records')),
    embed: text((t) => t.insertEmbed(0, { image: 'x' })),
    format: text((t) => t.insert(0, 'bold', { bold: true })),
    type: inRecords((records) => records.push([new Y.Map()])),
    doc: inRecords((records) => records.push([new Y.Doc()])),
  };
}

/** One item in `records` of content kind `ref`, its content written by `writeContent`. */
export function handMadeItem(ref: number, writeContent: (encoder: encoding.Encoder) => void, clientID = 7): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientID);
  encoding.writeVarUint(encoder, 0);
  encoding.writeUint8(encoder, ref);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarString(encoder, RECORDS);
  writeContent(encoder);
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}
