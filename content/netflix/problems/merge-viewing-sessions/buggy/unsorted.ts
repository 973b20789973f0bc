// Classic mistake: assumes the sessions arrive sorted by start.
export function mergeSessions(sessions: [number, number][]): { merged: [number, number][]; minutes: number } {
  const merged: [number, number][] = [];
  for (const [start, end] of sessions) {
    if (end <= start) continue;
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return { merged, minutes: merged.reduce((n, [s, e]) => n + e - s, 0) };
}
