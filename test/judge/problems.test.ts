/**
 * Every shipped problem: its data validates, the reference solution is accepted, and every
 * deliberately buggy variant (one classic mistake each) is rejected.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createJudge, listProblemIds, loadProblem, problemTests, type LoadedProblem } from '../../src/judge/index.js';
import type { Pack } from '../../src/core/pack/index.js';
import { PACK_DIR } from './helpers.js';

const judge = createJudge({ maxConcurrent: 2, revealHidden: true });
afterAll(() => judge.close());

const ids = await listProblemIds(PACK_DIR);
const loaded = new Map<string, LoadedProblem>();
for (const id of ids) loaded.set(id, await loadProblem(PACK_DIR, id));

describe('the shipped problems', () => {
  it('include at least 12 problems and the three with fixed interfaces', () => {
    expect(ids.length).toBeGreaterThanOrEqual(12);
    expect(loaded.get('ttl-cache')?.problem.entry).toEqual({ kind: 'class', name: 'TtlCache' });
    expect(loaded.get('token-bucket')?.problem.entry).toEqual({ kind: 'class', name: 'TokenBucket' });
    expect(loaded.get('task-order')?.problem.entry).toEqual({ kind: 'function', name: 'taskOrder' });
  });

  it('each have at least 5 public and 15 hidden cases, categories, and at least two buggy variants', () => {
    for (const [id, p] of loaded) {
      const pub = p.tests.cases.filter((c) => c.visibility === 'public');
      expect(pub.length, id).toBeGreaterThanOrEqual(5);
      expect(p.tests.cases.length - pub.length, id).toBeGreaterThanOrEqual(15);
      expect(Object.keys(p.sources.buggy).length, id).toBeGreaterThanOrEqual(2);
      expect(p.problem.complexity, id).toBeTruthy();
    }
  });

  it('are found through a loaded pack as well (problemTests)', () => {
    const problems = [...loaded.values()].map((p) => p.problem);
    const problemFiles = Object.fromEntries([...loaded].map(([id, p]) => [`${id}/tests.yaml`, p.tests]));
    const pack = { problems, problemFiles } as unknown as Pack;
    for (const id of ids) expect(problemTests(pack, id).ok, id).toBe(true);
    expect(problemTests(pack, 'no-such-problem').ok).toBe(false);
  });
});

describe.each(ids)('%s', (id) => {
  const p = loaded.get(id) as LoadedProblem;

  it('accepts the reference solution', async () => {
    const r = await judge.judge(p.problem, p.tests, p.sources.reference, 'submit');
    expect(r.tests.filter((t) => !t.passed).map((t) => `${t.name}: ${t.message}`)).toEqual([]);
    expect(r.verdict).toBe('accepted');
    expect(r.passed).toBe(r.total);
  });

  it.each(Object.keys(p.sources.buggy))('rejects the buggy variant %s', async (name) => {
    const r = await judge.judge(p.problem, p.tests, p.sources.buggy[name] as string, 'submit');
    expect(r.verdict).not.toBe('accepted');
    expect(r.verdict).not.toBe('compile-error');
    expect(r.passed).toBeLessThan(r.total);
  });

  it('accepts the starter code as valid code that fails the tests', async () => {
    const r = await judge.judge(p.problem, p.tests, p.problem.starter.ts, 'run');
    expect(r.verdict).not.toBe('compile-error');
    expect(r.verdict).not.toBe('accepted');
  });
});
