/**
 * Reference: a map from key to node plus a doubly linked list in recency order (most recent
 * after `head`, least recent before `tail`). Every operation touches a constant number of nodes.
 */
class Entry {
  prev: Entry | null = null;
  next: Entry | null = null;

  constructor(
    readonly key: string,
    public value: unknown,
  ) {}
}

export class LRUCache {
  private readonly index = new Map<string, Entry>();
  private readonly head = new Entry('', undefined);
  private readonly tail = new Entry('', undefined);

  constructor(private readonly capacity: number) {
    this.head.next = this.tail;
    this.tail.prev = this.head;
  }

  get(key: string): unknown {
    const entry = this.index.get(key);
    if (entry === undefined) return undefined;
    this.moveToFront(entry);
    return entry.value;
  }

  put(key: string, value: unknown): void {
    const existing = this.index.get(key);
    if (existing !== undefined) {
      existing.value = value;
      this.moveToFront(existing);
      return;
    }
    if (this.index.size >= this.capacity) {
      const oldest = this.tail.prev as Entry;
      this.unlink(oldest);
      this.index.delete(oldest.key);
    }
    const entry = new Entry(key, value);
    this.index.set(key, entry);
    this.linkFront(entry);
  }

  private moveToFront(entry: Entry): void {
    this.unlink(entry);
    this.linkFront(entry);
  }

  private unlink(entry: Entry): void {
    (entry.prev as Entry).next = entry.next;
    (entry.next as Entry).prev = entry.prev;
  }

  private linkFront(entry: Entry): void {
    const first = this.head.next as Entry;
    entry.prev = this.head;
    entry.next = first;
    first.prev = entry;
    this.head.next = entry;
  }
}
