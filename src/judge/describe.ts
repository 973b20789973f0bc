/**
 * Readable lines for a public case, shown on the coding page as worked examples:
 * `t=10  get("a") → 1`. Hidden cases are never described.
 */
import type { JudgeProblem } from './judge.js';
import type { StepInput, TestCase } from './test-schema.js';
import { normalize, show } from './values.js';

function args(step: StepInput): string {
  return (step.args ?? []).map((a) => show(normalize(a), 80)).join(', ');
}

function line(step: StepInput, name: string): string {
  if (step.repeat !== undefined) {
    const inner = (step.steps ?? []).map((s) => `${s.call ?? name}(${args(s)})`).join('; ');
    return `repeat ${step.repeat}× { ${inner} }`;
  }
  const at = typeof step.at === 'number' ? `t=${step.at}  ` : '';
  const call = `${step.call ?? name}(${args(step)})`;
  if (step.throws) return `${at}${call} → throws`;
  if (step.digest !== undefined) return `${at}${call} → (a large result, checked by digest)`;
  return 'expect' in step ? `${at}${call} → ${show(normalize(step.expect), 120)}` : `${at}${call}`;
}

export function describeCase(problem: Pick<JudgeProblem, 'entry'>, c: TestCase): string[] {
  const name = problem.entry.name;
  const out: string[] = [];
  if (problem.entry.kind === 'class') out.push(`new ${name}(${(c.new ?? []).map((a) => show(normalize(a), 60)).join(', ')})`);
  if (c.fixtures) {
    const replies = c.fixtures.transport.map((r) => ('error' in r ? `network error ${r.error}` : `${r.status}${r.retryAfterMs !== undefined ? ` (Retry-After ${r.retryAfterMs} ms)` : ''}`));
    if (replies.length > 0) out.push(`transport replies: ${replies.join(', ')}${replies.length > 1 ? ' (the last one repeats)' : ''}`);
    if (c.fixtures.rng.length > 0) out.push(`rng() returns: ${c.fixtures.rng.join(', ')} (cycling)`);
  }
  for (const s of c.steps) out.push(line(s, name));
  if (c.log) out.push(`expected calls: ${c.log.join(', ')}`);
  return out;
}
