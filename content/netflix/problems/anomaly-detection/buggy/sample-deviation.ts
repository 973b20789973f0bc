// Classic mistake: divides by window - 1 (sample deviation), raising the threshold.
export function findAnomalies(values: number[], window: number): number[] {
  const out: number[] = [];
  for (let i = window; i < values.length; i++) {
    const w = values.slice(i - window, i);
    const mean = w.reduce((a, b) => a + b, 0) / w.length;
    const sd = w.length > 1 ? Math.sqrt(w.reduce((a, b) => a + (b - mean) ** 2, 0) / (w.length - 1)) : 0;
    if ((values[i] as number) > mean + 2 * sd) out.push(i);
  }
  return out;
}
