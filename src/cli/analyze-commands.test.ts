/** Runs the real `keeper analyze` CLI as a child process. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN = join(import.meta.dirname, 'main.ts');
const PACK = join(import.meta.dirname, '..', '..', 'content', 'netflix');

function keeper(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--no-node-snapshot', '--import', 'tsx', MAIN, ...args], { encoding: 'utf8', input, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const ANSWER = [
  'Last year our checkout kept timing out during peak hours.',
  'I was asked to fix it before the holiday sale.',
  'I profiled the slowest requests and moved the reservation step to a queue.',
  'Errors fell from six percent to 0.3 percent during the sale.',
  'I learned to profile before guessing.',
].join(' ');

describe('keeper analyze', () => {
  it('analyses a file and prints the contract JSON with --json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keeper-analyze-'));
    try {
      const file = join(dir, 'answer.txt');
      writeFileSync(file, ANSWER);
      const r = keeper(['analyze', file, '--json', '--pack', PACK]);
      expect(r.code).toBe(0);
      const a = JSON.parse(r.stdout) as Record<string, unknown> & { sentences: { start: number; end: number; text: string; star: string }[] };
      expect(a.kind).toBe('behavioral');
      for (const key of ['score', 'verdict', 'sentences', 'star', 'values', 'dimensions', 'flags', 'fixes', 'followUp']) expect(a).toHaveProperty(key);
      for (const s of a.sentences) expect(ANSWER.slice(s.start, s.end)).toBe(s.text);
      expect(a.sentences.map((s) => s.star)).toEqual(['situation', 'task', 'action', 'result', 'result']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads standard input and prints a readable report', () => {
    const r = keeper(['analyze', '--pack', PACK], ANSWER);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Score \d+\/100/);
    expect(r.stdout).toContain('Follow-up:');
  });

  it('rejects an unknown question with a clear message', () => {
    const r = keeper(['analyze', '--question', 'no-such-question', '--pack', PACK], ANSWER);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('keeper questions');
  });

  it('--jsonl writes one analysis per line, in order, and marks bad lines', () => {
    const lines = [JSON.stringify({ text: ANSWER }), '', JSON.stringify({ text: 'I never failed.', questionId: 'courage-risk-that-failed' }), 'not json', JSON.stringify({ text: 'x', questionId: 'nope' })];
    const r = keeper(['analyze', '--jsonl', '--pack', PACK], `${lines.join('\n')}\n`);
    expect(r.code).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ kind: 'behavioral' });
    expect(out[0]).not.toHaveProperty('questionId');
    expect(out[1]).toMatchObject({ kind: 'behavioral', questionId: 'courage-risk-that-failed' });
    expect(out[2]).toMatchObject({ error: { code: 'BAD_LINE' }, line: 4 });
    expect(out[3]).toMatchObject({ error: { code: 'BAD_LINE' }, line: 5 });
  });
});
