/**
 * The judge: transpile a submission, run a problem's cases in a fresh sandbox, grade on the host.
 * `createInProcessJudge` adds a small admission queue; pool.ts runs it inside worker processes.
 */
import type { Problem } from '../core/pack/index.js';
import { grade, notRun } from './check.js';
import { Fixtures, buildPayload } from './payload.js';
import { Sandbox, freshIsolate, type FreshIsolate, type SetupFailure } from './sandbox.js';
import type { TestCase, TestsFile } from './test-schema.js';
import { transpile } from './transpile.js';
import type { JudgeMode, JudgeResult, TestResult, Verdict } from './types.js';

/** What the judge needs of a problem (a pack Problem fits). */
export type JudgeProblem = Pick<Problem, 'id' | 'entry' | 'limits'>;

export interface JudgeOptions {
  /** Submissions judged at the same time; the rest wait in order. Default 4. */
  readonly maxConcurrent?: number;
  /** Scales every time limit (e.g. 3 on a slow CI machine). Default 1. */
  readonly timeScale?: number;
  /** Show hidden cases' details too (authoring tools and the judge's own tests only). */
  readonly revealHidden?: boolean;
  /**
   * Keep one new isolate prepared in the background so the next submission does not wait for
   * isolate creation (each isolate still serves a single submission). Default true.
   */
  readonly prepare?: boolean;
}

export interface Judge {
  judge(problem: JudgeProblem, tests: TestsFile, code: string, mode: JudgeMode): Promise<JudgeResult>;
  /** Submissions running now and waiting. */
  readonly load: { readonly running: number; readonly waiting: number };
  /** Disposes the prepared isolate; judging still works afterwards but prepares nothing. */
  close(): void;
}

/** One prepared isolate per memory limit, replaced as soon as it is taken. */
class SparePool {
  private readonly spares = new Map<number, Promise<FreshIsolate | undefined>>();
  private closed = false;

  take(memoryMb: number): Promise<FreshIsolate | undefined> {
    const spare = this.spares.get(memoryMb);
    this.spares.delete(memoryMb);
    return spare ?? Promise.resolve(undefined);
  }

  refill(memoryMb: number): void {
    if (this.closed || this.spares.has(memoryMb)) return;
    // Created after the current turn so the submission that triggered it starts first.
    const next = new Promise<FreshIsolate | undefined>((resolve) => {
      setImmediate(() => {
        if (this.closed) return resolve(undefined);
        freshIsolate(memoryMb).then(resolve, () => resolve(undefined));
      });
    });
    this.spares.set(memoryMb, next);
  }

  close(): void {
    this.closed = true;
    for (const p of this.spares.values()) void p.then((f) => f && !f.isolate.isDisposed && f.isolate.dispose());
    this.spares.clear();
  }
}

/** After this many time-limited cases the rest are skipped: the answer is already clear. */
const MAX_TIMEOUTS = 2;

export function selectCases(tests: TestsFile, mode: JudgeMode): TestCase[] {
  const pub = tests.cases.filter((c) => c.visibility === 'public');
  return mode === 'run' ? pub : [...pub, ...tests.cases.filter((c) => c.visibility === 'hidden')];
}

function caseNames(cases: readonly TestCase[]): string[] {
  let hidden = 0;
  return cases.map((c) => (c.visibility === 'public' ? c.name : `Hidden test ${++hidden}`));
}

function summarize(verdict: Verdict, tests: readonly TestResult[]): string {
  const passed = tests.filter((t) => t.passed).length;
  if (verdict === 'accepted') return `All ${tests.length} tests passed.`;
  const first = tests.find((t) => !t.passed);
  const where = first ? (first.visibility === 'public' ? `first failure: ${first.name}` : `first failure: a hidden test in category "${first.category}"`) : '';
  return `${passed} of ${tests.length} tests passed; ${where}.`;
}

function setupResult(problem: JudgeProblem, mode: JudgeMode, cases: readonly TestCase[], f: SetupFailure, ms: number): JudgeResult {
  if (f.kind === 'compile-error') {
    const d = f.diagnostics[0];
    return {
      problem: problem.id,
      verdict: 'compile-error',
      passed: 0,
      total: cases.length,
      ms,
      mode,
      tests: [],
      message: d ? `line ${d.line}:${d.column}: ${d.message}` : 'compile error',
      diagnostics: f.diagnostics,
    };
  }
  const names = caseNames(cases);
  const tests = cases.map((c, i) => notRun(c, names[i] as string, f.message, f.kind));
  return { problem: problem.id, verdict: f.kind, passed: 0, total: cases.length, ms, mode, tests, message: f.message };
}

interface RunContext {
  readonly timeScale: number;
  readonly reveal: boolean;
  readonly pool: SparePool | undefined;
}

