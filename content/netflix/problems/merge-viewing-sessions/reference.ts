/**
 * Reference: sort a copy by start, then sweep, extending the current session while the next one
 * starts at or before its end.
 */
export function mergeSessions(sessions: [number, number][]): { merged: [number, number][]; minutes: number } {
  const sorted = sessions.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  let minutes = 0;
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last[1]) {
      if (end > last[1]) {
        minutes += end - last[1];
        last[1] = end;
      }
    } else {
      merged.push([start, end]);
      minutes += end - start;
    }
  }
  return { merged, minutes };
}
