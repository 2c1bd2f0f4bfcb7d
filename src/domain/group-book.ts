import { ignoredFor, type Ignored } from './diagnostics.ts';
import { groupSymbol } from './groups.ts';
import { freeze } from './proposal-state.ts';
import type { ActorId, JoinRecord, RemoveRecord, RenameRecord } from './records.ts';
import { SnapshotList } from './snapshot-list.ts';
import type { GroupView } from './view.ts';

/** The groups in the order they joined, numbered and given a symbol; renamed or removed by the facilitator. */
export class GroupBook {
  private readonly byId = new Map<ActorId, GroupView>();
  private readonly list = new SnapshotList<GroupView>();

  get(id: ActorId): GroupView | undefined {
    return this.byId.get(id);
  }

  snapshot(): readonly GroupView[] {
    return this.list.snapshot();
  }

  join(record: JoinRecord): Ignored | null {
    if (this.byId.has(record.author)) return ignoredFor('duplicate-join');
    const number = this.byId.size + 1;
    const group: GroupView = freeze({
      id: record.author,
      name: record.name,
      venue: record.venue,
      number,
      symbol: groupSymbol(number),
      joinedAt: record.hlc,
      joinedAs: null,
      removed: false,
    });
    this.byId.set(record.author, group);
    this.list.push(group);
    return null;
  }

  /** A rename keeps the name the group joined as; a removal keeps the group, marked removed. */
  change(record: RenameRecord | RemoveRecord): Ignored | null {
    const group = this.byId.get(record.group);
    if (!group) return ignoredFor('unknown-group', 'group');
    const updated: GroupView =
      record.kind === 'rename'
        ? freeze({ ...group, name: record.name, venue: record.venue, joinedAs: group.joinedAs ?? group.name })
        : freeze({ ...group, removed: true });
    this.byId.set(group.id, updated);
    this.list.replace(group.number - 1, updated);
    return null;
  }
}
