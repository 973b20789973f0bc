/**
 * Host-side grading of one case: the sandbox's raw outcomes against the expected values and the
 * fixture log, both of which never entered the sandbox. Hidden cases report only their category.
 */
import type { Fixtures } from './payload.js';
import type { CaseOutcome } from './sandbox.js';
import type { StepInput, TestCase } from './test-schema.js';
import type { MappedSource } from './transpile.js';
import type { TestResult } from './types.js';
import { digest, equal, normalize, show } from './values.js';

type Failure = { verdict: 'wrong-answer' | 'runtime-error' | 'time-limit' | 'memory-limit'; detail: string; errorName?: string; line?: number };

interface ErrorInfo {
  name: string;
  message: string;
  stack: string;
}

interface StepOutcome {
  ok: 0 | 1;
  v?: unknown;
  a?: unknown;
  e?: ErrorInfo;
  iteration?: number;
  inner?: number;
}

interface Raw {
  steps?: StepOutcome[];
  ctor?: ErrorInfo;
  fatal?: ErrorInfo;
  logs?: string;
}

const SAFE_NAME = /^[A-Za-z][A-Za-z0-9]{0,40}$/;

function describeCall(step: StepInput, entryName: string): string {
  const args = (step.args ?? []).map((a) => (typeof a === 'object' && a !== null && '$gen' in a ? '<generated>' : show(normalize(a), 60)));
  const at = typeof step.at === 'number' ? ` at t=${step.at}` : '';
  return `${step.call ?? entryName}(${args.join(', ')})${at}`;
}

function errorText(e: ErrorInfo, source: MappedSource): { text: string; line?: number } {
  const where = source.firstFrame(e.stack);
  const text = `${e.name}: ${source.rewrite(e.message)}`;
  if (/Maximum call stack size exceeded/.test(e.message)) return { text: 'RangeError: Maximum call stack size exceeded (recursion too deep)', ...(where ? { line: where.line } : {}) };
  return where ? { text: `${text} (at line ${where.line}:${where.column})`, line: where.line } : { text };
}

/** RangeErrors that mean the submission tried to allocate more than the sandbox allows. */
function isAllocationFailure(e: ErrorInfo): boolean {
  return e.name === 'RangeError' && /allocation failed|Invalid string length|Invalid typed array length|Array buffer allocation/i.test(e.message);
}

function errorFailure(e: ErrorInfo, source: MappedSource, prefix: string): Failure {
  if (isAllocationFailure(e)) return { verdict: 'memory-limit', detail: `${prefix}memory limit exceeded (${e.name}: ${e.message})` };
  const t = errorText(e, source);
  return { verdict: 'runtime-error', detail: `${prefix}${t.text}`, errorName: SAFE_NAME.test(e.name) ? e.name : 'Error', ...(t.line !== undefined ? { line: t.line } : {}) };
}

function gradeSteps(c: TestCase, raw: Raw, fixtures: Fixtures, source: MappedSource, entryName: string): Failure | undefined {
  if (raw.fatal) return errorFailure(raw.fatal, source, 'the result could not be read: ');
  if (raw.ctor) return errorFailure(raw.ctor, source, 'the constructor threw ');
  const outcomes = raw.steps ?? [];
  for (let i = 0; i < c.steps.length; i++) {
    const step = c.steps[i] as StepInput;
    const got = outcomes[i];
    const label = `step ${i + 1}: `;
    if (!got) return { verdict: 'runtime-error', detail: `${label}did not run` };
    if (step.repeat !== undefined) {
      if (got.ok === 0 && got.e) return errorFailure(got.e, source, `${label}load block, iteration ${(got.iteration ?? 0) + 1}: `);
      if (step.digest !== undefined) {
        const d = digest(got.v ?? []);
        if (d !== step.digest) return { verdict: 'wrong-answer', detail: `${label}the results of a ${step.repeat}-iteration load block differ from the expected ones (digest ${d}, expected ${step.digest})` };
      }
      continue;
    }
    const call = describeCall(step, entryName);
    if (got.ok === 0 && got.e) {
      if (step.throws) continue;
      return errorFailure(got.e, source, `${label}${call} threw `);
    }
    if (step.throws) return { verdict: 'wrong-answer', detail: `${label}${call} should throw, but returned ${show(got.v)}` };
    if (step.digest !== undefined) {
      const d = digest(got.v);
      if (d !== step.digest) return { verdict: 'wrong-answer', detail: `${label}${call} returned ${show(got.v, 80)}, which is not the expected result (digest ${d}, expected ${step.digest})` };
    }
    if ('expect' in step) {
      const want = normalize(step.expect);
      if (!equal(got.v, want, { tolerance: step.tolerance, unordered: step.unordered })) {
        return { verdict: 'wrong-answer', detail: `${label}${call} returned ${show(got.v)}, expected ${show(want)}` };
      }
    }
    if (step.expectArgs !== undefined) {
      const want = normalize(step.expectArgs);
      if (!equal(got.a, want)) return { verdict: 'wrong-answer', detail: `${label}${call} changed its arguments to ${show(got.a)}; leave the input unchanged` };
    }
  }
  if (c.log) {
    const got = fixtures.log;
    for (let i = 0; i < Math.max(got.length, c.log.length); i++) {
      if (got[i] !== c.log[i]) {
        const g = got[i] ?? '(nothing more)';
        const w = c.log[i] ?? '(nothing more)';
        return { verdict: 'wrong-answer', detail: `call log differs at entry ${i + 1}: expected ${w}, got ${g}; full log: ${got.slice(0, 12).join(', ')}${got.length > 12 ? ', …' : ''}` };
      }
    }
  }
  return undefined;
}

