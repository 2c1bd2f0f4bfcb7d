// Yjs v1 updates written byte by byte, so the fuzzer can say what no Y.Doc would: any struct kind,
// any client and clock, origins that do not exist, lengths no document could hold.
import * as encoding from 'lib0/encoding';

export interface StructId {
  client: number;
  clock: number;
}

/** The eleven struct kinds of the v1 format: nine item contents, GC and Skip. */
export const structKinds = ['Deleted', 'JSON', 'Binary', 'String', 'Embed', 'Format', 'Type', 'Any', 'Doc', 'GC', 'Skip'] as const;
export type StructKind = (typeof structKinds)[number];

/** Yjs's content reference numbers (the low five bits of an item's info byte). */
const contentRef: Record<StructKind, number> = { GC: 0, Deleted: 1, JSON: 2, Binary: 3, String: 4, Embed: 5, Format: 6, Type: 7, Any: 8, Doc: 9, Skip: 10 };

export type ItemContent =
  | { kind: 'Deleted'; length: number }
  /** Already-stringified entries: a fuzzer may send text that is not JSON. */
  | { kind: 'JSON'; entries: string[] }
  | { kind: 'Binary'; bytes: Uint8Array }
  | { kind: 'String'; text: string }
  | { kind: 'Embed'; json: string }
  | { kind: 'Format'; key: string; json: string }
  /** typeRef 0–6 are Y.Array, Map, Text, XmlElement, XmlFragment, XmlHook, XmlText; others are unknown. */
  | { kind: 'Type'; typeRef: number; name?: string }
  | { kind: 'Any'; values: unknown[] }
  | { kind: 'Doc'; guid: string; options: unknown };

export type Parent = { root: string } | { item: StructId };

export type StructSpec =
  | { kind: 'GC' | 'Skip'; length: number }
  | { kind: 'Item'; content: ItemContent; origin?: StructId; rightOrigin?: StructId; parent?: Parent; parentSub?: string };

/** Consecutive structs of one client, starting at `clock`. */
export interface ClientStructs {
  client: number;
  clock: number;
  structs: StructSpec[];
}

export interface DeleteRange {
  clock: number;
  length: number;
}

export type DeleteSetSpec = Map<number, DeleteRange[]>;

export const kindOf = (struct: StructSpec): StructKind => (struct.kind === 'Item' ? struct.content.kind : struct.kind);

export function encodeUpdateV1(groups: ClientStructs[], deletions: DeleteSetSpec = new Map()): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, groups.length);
  for (const group of groups) {
    encoding.writeVarUint(encoder, group.structs.length);
    encoding.writeVarUint(encoder, group.client);
    encoding.writeVarUint(encoder, group.clock);
    for (const struct of group.structs) writeStruct(encoder, struct);
  }
  writeDeleteSet(encoder, deletions);
  return encoding.toUint8Array(encoder);
}

export function writeDeleteSet(encoder: encoding.Encoder, deletions: DeleteSetSpec): void {
  encoding.writeVarUint(encoder, deletions.size);
  for (const [client, ranges] of deletions) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, ranges.length);
    for (const range of ranges) {
      encoding.writeVarUint(encoder, range.clock);
      encoding.writeVarUint(encoder, range.length);
    }
  }
}

function writeStruct(encoder: encoding.Encoder, struct: StructSpec): void {
  if (struct.kind !== 'Item') {
    encoding.writeUint8(encoder, contentRef[struct.kind]);
    encoding.writeVarUint(encoder, struct.length);
    return;
  }
  const { content, origin, rightOrigin, parentSub } = struct;
  const info = contentRef[content.kind] | (origin ? 0x80 : 0) | (rightOrigin ? 0x40 : 0) | (parentSub !== undefined ? 0x20 : 0);
  encoding.writeUint8(encoder, info);
  if (origin) writeId(encoder, origin);
  if (rightOrigin) writeId(encoder, rightOrigin);
  // Yjs reads the parent (and the map key) only when the item has neither origin.
  if (!origin && !rightOrigin) {
    const parent = struct.parent ?? { root: 'records' };
    if ('root' in parent) {
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarString(encoder, parent.root);
    } else {
      encoding.writeVarUint(encoder, 0);
      writeId(encoder, parent.item);
    }
    if (parentSub !== undefined) encoding.writeVarString(encoder, parentSub);
  }
  writeContent(encoder, content);
}

function writeContent(encoder: encoding.Encoder, content: ItemContent): void {
  switch (content.kind) {
    case 'Deleted':
      return encoding.writeVarUint(encoder, content.length);
    case 'JSON':
      encoding.writeVarUint(encoder, content.entries.length);
      for (const entry of content.entries) encoding.writeVarString(encoder, entry);
      return;
    case 'Binary':
      return encoding.writeVarUint8Array(encoder, content.bytes);
    case 'String':
      return encoding.writeVarString(encoder, content.text);
    case 'Embed':
      return encoding.writeVarString(encoder, content.json);
    case 'Format':
      encoding.writeVarString(encoder, content.key);
      encoding.writeVarString(encoder, content.json);
      return;
    case 'Type':
      encoding.writeVarUint(encoder, content.typeRef);
      // XmlElement (3) and XmlHook (5) carry a name.
      if (content.typeRef === 3 || content.typeRef === 5) encoding.writeVarString(encoder, content.name ?? 'p');
      return;
    case 'Any':
      encoding.writeVarUint(encoder, content.values.length);
      for (const value of content.values) encoding.writeAny(encoder, value as never);
      return;
    case 'Doc':
      encoding.writeVarString(encoder, content.guid);
      encoding.writeAny(encoder, content.options as never);
      return;
  }
}

function writeId(encoder: encoding.Encoder, id: StructId): void {
  encoding.writeVarUint(encoder, id.client);
  encoding.writeVarUint(encoder, id.clock);
}
