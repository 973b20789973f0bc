// Classic mistake: concatenates and sorts, so a title in two rows shows up twice.
export function mergeRows(rows: { id: string; score: number }[][], limit: number): string[] {
  return rows
    .flat()
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit)
    .map((x) => x.id);
}