export interface GradeContext {
  readonly c: TestCase;
  readonly name: string;
  readonly outcome: CaseOutcome;
  readonly fixtures: Fixtures;
  readonly source: MappedSource;
  readonly entryName: string;
  readonly timeLimitMs: number;
  /** Set when the case's limit was cut short by what was left of the submission's total time. */
  readonly totalLimitMs?: number | undefined;
  /** Give hidden cases' details too (tools and tests only). */
  readonly reveal?: boolean;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

export function grade(g: GradeContext): TestResult {
  const { c, outcome } = g;
  let failure: Failure | undefined;
  let logs = '';
  if (outcome.kind === 'done') {
    let raw: Raw;
    try {
      raw = JSON.parse(outcome.json) as Raw;
    } catch {
      raw = { fatal: { name: 'Error', message: 'unreadable result', stack: '' } };
    }
    logs = typeof raw.logs === 'string' ? raw.logs : '';
    failure = gradeSteps(c, raw, g.fixtures, g.source, g.entryName);
  } else if (outcome.kind === 'time-limit') {
    failure = {
      verdict: 'time-limit',
      detail: outcome.pending
        ? 'your code returned a promise that never settled (nothing can resolve it: the sandbox has no timers)'
        : g.totalLimitMs !== undefined
          ? `ran out of the submission's total time limit (${g.totalLimitMs} ms for all tests)`
          : `took longer than ${g.timeLimitMs} ms`,
    };
  } else if (outcome.kind === 'memory-limit') {
    failure = { verdict: 'memory-limit', detail: 'the sandbox ran out of memory' };
  } else {
    failure = { verdict: 'runtime-error', detail: outcome.message };
  }
  const base = { name: g.name, visibility: c.visibility, ms: round(outcome.ms), category: c.category };
  const output = c.visibility === 'public' && logs ? { output: logs } : {};
  if (!failure) return { ...base, passed: true, message: '', ...output };
  const message = c.visibility === 'public' ? failure.detail : g.reveal ? `${hiddenMessage(c.category, failure)}: ${failure.detail}` : hiddenMessage(c.category, failure);
  return { ...base, passed: false, verdict: failure.verdict, message, ...output };
}

function hiddenMessage(category: string, f: Failure): string {
  const what = f.verdict.replace('-', ' ');
  const err = f.verdict === 'runtime-error' && f.errorName ? ` (${f.errorName}${f.line !== undefined ? ` at line ${f.line}` : ''})` : '';
  return `hidden test failed: ${what}${err}, category "${category}"`;
}

/** A case that never ran (the sandbox died or the submission's total time ran out). */
export function notRun(c: TestCase, name: string, why: string, verdict: 'time-limit' | 'memory-limit' | 'runtime-error'): TestResult {
  return { name, visibility: c.visibility, passed: false, ms: 0, category: c.category, verdict, message: `not run: ${why}` };
}
