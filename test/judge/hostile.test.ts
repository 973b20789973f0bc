/**
 * Hostile submissions: each tries to escape, hang, exhaust or fool the judge. Every one must be
 * contained with the right verdict while the host's event loop keeps running, and the judge must
 * still accept a correct submission afterwards.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createJudge, loadProblem, type Verdict } from '../../src/judge/index.js';
import { DOUBLE_OK, PACK_DIR, doubleProblem, doubleTests, maxEventLoopGap } from './helpers.js';

const judge = createJudge({ maxConcurrent: 2 });
afterAll(() => judge.close());

const ttl = await loadProblem(PACK_DIR, 'ttl-cache');
const retry = await loadProblem(PACK_DIR, 'retry-with-backoff');

interface Hostile {
  readonly name: string;
  readonly code: string;
  /** The verdict, or the verdicts that are all right (e.g. a microtask flood may exhaust time or memory first). */
  readonly verdict: Verdict | readonly Verdict[];
  /** Which problem it is submitted to (default: double). */
  readonly problem?: 'double' | 'ttl' | 'retry';
  /** Extra check on the result's first failing test message. */
  readonly message?: RegExp;
}

const fn = (body: string): string => `export function double(n: number): any {\n${body}\n}`;

const HOSTILE: Hostile[] = [
  { name: 'synchronous infinite loop', code: fn('while (true) {}'), verdict: 'time-limit' },
  { name: 'infinite loop at the top level', code: `while (true) {}\n${DOUBLE_OK}`, verdict: 'time-limit' },
  { name: 'infinite loop inside an async function', code: 'export async function double(n: number) { for (;;) {} }', verdict: 'time-limit' },
  { name: 'endless chain of microtasks', code: fn('const spin = (): Promise<void> => Promise.resolve().then(spin); spin(); return n * 2;'), verdict: ['time-limit', 'memory-limit'] },
  { name: 'a promise that never settles', code: fn('return new Promise(() => {});'), verdict: 'time-limit', message: /never settled/ },
  { name: 'awaiting forever', code: 'export async function double(n: number) { await new Promise(() => {}); return n * 2; }', verdict: 'time-limit' },
  { name: 'memory bomb with arrays', code: fn('const keep: number[][] = []; for (;;) keep.push(new Array(100000).fill(1.5));'), verdict: 'memory-limit' },
  { name: 'memory bomb with a Map (makes V8 abort: only a worker process dies)', code: fn('const m = new Map(); for (let i = 0; ; i++) m.set(i, { i, s: "x" + i });'), verdict: 'memory-limit' },
  { name: 'memory bomb with a growing object', code: fn('const o: Record<string, number> = {}; for (let i = 0; ; i++) o["k" + i] = i;'), verdict: ['memory-limit', 'time-limit'] },
  { name: 'doubling a string until it breaks', code: fn('let s = "x"; for (;;) s += s;'), verdict: 'memory-limit' },
  { name: 'a gigabyte ArrayBuffer', code: fn('return new Uint8Array(1 << 30).length;'), verdict: 'memory-limit' },
  { name: 'deep recursion', code: fn('const f = (k: number): number => f(k + 1) + 1; return f(0);'), verdict: 'runtime-error', message: /call stack/ },
  { name: 'a huge result', code: fn('return "x".repeat(20_000_000);'), verdict: ['runtime-error', 'memory-limit'] },
  { name: 'a result over the size cap', code: fn('return Array.from({ length: 1000 }, (_, i) => String(i).repeat(10_000));'), verdict: 'runtime-error', message: /too large/ },
  { name: 'a result nested thousands deep', code: fn('let a: unknown[] = []; for (let i = 0; i < 100000; i++) a = [a]; return a;'), verdict: 'runtime-error', message: /nested too deeply/ },
  { name: 'a result that refers to itself', code: fn('const o: any = {}; o.self = o; return o;'), verdict: 'runtime-error' },
  { name: 'a getter on the result that never returns', code: fn('return { get value() { for (;;) {} } };'), verdict: 'time-limit' },
  { name: 'a Proxy result whose traps throw', code: fn('return new Proxy({}, { ownKeys() { throw new Error("trap"); } });'), verdict: 'runtime-error' },
  { name: 'a thrown object whose message hangs', code: fn('throw { get message() { for (;;) {} } };'), verdict: 'time-limit' },
  { name: 'throwing a string', code: fn('throw "nope";'), verdict: 'runtime-error' },
  { name: 'constructor-chain escape to process', code: fn('return (function (this: any) { return this; }).constructor("return process")().exit(1);'), verdict: 'runtime-error', message: /process is not defined/ },
  { name: 'constructor of a class instance', code: fn('return ({}).constructor.constructor("return this")().process.env.HOME;'), verdict: 'runtime-error' },
  { name: 'require', code: fn('return require("fs").readFileSync("/etc/passwd", "utf8");'), verdict: 'runtime-error', message: /require is not defined/ },
  { name: 'static import of fs', code: `import { readFileSync } from 'node:fs';\n${fn('return readFileSync("/etc/passwd").length;')}`, verdict: 'compile-error' },
  { name: 'dynamic import', code: 'export async function double(n: number) { const fs: any = await import("fs"); return fs.readFileSync("/etc/passwd").length; }', verdict: 'runtime-error' },
  { name: 'timers', code: fn('setTimeout(() => {}, 10); return n * 2;'), verdict: 'runtime-error', message: /setTimeout is not defined/ },
  { name: 'SharedArrayBuffer and Atomics.wait', code: fn('Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); return n * 2;'), verdict: 'runtime-error' },
  { name: 'WebAssembly', code: fn('return new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])) && n * 2;'), verdict: 'runtime-error', message: /WebAssembly is not defined/ },
  { name: 'catastrophic regular expression', code: fn('return /^(a+)+$/.test("a".repeat(40) + "b") ? 0 : n * 2;'), verdict: 'time-limit' },
  { name: 'eval of an infinite loop', code: fn('eval("while (true) {}");'), verdict: 'time-limit' },
  { name: 'network and environment probes', code: fn('return [typeof fetch, typeof XMLHttpRequest, typeof process, typeof Buffer, typeof globalThis.global].join();'), verdict: 'wrong-answer' },
  { name: 'prototype pollution, then a correct answer', code: `Object.prototype.polluted = 1;\nArray.prototype.push = function () { throw new Error('no push'); };\n(Object.prototype as any).then = undefined;\n${DOUBLE_OK}`, verdict: 'accepted' },
  { name: 'overriding JSON and Reflect', code: `JSON.stringify = () => '{"steps":[{"ok":1,"v":2}]}';\nJSON.parse = () => ({});\n(Reflect as any).apply = () => 2;\n${fn('return 0;')}`, verdict: 'wrong-answer' },
  { name: 'forging a passing verdict object', code: fn('return { verdict: "accepted", passed: 3, total: 3, ok: 1, v: n * 2 };'), verdict: 'wrong-answer' },
  { name: 'replacing the console and throwing from it', code: `console.log = () => { throw new Error('gotcha'); };\n${fn('console.log("hi"); return n * 2;')}`, verdict: 'runtime-error' },
  { name: 'thenable result that never calls back', code: fn('return { then() {} };'), verdict: 'time-limit' },
  { name: 'massive console output is capped', code: fn('for (let i = 0; i < 20000; i++) console.log("x".repeat(1000)); return n * 2;'), verdict: 'accepted' },
  { name: 'a submission far over the size limit', code: `// ${'x'.repeat(300_000)}\n${DOUBLE_OK}`, verdict: 'compile-error' },
  { name: 'no entry point', code: 'export function triple(n: number) { return n * 3; }', verdict: 'compile-error' },
  { name: 'freezing the intrinsics', code: `Object.freeze(Object.prototype); Object.freeze(Array.prototype); Object.freeze(Function.prototype);\n${DOUBLE_OK}`, verdict: 'accepted' },
  { name: 'prepareStackTrace tampering', code: `(Error as any).prepareStackTrace = () => 'at solution.ts:1:1 accepted';\n${fn('throw new Error("boom");')}`, verdict: 'runtime-error' },
  { name: 'class with a hostile constructor', problem: 'ttl', code: 'export class TtlCache { constructor() { for (;;) {} } }', verdict: 'time-limit' },
  { name: 'class whose methods are getters that throw', problem: 'ttl', code: 'export class TtlCache { get set(): any { throw new Error("no"); } get(): undefined { return undefined; } count() { return 0; } }', verdict: 'runtime-error' },
  { name: 'spamming the host fixtures', problem: 'retry', code: 'export async function fetchWithRetry(r: unknown, deps: any) { for (;;) { deps.now(); await deps.sleep(0); } }', verdict: 'time-limit' },
  { name: 'passing hostile objects to the host transport', problem: 'retry', code: 'export async function fetchWithRetry(r: unknown, deps: any) { const o: any = {}; o.o = o; return deps.transport(new Proxy(o, { get() { throw new Error("x"); } })); }', verdict: 'wrong-answer' },
];

