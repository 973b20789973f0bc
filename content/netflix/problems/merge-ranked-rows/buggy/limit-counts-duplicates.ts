// Classic mistake: skipped duplicates still use up the limit.
export function mergeRows(rows: { id: string; score: number }[][], limit: number): string[] {
  const all = rows.flat().sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of all.slice(0, limit)) {
    if (seen.has(x.id)) continue;
    seen.add(x.id);
    out.push(x.id);
  }
  return out;
}
