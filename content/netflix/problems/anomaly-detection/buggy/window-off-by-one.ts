// Classic mistake: the window reaches one point too far back.
export function findAnomalies(values: number[], window: number): number[] {
  const out: number[] = [];
  for (let i = window; i < values.length; i++) {
    const w = values.slice(Math.max(0, i - window - 1), i);
    const mean = w.reduce((a, b) => a + b, 0) / w.length;
    const sd = Math.sqrt(w.reduce((a, b) => a + (b - mean) ** 2, 0) / w.length);
    if ((values[i] as number) > mean + 2 * sd) out.push(i);
  }
  return out;
}
