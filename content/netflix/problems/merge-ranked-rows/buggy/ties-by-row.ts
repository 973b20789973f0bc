// Classic mistake: equal scores come out in row order instead of id order.
export function mergeRows(rows: { id: string; score: number }[][], limit: number): string[] {
  const all = rows.flat().sort((a, b) => b.score - a.score);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of all) {
    if (out.length >= limit) break;
    if (seen.has(x.id)) continue;
    seen.add(x.id);
    out.push(x.id);
  }
  return out;
}
