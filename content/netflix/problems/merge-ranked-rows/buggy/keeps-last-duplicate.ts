// Classic mistake: a later, lower-scored copy of a title overwrites the higher one.
export function mergeRows(rows: { id: string; score: number }[][], limit: number): string[] {
  const best = new Map<string, number>();
  for (const row of rows) for (const x of row) best.set(x.id, x.score);
  return [...best]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([id]) => id);
}
