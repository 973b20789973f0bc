/**
 * Reference: Kahn's algorithm, always taking the smallest ready task from a min-heap. If fewer
 * than all tasks come out, the remaining ones sit on a cycle.
 */
function less(a: string, b: string): boolean {
  return a < b;
}

class MinHeap {
  private readonly items: string[] = [];

  get size(): number {
    return this.items.length;
  }

  push(x: string): void {
    const h = this.items;
    let i = h.length;
    h.push(x);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!less(x, h[p] as string)) break;
      h[i] = h[p] as string;
      i = p;
    }
    h[i] = x;
  }

  pop(): string {
    const h = this.items;
    const top = h[0] as string;
    const last = h.pop() as string;
    if (h.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= h.length) break;
      const r = l + 1;
      const c = r < h.length && less(h[r] as string, h[l] as string) ? r : l;
      if (!less(h[c] as string, last)) break;
      h[i] = h[c] as string;
      i = c;
    }
    h[i] = last;
    return top;
  }
}

export function taskOrder(tasks: string[], deps: [string, string][]): string[] | null {
  const indegree = new Map<string, number>();
  const next = new Map<string, string[]>();
  for (const t of tasks) {
    indegree.set(t, 0);
    next.set(t, []);
  }
  for (const [a, b] of deps) {
    if (!indegree.has(a)) throw new Error(`unknown task "${a}" in a rule`);
    if (!indegree.has(b)) throw new Error(`unknown task "${b}" in a rule`);
    (next.get(a) as string[]).push(b);
    indegree.set(b, (indegree.get(b) as number) + 1);
  }
  const ready = new MinHeap();
  for (const [t, d] of indegree) if (d === 0) ready.push(t);
  const order: string[] = [];
  while (ready.size > 0) {
    const t = ready.pop();
    order.push(t);
    for (const b of next.get(t) as string[]) {
      const d = (indegree.get(b) as number) - 1;
      indegree.set(b, d);
      if (d === 0) ready.push(b);
    }
  }
  return order.length === tasks.length ? order : null;
}
