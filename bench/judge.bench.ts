/**
 * Judge speed, in one run:
 * - `judge.submission.ttl-cache`: one submission of the ttl-cache reference — transpile with esbuild,
 *   a fresh isolate, all 21 public and hidden tests, host-side grading — through the same
 *   worker-process judge the server uses (prepared isolate, IPC round trip included).
 * - `judge.submission.ttl-cache.in-process`: the same work without the worker hop.
 * - `judge.baseline.child-process`: the same work with a fresh `node` process per submission (the
 *   usual "sandbox = a process" design): esbuild transpile, spawn, run every test, compare.
 * Target: p50 ≤ 15 ms and at least 5× faster than the baseline.
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInProcessJudge, createJudge, loadProblem } from '../src/judge/index.js';
import { buildPayload } from '../src/judge/payload.js';
import { transpile } from '../src/judge/transpile.js';
import { equal, normalize } from '../src/judge/values.js';
import type { TestCase } from '../src/judge/test-schema.js';
import { percentile, round3, type BenchResult } from './stats.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Runs every case of a submission in a fresh `node` process; returns how many passed. */
const CHILD = `
let input = '';
process.stdin.on('data', (d) => (input += d));
process.stdin.on('end', async () => {
  const { js, entry, cases } = JSON.parse(input);
  const mod = await import('data:text/javascript;base64,' + Buffer.from(js).toString('base64'));
  const Entry = mod.__keeperEntry ?? mod[entry];
  const out = [];
  for (const payload of cases) {
    const p = JSON.parse(payload);
    let clock = 0;
    const resolve = (v) => Array.isArray(v) ? v.map(resolve) : v && typeof v === 'object'
      ? (v.$now ? () => clock : v.$undefined ? undefined : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, resolve(x)]))) : v;
    const target = p.kind === 'class' ? new Entry(...resolve(p.ctor)) : undefined;
    const steps = [];
    for (const s of p.steps) {
      if (s.repeat) {
        for (let i = 0; i < s.repeat; i++) for (const inner of s.steps) {
          const val = (t) => t && typeof t === 'object' && t.$i ? (t.$i.prefix ?? '') === '' && t.$i.prefix === undefined
            ? ((Math.floor(i / (t.$i.div || 1)) * (t.$i.mul ?? 1) + (t.$i.add || 0)) % (t.$i.mod || Infinity))
            : (t.$i.prefix ?? '') + ((Math.floor(i / (t.$i.div || 1)) * (t.$i.mul ?? 1) + (t.$i.add || 0)) % (t.$i.mod || Infinity)) : resolve(t);
          if (inner.at !== undefined) clock = val(inner.at);
          target[inner.call](...(inner.args ?? []).map(val));
        }
        steps.push({ ok: 1 });
        continue;
      }
      if (s.at !== undefined) clock = s.at;
      try {
        const v = s.call ? target[s.call](...resolve(s.args ?? [])) : Entry(...resolve(s.args ?? []));
        steps.push({ ok: 1, v: v === undefined ? { $undefined: true } : Number.isNaN(v) ? { $number: 'NaN' } : v });
      } catch (e) { steps.push({ ok: 0, e: String(e) }); }
    }
    out.push(steps);
  }
  process.stdout.write(JSON.stringify(out));
});`;

async function childProcessJudge(code: string, entry: string, cases: readonly TestCase[]): Promise<number> {
  const compiled = await transpile(code, entry);
  if (!compiled.ok) throw new Error('compile error');
  const payloads = cases.map((c) => buildPayload('class', c));
  const stdout = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], { stdio: ['pipe', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.on('error', reject);
    child.on('close', (codeExit) => (codeExit === 0 ? resolve(text) : reject(new Error(`child exited with ${codeExit}`))));
    child.stdin.end(JSON.stringify({ js: compiled.js, entry, cases: payloads }));
  });
  const results = JSON.parse(stdout) as { ok: number; v?: unknown }[][];
  let passed = 0;
  cases.forEach((c, i) => {
    const got = results[i] ?? [];
    const ok = c.steps.every((s, k) => s.repeat !== undefined || !('expect' in s) || (got[k]?.ok === 1 && equal(got[k]?.v, normalize(s.expect))));
    if (ok) passed++;
  });
  return passed;
}

async function sample(n: number, warmup: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

function result(name: string, samples: number[], extra: Record<string, unknown> = {}): BenchResult {
  return { name, unit: 'ms', p50: round3(percentile(samples, 50)), p99: round3(percentile(samples, 99)), n: samples.length, ...extra };
}

export default async function judgeBench(prefix = ''): Promise<BenchResult[]> {
  const ttl = await loadProblem(join(root, 'content', 'netflix'), 'ttl-cache');
  const code = ttl.sources.reference;
  const wanted = (name: string): boolean => name.startsWith(prefix) || prefix.startsWith(name) || prefix === '';

  const pool = createJudge({ workers: 1, prestart: true });
  const inProcess = createInProcessJudge({ maxConcurrent: 1 });
  try {
    const check = async (r: Promise<{ verdict: string }>): Promise<void> => {
      const v = (await r).verdict;
      if (v !== 'accepted') throw new Error(`the reference was not accepted (${v})`);
    };
    const viaPool = await sample(200, 30, () => check(pool.judge(ttl.problem, ttl.tests, code, 'submit')));
    const direct = wanted('judge.submission.ttl-cache.in-process') ? await sample(200, 30, () => check(inProcess.judge(ttl.problem, ttl.tests, code, 'submit'))) : [];
    const baseline = await sample(30, 3, async () => {
      const passed = await childProcessJudge(code, 'TtlCache', ttl.tests.cases);
      if (passed !== ttl.tests.cases.length) throw new Error(`baseline passed ${passed} of ${ttl.tests.cases.length}`);
    });
    const speedup = round3(percentile(baseline, 50) / percentile(viaPool, 50));
    const out = [
      result('judge.submission.ttl-cache', viaPool, { tests: ttl.tests.cases.length, isolation: 'worker process + fresh isolate', speedupVsChildProcess: speedup }),
      result('judge.baseline.child-process', baseline, { tests: ttl.tests.cases.length, isolation: 'fresh node process' }),
    ];
    if (direct.length > 0) out.push(result('judge.submission.ttl-cache.in-process', direct, { speedupVsChildProcess: round3(percentile(baseline, 50) / percentile(direct, 50)) }));
    return out;
  } finally {
    pool.close();
    inProcess.close();
  }
}
