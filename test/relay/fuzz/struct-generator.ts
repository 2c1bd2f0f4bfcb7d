// Random structs of every kind, placed where the room's own items are (or pointedly where they are not).
import type { Random } from '../../integration/seeded-random.ts';
import { someAny, someBytes, someHugeNumber, someJsonText, someLength, someString } from './random-values.ts';
import type { ShadowRoom } from './shadow-room.ts';
import { structKinds, type ItemContent, type Parent, type StructId, type StructKind, type StructSpec } from './update-encoder.ts';

const rootNames = ['records', 'records', 'records', 'meta', '', 'prosemirror', '__proto__'];

export function someStruct(random: Random, room: ShadowRoom, kind: StructKind = random.pick(structKinds)!): StructSpec {
  if (kind === 'GC' || kind === 'Skip') return { kind, length: random.chance(0.1) ? someHugeNumber(random) : 1 + someLength(random, 1000) };
  const struct: StructSpec = { kind: 'Item', content: someContent(random, kind) };
  const placement = random.below(6);
  // Anchored next to an existing item (as an insert), or at a parent with no neighbour.
  if (placement <= 1) struct.origin = someAnchor(random, room);
  if (placement === 1 || placement === 2) struct.rightOrigin = someAnchor(random, room);
  if (placement >= 3) {
    struct.parent = someParent(random, room);
    if (placement === 5 || kind === 'Format') struct.parentSub = someString(random, 40);
  }
  return struct;
}

function someContent(random: Random, kind: Exclude<StructKind, 'GC' | 'Skip'>): ItemContent {
  switch (kind) {
    case 'Deleted':
      return { kind, length: random.chance(0.1) ? someHugeNumber(random) : 1 + someLength(random, 1000) };
    case 'JSON':
      return { kind, entries: Array.from({ length: 1 + random.below(4) }, () => someJsonText(random)) };
    case 'Binary':
      return { kind, bytes: someBytes(random, 300_000) };
    case 'String':
      return { kind, text: someString(random) || 'x' };
    case 'Embed':
      return { kind, json: someJsonText(random) };
    case 'Format':
      return { kind, key: random.pick(['bold', 'href', 'image', someString(random, 40)])!, json: someJsonText(random) };
    case 'Type':
      // 7 and beyond name no Yjs type.
      return { kind, typeRef: random.chance(0.9) ? random.below(7) : 7 + random.below(300), name: someString(random, 40) };
    case 'Any':
      return { kind, values: Array.from({ length: 1 + random.below(4) }, () => someAny(random)) };
    case 'Doc':
      return { kind, guid: someString(random, 60), options: random.chance(0.5) ? { gc: false, autoLoad: random.chance(0.5) } : someAny(random) };
  }
}

/** Mostly an existing id; sometimes one that does not exist yet (the item waits as pending forever). */
function someAnchor(random: Random, room: ShadowRoom): StructId {
  const existing = random.chance(0.8) ? room.someId(random) : null;
  return existing ?? { client: random.below(2 ** 32), clock: random.chance(0.5) ? random.below(100) : someHugeNumber(random) };
}

function someParent(random: Random, room: ShadowRoom): Parent {
  if (random.chance(0.35)) {
    const typeItem = room.someTypeItem(random) ?? room.someId(random);
    if (typeItem) return { item: typeItem };
  }
  return { root: random.chance(0.9) ? random.pick(rootNames)! : someString(random, 100) };
}
