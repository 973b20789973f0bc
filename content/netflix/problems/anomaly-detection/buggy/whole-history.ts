// Classic mistake: compares against everything seen so far instead of the trailing window.
export function findAnomalies(values: number[], window: number): number[] {
  const out: number[] = [];
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (i >= window) {
      const mean = sum / i;
      const sd = Math.sqrt(Math.max(0, sumSq / i - mean * mean));
      if (x > mean + 2 * sd) out.push(i);
    }
    sum += x;
    sumSq += x * x;
  }
  return out;
}
