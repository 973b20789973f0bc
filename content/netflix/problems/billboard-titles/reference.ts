/**
 * Reference: a max-heap of (score, title, version) with lazy deletion. A title's current version
 * lives in a map; heap entries with an older version are stale and skipped when they surface.
 */
interface Entry {
  score: number;
  title: string;
  version: number;
}

function before(a: Entry, b: Entry): boolean {
  return a.score !== b.score ? a.score > b.score : a.title < b.title;
}

export class Billboard {
  private heap: Entry[] = [];
  private readonly current = new Map<string, Entry>();
  private last: string | null = null;
  private versions = 0;

  upsert(title: string, score: number): void {
    const entry = { score, title, version: ++this.versions };
    this.current.set(title, entry);
    this.push(entry);
    if (this.heap.length > 2 * this.current.size + 1024) this.heap = this.rebuild();
  }

  getTop(): string | null {
    this.dropStale();
    const first = this.heap[0];
    if (first === undefined) return null;
    if (first.title !== this.last || this.current.size === 1) {
      this.last = first.title;
      return first.title;
    }
    this.pop();
    this.dropStale();
    const second = this.heap[0] as Entry;
    this.push(first);
    this.last = second.title;
    return second.title;
  }

  private dropStale(): void {
    while (this.heap.length > 0 && this.current.get((this.heap[0] as Entry).title) !== this.heap[0]) this.pop();
  }

  private rebuild(): Entry[] {
    const old = this.heap;
    this.heap = [];
    for (const e of old) if (this.current.get(e.title) === e) this.push(e);
    return this.heap;
  }

  private push(e: Entry): void {
    const h = this.heap;
    let i = h.length;
    h.push(e);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(e, h[p] as Entry)) break;
      h[i] = h[p] as Entry;
      i = p;
    }
    h[i] = e;
  }

  private pop(): Entry {
    const h = this.heap;
    const top = h[0] as Entry;
    const last = h.pop() as Entry;
    if (h.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= h.length) break;
        const r = l + 1;
        const c = r < h.length && before(h[r] as Entry, h[l] as Entry) ? r : l;
        if (!before(h[c] as Entry, last)) break;
        h[i] = h[c] as Entry;
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}
