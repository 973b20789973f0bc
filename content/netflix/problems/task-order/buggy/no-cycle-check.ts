// Classic mistake: returns whatever order it managed instead of reporting the cycle.
export function taskOrder(tasks: string[], deps: [string, string][]): string[] | null {
  const indegree = new Map<string, number>(tasks.map((t) => [t, 0]));
  const next = new Map<string, string[]>(tasks.map((t) => [t, []]));
  for (const [a, b] of deps) {
    if (!indegree.has(a) || !indegree.has(b)) throw new Error('unknown task');
    next.get(a)?.push(b);
    indegree.set(b, (indegree.get(b) ?? 0) + 1);
  }
  const ready = tasks.filter((t) => indegree.get(t) === 0);
  const order: string[] = [];
  while (ready.length > 0) {
    ready.sort();
    const t = ready.shift() as string;
    order.push(t);
    for (const b of next.get(t) ?? []) {
      indegree.set(b, (indegree.get(b) ?? 0) - 1);
      if (indegree.get(b) === 0) ready.push(b);
    }
  }
  return order;
}
