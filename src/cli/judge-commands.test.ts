/** `keeper judge` and `keeper problems`, run as a user would (a real child process). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const MAIN = join(import.meta.dirname, 'main.ts');
const dir = mkdtempSync(join(tmpdir(), 'keeper-judge-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function keeper(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--no-node-snapshot', '--import', 'tsx', MAIN, ...args], { encoding: 'utf8', timeout: 90_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const GOOD = `export function taskOrder(tasks: string[], deps: [string, string][]): string[] | null {
  const indeg = new Map(tasks.map((t) => [t, 0]));
  const next = new Map<string, string[]>(tasks.map((t) => [t, []]));
  for (const [a, b] of deps) {
    if (!indeg.has(a) || !indeg.has(b)) throw new Error('unknown task');
    next.get(a)!.push(b);
    indeg.set(b, indeg.get(b)! + 1);
  }
  const ready = tasks.filter((t) => indeg.get(t) === 0);
  const out: string[] = [];
  while (ready.length) {
    ready.sort();
    const t = ready.shift()!;
    out.push(t);
    for (const b of next.get(t)!) { indeg.set(b, indeg.get(b)! - 1); if (indeg.get(b) === 0) ready.push(b); }
  }
  return out.length === tasks.length ? out : null;
}
`;

describe('keeper judge', () => {
  it('prints the contract JSON for --public --json and exits 0', () => {
    const r = keeper(['judge', 'task-order', file('good.ts', GOOD), '--public', '--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { problem: string; verdict: string; passed: number; total: number; tests: unknown[] };
    expect(result).toMatchObject({ problem: 'task-order', verdict: 'accepted', passed: 5, total: 5 });
  });

  it('exits 0 on a wrong answer and names the failing test in the text output', () => {
    const r = keeper(['judge', 'task-order', file('naive.js', 'export function taskOrder(tasks) { return [...tasks].sort(); }')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^task-order: WRONG-ANSWER/);
    expect(r.stdout).toContain('FAIL');
  });

  it('reports compile errors at file:line:column, still exit 0', () => {
    const path = file('broken.ts', 'export function taskOrder(tasks: string[]) {\n  return tasks.map((t) => t +);\n}\n');
    const r = keeper(['judge', 'task-order', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${path}:2:`);
  });

  it('exits non-zero for an unknown problem or an unreadable file', () => {
    const unknown = keeper(['judge', 'no-such-problem', file('x.ts', GOOD)]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown problem');
    const missing = keeper(['judge', 'task-order', join(dir, 'missing.ts')]);
    expect(missing.code).toBe(2);
  });

  it('lists problems', () => {
    const r = keeper(['problems', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((p) => p.id)).toEqual(expect.arrayContaining(['ttl-cache', 'token-bucket', 'task-order']));
  });
});
