// Classic mistake: reads the head of every row without checking for empty rows.
export function mergeRows(rows: { id: string; score: number }[][], limit: number): string[] {
  const heads = rows.map((row) => ({ row, pos: 0, score: (row[0] as { score: number }).score }));
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < limit) {
    let best = -1;
    heads.forEach((h, i) => {
      if (h.pos >= h.row.length) return;
      const cur = h.row[h.pos] as { id: string; score: number };
      const b = best < 0 ? undefined : ((heads[best] as typeof h).row[(heads[best] as typeof h).pos] as { id: string; score: number });
      if (b === undefined || cur.score > b.score || (cur.score === b.score && cur.id < b.id)) best = i;
    });
    if (best < 0) break;
    const h = heads[best] as (typeof heads)[number];
    const item = h.row[h.pos] as { id: string };
    h.pos++;
    if (!seen.has(item.id)) {
      seen.add(item.id);
      out.push(item.id);
    }
  }
  return out;
}