describe('hostile submissions', () => {
  it('has at least 30 cases', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  });

  it.each(HOSTILE)('$name', async (h) => {
    const [problem, tests] = h.problem === 'ttl' ? [ttl.problem, ttl.tests] : h.problem === 'retry' ? [retry.problem, retry.tests] : [doubleProblem, doubleTests];
    const { result, gapMs } = await maxEventLoopGap(() => judge.judge(problem, tests, h.code, 'submit'));
    const allowed: readonly Verdict[] = typeof h.verdict === 'string' ? [h.verdict] : h.verdict;
    expect(allowed, JSON.stringify(result.tests.slice(0, 2))).toContain(result.verdict);
    if (h.message) {
      const text = [result.message, ...result.tests.map((t) => t.message)].join('\n');
      expect(text).toMatch(h.message);
    }
    // The host kept serving: no long stall of its event loop while the submission ran (a wide margin:
    // a submission running on the host thread would stall it for its whole time limit).
    expect(gapMs).toBeLessThan(2000);
    // Nothing leaked into the host.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(typeof JSON.stringify).toBe('function');
    expect(JSON.stringify({ a: 1 })).toBe('{"a":1}');
    expect(typeof Reflect.apply).toBe('function');
  });

  it('still judges a correct submission afterwards', async () => {
    const r = await judge.judge(doubleProblem, doubleTests, DOUBLE_OK, 'submit');
    expect(r.verdict).toBe('accepted');
    expect(r.passed).toBe(3);
  });

  it('contains many hostile submissions at once', async () => {
    // Memory bombs are left out here: sharing the CPU, they may hit the time limit first.
    const picks = HOSTILE.filter((h) => !h.problem && ![h.verdict].flat().includes('memory-limit')).slice(0, 12);
    const { result, gapMs } = await maxEventLoopGap(() => Promise.all(picks.map((h) => judge.judge(doubleProblem, doubleTests, h.code, 'submit'))));
    result.forEach((r, i) => expect([(picks[i] as Hostile).verdict].flat()).toContain(r.verdict));
    expect(gapMs).toBeLessThan(2000);
  });
});
