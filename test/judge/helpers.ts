/**
 * Shared helpers for the judge's own tests: a tiny inline problem, the shipped pack folder, and a
 * check that the host's event loop stayed responsive while something ran.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JudgeProblem } from '../../src/judge/judge.js';
import type { TestsFile } from '../../src/judge/test-schema.js';

export const PACK_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'content', 'netflix');

/** `double(n)` returns 2n: the smallest problem that exercises the whole pipeline. */
export const doubleProblem: JudgeProblem = {
  id: 'double',
  entry: { kind: 'function', name: 'double' },
  limits: { timeMsPerTest: 600, timeMsTotal: 2500, memoryMb: 32 },
};

export const doubleTests: TestsFile = {
  cases: [
    { name: 'two', visibility: 'public', category: 'basics', steps: [{ args: [1], expect: 2 }] },
    { name: 'zero', visibility: 'public', category: 'basics', steps: [{ args: [0], expect: 0 }] },
    { name: 'secret', visibility: 'hidden', category: 'negative numbers', steps: [{ args: [-21], expect: -42 }] },
  ],
};

export const DOUBLE_OK = 'export function double(n: number): number { return n * 2; }';

/** Measures the worst gap between ticks of a 10 ms interval while `fn` runs. */
export async function maxEventLoopGap<T>(fn: () => Promise<T>): Promise<{ result: T; gapMs: number }> {
  let last = performance.now();
  let gap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 10);
  try {
    const result = await fn();
    return { result, gapMs: Math.max(gap, performance.now() - last) };
  } finally {
    clearInterval(timer);
  }
}

/** A pack whose problems are the shipped ones (loaded straight from their folders). */
export async function withShippedProblems<P extends { problems: readonly unknown[]; problemFiles: Readonly<Record<string, unknown>> }>(base: P): Promise<P> {
  const { listProblemIds, loadProblem } = await import('../../src/judge/index.js');
  const ids = await listProblemIds(PACK_DIR);
  const loaded = await Promise.all(ids.map((id) => loadProblem(PACK_DIR, id)));
  return {
    ...base,
    problems: loaded.map((l) => l.problem),
    problemFiles: Object.fromEntries(loaded.map((l) => [`${l.problem.id}/tests.yaml`, l.tests])),
  };
}