async function judgeOnce(problem: JudgeProblem, tests: TestsFile, code: string, mode: JudgeMode, ctx: RunContext): Promise<JudgeResult> {
  const { timeScale, reveal, pool } = ctx;
  const t0 = performance.now();
  const elapsed = (): number => Math.round((performance.now() - t0) * 100) / 100;
  const cases = selectCases(tests, mode);
  const names = caseNames(cases);
  const { name: entryName, kind: entryKind } = problem.entry;
  const perTest = problem.limits.timeMsPerTest * timeScale;
  const totalBudget = problem.limits.timeMsTotal * timeScale;

  const compiled = await transpile(code, entryName);
  if (!compiled.ok) return setupResult(problem, mode, cases, { kind: 'compile-error', diagnostics: compiled.diagnostics }, elapsed());

  let fixtures = new Fixtures(undefined);
  let caseDeadline = Infinity;
  const live: { sandbox?: Sandbox } = {};
  const memoryMb = problem.limits.memoryMb;
  const fresh = await pool?.take(memoryMb);
  const opened = await Sandbox.open({
    fresh,
    js: compiled.js,
    code,
    source: compiled.source,
    entryName,
    entryKind,
    memoryMb,
    setupTimeoutMs: Math.max(1, Math.floor(Math.min(perTest, totalBudget))),
    hostFixture: (name, arg) => {
      if (performance.now() > caseDeadline) {
        live.sandbox?.terminate();
        return '';
      }
      return fixtures.handle(name, arg);
    },
  });
  if (!opened.ok) {
    pool?.refill(memoryMb);
    return setupResult(problem, mode, cases, opened.failure, elapsed());
  }
  const sandbox = opened.sandbox;
  live.sandbox = sandbox;

  const results: TestResult[] = [];
  let used = 0;
  let timeouts = 0;
  try {
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i] as TestCase;
      const name = names[i] as string;
      if (!sandbox.alive) {
        const time = sandbox.stopReason === 'time';
        results.push(notRun(c, name, time ? 'the sandbox was stopped after a time limit' : 'the sandbox was stopped after running out of memory', time ? 'time-limit' : 'memory-limit'));
        continue;
      }
      const remaining = totalBudget - used;
      if (remaining <= 0 || timeouts >= MAX_TIMEOUTS) {
        results.push(notRun(c, name, remaining <= 0 ? `the submission used up its total time limit (${totalBudget} ms)` : 'stopped after repeated time limits', 'time-limit'));
        continue;
      }
      const own = (c.timeMs ?? problem.limits.timeMsPerTest) * timeScale;
      const limit = Math.max(1, Math.floor(Math.min(own, remaining)));
      fixtures = new Fixtures(c.fixtures);
      caseDeadline = performance.now() + limit;
      const outcome = await sandbox.runCase(buildPayload(entryKind, c), limit);
      caseDeadline = Infinity;
      used += outcome.ms;
      if (outcome.kind === 'time-limit') timeouts++;
      const totalLimitMs = remaining < own ? totalBudget : undefined;
      results.push(grade({ c, name, outcome, fixtures, source: compiled.source, entryName, timeLimitMs: limit, totalLimitMs, reveal }));
    }
  } finally {
    sandbox.dispose();
    // Prepare the next isolate after this submission, not while it runs.
    pool?.refill(memoryMb);
  }

  const failed = results.filter((t) => !t.passed);
  const verdict: Verdict = failed.some((t) => t.verdict === 'memory-limit') ? 'memory-limit' : (failed[0]?.verdict ?? 'accepted');
  return {
    problem: problem.id,
    verdict,
    passed: results.length - failed.length,
    total: results.length,
    ms: elapsed(),
    mode,
    tests: results,
    message: summarize(verdict, results),
  };
}

/** A result for a submission that could not be judged normally (its worker process died). */
export function failedResult(problem: JudgeProblem, tests: TestsFile, mode: JudgeMode, verdict: 'time-limit' | 'memory-limit' | 'runtime-error', why: string, ms: number): JudgeResult {
  const cases = selectCases(tests, mode);
  return setupResult(problem, mode, cases, verdict === 'runtime-error' ? { kind: verdict, message: why, stack: '' } : { kind: verdict, message: why }, ms);
}

/**
 * A judge that runs isolates inside this process. Fine for trusted code and for the worker
 * processes of pool.ts; a few hostile allocation patterns can abort the whole process, so servers
 * and the CLI use `createJudge` (worker processes) for submissions.
 */
export function createInProcessJudge(opts: JudgeOptions = {}): Judge {
  const max = Math.max(1, opts.maxConcurrent ?? 4);
  const run: RunContext = { timeScale: opts.timeScale ?? 1, reveal: opts.revealHidden ?? false, pool: opts.prepare === false ? undefined : new SparePool() };
  let running = 0;
  const waiting: (() => void)[] = [];
  const acquire = async (): Promise<void> => {
    if (running < max) {
      running++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return {
    async judge(problem, tests, code, mode) {
      await acquire();
      try {
        return await judgeOnce(problem, tests, code, mode, run);
      } finally {
        release();
      }
    },
    get load() {
      return { running, waiting: waiting.length };
    },
    close() {
      run.pool?.close();
    },
  };
}

