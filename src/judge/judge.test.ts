import { afterAll, describe, expect, it } from 'vitest';
import { DOUBLE_OK, PACK_DIR, doubleProblem, doubleTests, maxEventLoopGap } from '../../test/judge/helpers.js';
import { createInProcessJudge } from './judge.js';
import { loadProblem } from './load-problem.js';
import { buildPayload } from './payload.js';
import { createJudge } from './pool.js';
import type { TestsFile } from './test-schema.js';

const judge = createInProcessJudge();
afterAll(() => judge.close());

describe('judge results (CONTRACTS.md "Judge")', () => {
  it('returns the contract fields for an accepted submission', async () => {
    const r = await judge.judge(doubleProblem, doubleTests, DOUBLE_OK, 'submit');
    expect(r).toMatchObject({ problem: 'double', verdict: 'accepted', passed: 3, total: 3, mode: 'submit' });
    expect(r.ms).toBeGreaterThan(0);
    expect(r.tests.map((t) => [t.name, t.visibility, t.passed])).toEqual([
      ['two', 'public', true],
      ['zero', 'public', true],
      ['Hidden test 1', 'hidden', true],
    ]);
    for (const t of r.tests) expect(typeof t.ms).toBe('number');
  });

  it('runs only public tests in run mode', async () => {
    const r = await judge.judge(doubleProblem, doubleTests, DOUBLE_OK, 'run');
    expect(r.total).toBe(2);
    expect(r.tests.every((t) => t.visibility === 'public')).toBe(true);
  });

  it('explains a public failure with the call, the answer and the expected value', async () => {
    const r = await judge.judge(doubleProblem, doubleTests, 'export function double(n: number) { return n + 1; }', 'submit');
    expect(r.verdict).toBe('wrong-answer');
    expect(r.tests[0]).toMatchObject({ passed: true, message: '' });
    expect(r.tests[1]).toMatchObject({ passed: false, verdict: 'wrong-answer', message: 'step 1: double(0) returned 1, expected 0' });
  });

  it('names only the category of a failing hidden test, never its input or answer', async () => {
    const r = await judge.judge(doubleProblem, doubleTests, 'export function double(n: number) { if (n < 0) throw new Error(`bad input ${n}`); return n * 2; }', 'submit');
    const hidden = r.tests.find((t) => t.visibility === 'hidden');
    expect(hidden?.passed).toBe(false);
    expect(hidden?.message).toContain('negative numbers');
    expect(hidden?.message).not.toMatch(/-21|-42|bad input/);
    expect(r.message).toContain('negative numbers');
    expect(r.verdict).toBe('runtime-error');
  });

  it('never sends expected values into the sandbox', () => {
    const payload = buildPayload('function', doubleTests.cases[2] as TestsFile['cases'][number]);
    expect(payload).not.toContain('-42');
    expect(payload).not.toContain('expect');
  });

  it('accepts export function, export default, plain declarations and JavaScript', async () => {
    const forms = [
      'export default function double(n) { return n * 2 }',
      'function double(n: number): number { return n * 2; }',
      'const double = (n: number) => n * 2;',
      'function helper(x) { return x + x }\nvar double = helper;',
    ];
    for (const code of forms) expect((await judge.judge(doubleProblem, doubleTests, code, 'submit')).verdict, code).toBe('accepted');
  });

  it('accepts export class and a plain class for class problems', async () => {
    const ttl = await loadProblem(PACK_DIR, 'ttl-cache');
    const plain = ttl.sources.reference.replace('export class TtlCache', 'class TtlCache');
    expect((await judge.judge(ttl.problem, ttl.tests, ttl.sources.reference, 'run')).verdict).toBe('accepted');
    expect((await judge.judge(ttl.problem, ttl.tests, plain, 'run')).verdict).toBe('accepted');
  });

  it('reports a compile error at the line and column of the submission', async () => {
    const code = 'interface A {\n  x: number;\n}\n\nexport function double(n: number): number {\n  return n * ;\n}\n';
    const r = await judge.judge(doubleProblem, doubleTests, code, 'submit');
    expect(r.verdict).toBe('compile-error');
    expect(r.diagnostics?.[0]).toMatchObject({ line: 6, column: 14 });
    expect(r.message).toMatch(/^line 6:14: /);
    expect(r.tests).toEqual([]);
    expect(r.total).toBe(3);
  });

  it('maps runtime errors back to the submitted lines, past erased types', async () => {
    const code = [
      'type Pair = [number, number];',
      'interface Box {',
      '  value: number;',
      '}',
      'export function double(n: number): number {',
      '  const box: Box | undefined = n > 100 ? { value: n } : undefined;',
      '  return (box as Box).value * 2;',
      '}',
    ].join('\n');
    const r = await judge.judge(doubleProblem, doubleTests, code, 'run');
    expect(r.verdict).toBe('runtime-error');
    expect(r.tests[0]?.message).toMatch(/TypeError: .*\(at line 7:\d+\)/);
  });

  it('shows console output for public tests only, capped', async () => {
    const code = 'export function double(n: number) { console.log("got", n, { n }); return n * 2; }';
    const r = await judge.judge(doubleProblem, doubleTests, code, 'submit');
    expect(r.tests[0]?.output).toBe('got 1 {"n":1}');
    expect(r.tests[2]?.output).toBeUndefined();
  });

  it('stops at the total time limit and says why the rest did not run', async () => {
    const slow = 'export function double(n: number) { const end = Date.now() + 250; while (Date.now() < end) {} return n * 2; }';
    const tight = { ...doubleProblem, limits: { timeMsPerTest: 400, timeMsTotal: 400, memoryMb: 32 } };
    const r = await judge.judge(tight, doubleTests, slow, 'submit');
    expect(r.verdict).toBe('time-limit');
    expect(r.tests.some((t) => /total time limit/.test(t.message))).toBe(true);
  });

  it('checks the fixture log of async problems and reports the first difference', async () => {
    const retry = await loadProblem(PACK_DIR, 'retry-with-backoff');
    const noSleep = 'export async function fetchWithRetry(r: unknown, deps: any, policy: any) { let last; for (let i = 0; i < policy.maxAttempts; i++) { last = await deps.transport(r); if (last.status < 500) return last; } return last; }';
    const r = await judge.judge(retry.problem, retry.tests, noSleep, 'run');
    expect(r.verdict).toBe('wrong-answer');
    expect(r.tests.find((t) => !t.passed)?.message).toMatch(/call log differs at entry 2: expected sleep 50, got transport@0/);
  });

  it('checks that inputs are left unchanged when a case asks for it', async () => {
    const tests: TestsFile = {
      cases: [{ name: 'no mutation', visibility: 'public', category: 'input unchanged', steps: [{ args: [[3, 1, 2]], expect: 3, expectArgs: [[3, 1, 2]] }] }],
    };
    const problem = { id: 'max', entry: { kind: 'function' as const, name: 'max' }, limits: { timeMsPerTest: 500, timeMsTotal: 2000, memoryMb: 32 } };
    expect((await judge.judge(problem, tests, 'export function max(a: number[]) { return Math.max(...a); }', 'run')).verdict).toBe('accepted');
    const sorting = await judge.judge(problem, tests, 'export function max(a: number[]) { return a.sort((x, y) => y - x)[0]; }', 'run');
    expect(sorting.verdict).toBe('wrong-answer');
    expect(sorting.tests[0]?.message).toMatch(/changed its arguments/);
  });

  it('treats undefined, NaN and null as different answers', async () => {
    const tests: TestsFile = {
      cases: [
        { name: 'undefined', visibility: 'public', category: 'values', steps: [{ args: [0], expect: { $undefined: true } }] },
        { name: 'nan', visibility: 'public', category: 'values', steps: [{ args: [1], expect: Number.NaN }] },
        { name: 'null', visibility: 'public', category: 'values', steps: [{ args: [2], expect: null }] },
      ],
    };
    const problem = { id: 'pick', entry: { kind: 'function' as const, name: 'pick' }, limits: { timeMsPerTest: 500, timeMsTotal: 2000, memoryMb: 32 } };
    const good = await judge.judge(problem, tests, 'export function pick(i: number) { return [undefined, NaN, null][i]; }', 'run');
    expect(good.verdict).toBe('accepted');
    const bad = await judge.judge(problem, tests, 'export function pick(i: number) { return [null, undefined, undefined][i]; }', 'run');
    expect(bad.tests.map((t) => t.passed)).toEqual([false, false, false]);
    expect(bad.tests[0]?.message).toBe('step 1: pick(0) returned null, expected undefined');
  });
});

describe('the worker-process judge', () => {
  it('judges 50 concurrent submissions correctly while the event loop keeps turning', async () => {
    const pool = createJudge({ workers: 2, prestart: true });
    try {
      const ttl = await loadProblem(PACK_DIR, 'ttl-cache');
      const subs = Array.from({ length: 50 }, (_, i) => {
        const buggy = Object.values(ttl.sources.buggy);
        return i % 5 === 0 ? { code: buggy[i % buggy.length] as string, accepted: false } : { code: ttl.sources.reference, accepted: true };
      });
      const { result, gapMs } = await maxEventLoopGap(() => Promise.all(subs.map((s) => pool.judge(ttl.problem, ttl.tests, s.code, 'submit'))));
      expect(result.map((r) => r.verdict === 'accepted')).toEqual(subs.map((s) => s.accepted));
      expect(gapMs).toBeLessThan(2000);
    } finally {
      pool.close();
    }
  });
});
