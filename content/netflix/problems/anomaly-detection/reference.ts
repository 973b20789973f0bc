/**
 * Reference: running sum S and sum of squares Q of the trailing window. With w points,
 *   x > mean + 2σ  ⟺  w·x − S > 2·√(w·Q − S²),
 * and with the input bounds both sides fit in exact integers, so squaring gives an exact test.
 */
export function findAnomalies(values: number[], window: number): number[] {
  const out: number[] = [];
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i] as number;
    if (i >= window) {
      const d = window * x - sum;
      const spread = window * sumSq - sum * sum;
      if (d > 0 && d * d > 4 * spread) out.push(i);
      const old = values[i - window] as number;
      sum -= old;
      sumSq -= old * old;
    }
    sum += x;
    sumSq += x * x;
  }
  return out;
}
