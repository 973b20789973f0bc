// Classic mistake: sorts and rewrites the caller's array while merging.
export function mergeSessions(sessions: [number, number][]): { merged: [number, number][]; minutes: number } {
  sessions.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of sessions) {
    if (s[1] <= s[0]) continue;
    const last = merged[merged.length - 1];
    if (last !== undefined && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push(s);
  }
  return { merged, minutes: merged.reduce((n, [s, e]) => n + e - s, 0) };
}
