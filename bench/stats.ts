/** Small helpers shared by benchmarks: percentiles and a timing loop. */
export interface BenchResult {
  readonly name: string;
  readonly unit: 'ms';
  readonly p50: number;
  readonly p99: number;
  readonly n: number;
  readonly [extra: string]: unknown;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx] ?? Number.NaN;
}

export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Times `fn` `n` times after `warmup` untimed runs; returns p50/p99 in milliseconds. */
export async function timeIt(name: string, n: number, fn: () => unknown, warmup = 20): Promise<BenchResult> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { name, unit: 'ms', p50: round3(percentile(samples, 50)), p99: round3(percentile(samples, 99)), n };
}
