// Classic mistake: only strictly overlapping sessions merge; touching ones stay apart.
export function mergeSessions(sessions: [number, number][]): { merged: [number, number][]; minutes: number } {
  const sorted = sessions.filter(([s, e]) => e > s).map(([s, e]): [number, number] => [s, e]).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return { merged, minutes: merged.reduce((n, [s, e]) => n + e - s, 0) };
}
