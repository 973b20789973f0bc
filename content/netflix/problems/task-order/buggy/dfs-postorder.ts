// Classic mistake: a DFS topological sort is valid but not the lexicographically smallest order.
export function taskOrder(tasks: string[], deps: [string, string][]): string[] | null {
  const next = new Map<string, string[]>(tasks.map((t) => [t, []]));
  for (const [a, b] of deps) {
    if (!next.has(a) || !next.has(b)) throw new Error('unknown task');
    next.get(a)?.push(b);
  }
  const state = new Map<string, number>();
  const out: string[] = [];
  let cyclic = false;
  const visit = (t: string): void => {
    if (state.get(t) === 2 || cyclic) return;
    if (state.get(t) === 1) {
      cyclic = true;
      return;
    }
    state.set(t, 1);
    for (const b of [...(next.get(t) ?? [])].sort()) visit(b);
    state.set(t, 2);
    out.push(t);
  };
  for (const t of [...tasks].sort()) visit(t);
  return cyclic ? null : out.reverse();
}
