// Classic mistake: a point exactly at mean + 2σ is flagged.
export function findAnomalies(values: number[], window: number): number[] {
  const out: number[] = [];
  for (let i = window; i < values.length; i++) {
    const w = values.slice(i - window, i);
    const mean = w.reduce((a, b) => a + b, 0) / w.length;
    const sd = Math.sqrt(w.reduce((a, b) => a + (b - mean) ** 2, 0) / w.length);
    if ((values[i] as number) >= mean + 2 * sd) out.push(i);
  }
  return out;
}
