import type { ActorId, RecordId, RecordKind, WorkshopRecord } from './records.ts';

/** A record names another one that is not there: it was removed from the file, or never existed. */
export interface MissingReference {
  /** The record that names it. */
  by: RecordId;
  kind: RecordKind;
  author: ActorId;
  /** The field naming it: `proposal`, `parent`, `from`, `revision` or `group`. */
  field: string;
  missing: string;
}

/** What a record commits to: each field naming another record, and whether it names a record id or a group. */
function namedBy(record: WorkshopRecord): Array<{ field: string; id: string; names: 'record' | 'group' }> {
  switch (record.kind) {
    case 'revise': {
      const named = [
        { field: 'proposal', id: record.proposal, names: 'record' as const },
        { field: 'parent', id: record.parent, names: 'record' as const },
      ];
      return record.from === undefined ? named : [...named, { field: 'from', id: record.from, names: 'record' }];
    }
    case 'endorse':
    case 'withdraw':
    case 'translate':
    case 'hide':
      return [{ field: 'revision', id: record.revision, names: 'record' }];
    case 'rename':
    case 'remove':
      return [{ field: 'group', id: record.group, names: 'group' }];
    default:
      return [];
  }
}

/**
 * Every reference from one of `records` to a record or a group none of them holds. Given the authentic records
 * only, a reference a forgery would satisfy still counts as missing. A removal shows here only when something
 * still in the file named the removed record: an edit names its parent, an endorsement or a translation its
 * revision, a facilitator's rename or removal its group.
 */
export function missingReferences(records: readonly WorkshopRecord[]): MissingReference[] {
  const ids = new Set<RecordId>();
  const groups = new Set<ActorId>();
  for (const record of records) {
    ids.add(record.id);
    if (record.kind === 'join') groups.add(record.author);
  }
  const missing: MissingReference[] = [];
  for (const record of records) {
    for (const { field, id, names } of namedBy(record)) {
      if (!(names === 'group' ? groups : ids).has(id)) {
        missing.push({ by: record.id, kind: record.kind, author: record.author, field, missing: id });
      }
    }
  }
  return missing;
}
