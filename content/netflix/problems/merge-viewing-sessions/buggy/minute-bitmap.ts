// Classic mistake: marks every minute in an array; fine for small ranges, out of memory for real ones.
export function mergeSessions(sessions: [number, number][]): { merged: [number, number][]; minutes: number } {
  const max = sessions.reduce((m, [, e]) => Math.max(m, e), 0);
  const seen = new Uint8Array(max + 1);
  for (const [s, e] of sessions) for (let t = s; t < e; t++) seen[t] = 1;
  const merged: [number, number][] = [];
  let minutes = 0;
  for (let t = 0; t <= max; t++) {
    if (!seen[t]) continue;
    minutes++;
    const last = merged[merged.length - 1];
    if (last !== undefined && last[1] === t) last[1] = t + 1;
    else merged.push([t, t + 1]);
  }
  return { merged, minutes };
}
