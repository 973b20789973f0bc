/**
 * Reference: a map of live entries plus a min-heap of (expiry, key) so count() can drop expired
 * keys nobody reads. A heap entry is stale when the key was rewritten with another expiry; it is
 * skipped when popped. The heap is rebuilt when stale entries outnumber live ones.
 */
interface Entry {
  value: unknown;
  expiresAt: number;
}

type HeapItem = [expiresAt: number, key: string];

export class TtlCache {
  private readonly entries = new Map<string, Entry>();
  private heap: HeapItem[] = [];

  constructor(private readonly now: () => number) {}

  set(key: string, value: unknown, ttlMs: number): void {
    const expiresAt = this.now() + ttlMs;
    this.entries.set(key, { value, expiresAt });
    this.push([expiresAt, key]);
    if (this.heap.length > 2 * this.entries.size + 64) this.rebuild();
  }

  get(key: string): unknown {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (this.now() >= entry.expiresAt) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  count(): number {
    const t = this.now();
    while (this.heap.length > 0 && (this.heap[0] as HeapItem)[0] <= t) {
      const [expiresAt, key] = this.pop();
      // Only delete when this heap item is the key's current expiry (not a stale one).
      if (this.entries.get(key)?.expiresAt === expiresAt) this.entries.delete(key);
    }
    return this.entries.size;
  }

  private rebuild(): void {
    this.heap = [];
    for (const [key, e] of this.entries) this.push([e.expiresAt, key]);
  }

  private push(item: HeapItem): void {
    const h = this.heap;
    h.push(item);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((h[parent] as HeapItem)[0] <= item[0]) break;
      h[i] = h[parent] as HeapItem;
      i = parent;
    }
    h[i] = item;
  }

  private pop(): HeapItem {
    const h = this.heap;
    const top = h[0] as HeapItem;
    const last = h.pop() as HeapItem;
    if (h.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= h.length) break;
        const r = l + 1;
        const c = r < h.length && (h[r] as HeapItem)[0] < (h[l] as HeapItem)[0] ? r : l;
        if ((h[c] as HeapItem)[0] >= last[0]) break;
        h[i] = h[c] as HeapItem;
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}
