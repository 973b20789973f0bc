// Classic mistake: a plain queue sorted once; tasks freed later go to the back, not in order.
export function taskOrder(tasks: string[], deps: [string, string][]): string[] | null {
  const indegree = new Map<string, number>(tasks.map((t) => [t, 0]));
  const next = new Map<string, string[]>(tasks.map((t) => [t, []]));
  for (const [a, b] of deps) {
    if (!indegree.has(a) || !indegree.has(b)) throw new Error('unknown task');
    next.get(a)?.push(b);
    indegree.set(b, (indegree.get(b) ?? 0) + 1);
  }
  const queue = tasks.filter((t) => indegree.get(t) === 0).sort();
  const order: string[] = [];
  for (let i = 0; i < queue.length; i++) {
    const t = queue[i] as string;
    order.push(t);
    for (const b of next.get(t) ?? []) {
      indegree.set(b, (indegree.get(b) ?? 0) - 1);
      if (indegree.get(b) === 0) queue.push(b);
    }
  }
  return order.length === tasks.length ? order : null;
}
