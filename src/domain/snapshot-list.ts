/** A list that hands out frozen copies, copying again only after it changed, so views share unchanged arrays. */
export class SnapshotList<T> {
  private readonly items: T[] = [];
  private snapshotCache: readonly T[] | null = null;

  get length(): number {
    return this.items.length;
  }

  at(index: number): T | undefined {
    return this.items[index];
  }

  push(item: T): void {
    this.items.push(item);
    this.snapshotCache = null;
  }

  replace(index: number, item: T): void {
    this.items[index] = item;
    this.snapshotCache = null;
  }

  snapshot(): readonly T[] {
    this.snapshotCache ??= Object.freeze([...this.items]);
    return this.snapshotCache;
  }
}
