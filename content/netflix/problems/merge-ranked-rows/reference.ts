/**
 * Reference: a max-heap of row heads ordered by (score desc, id asc). Popping yields entries in
 * global order, so the first time an id comes out is its highest score; later copies are skipped.
 */
interface Item {
  id: string;
  score: number;
}

interface Head {
  item: Item;
  row: number;
  pos: number;
}

function before(a: Item, b: Item): boolean {
  return a.score !== b.score ? a.score > b.score : a.id < b.id;
}

export function mergeRows(rows: Item[][], limit: number): string[] {
  const heap: Head[] = [];
  const push = (h: Head): void => {
    let i = heap.length;
    heap.push(h);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h.item, (heap[p] as Head).item)) break;
      heap[i] = heap[p] as Head;
      i = p;
    }
    heap[i] = h;
  };
  const pop = (): Head => {
    const top = heap[0] as Head;
    const last = heap.pop() as Head;
    if (heap.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= heap.length) break;
        const r = l + 1;
        const c = r < heap.length && before((heap[r] as Head).item, (heap[l] as Head).item) ? r : l;
        if (!before((heap[c] as Head).item, last.item)) break;
        heap[i] = heap[c] as Head;
        i = c;
      }
      heap[i] = last;
    }
    return top;
  };
  rows.forEach((row, r) => {
    if (row.length > 0) push({ item: row[0] as Item, row: r, pos: 0 });
  });
  const seen = new Set<string>();
  const out: string[] = [];
  while (heap.length > 0 && out.length < limit) {
    const head = pop();
    if (!seen.has(head.item.id)) {
      seen.add(head.item.id);
      out.push(head.item.id);
    }
    const row = rows[head.row] as Item[];
    const next = head.pos + 1;
    if (next < row.length) push({ item: row[next] as Item, row: head.row, pos: next });
  }
  return out;
}
