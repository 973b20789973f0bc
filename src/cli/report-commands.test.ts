/** Runs the real `keeper` CLI for reports, export, import and delete-my-data. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_PACK } from '../../test/support/server.js';
import { LOCAL_USER_ID, openStore } from '../store/index.js';

const MAIN = join(import.meta.dirname, 'main.ts');
let dir = '';
let data = '';

function keeper(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--no-node-snapshot', '--import', 'tsx', MAIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, KEEPER_DATA: data, KEEPER_PACK: FIXTURE_PACK },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const pdfText = (file: string): string => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'keeper-cli-report-'));
  data = join(dir, 'data');
  const store = await openStore({ dataDir: data });
  await store.attempts.add({
    id: 'att-cli-1',
    userId: LOCAL_USER_ID,
    kind: 'behavioral',
    questionId: 'courage-challenged-senior',
    answer: 'I told the director the launch date was unsafe and showed the incident data.',
    analysis: {
      kind: 'behavioral',
      score: 64,
      verdict: 'hire',
      sentences: [{ index: 0, start: 0, end: 77, text: 'I told the director the launch date was unsafe and showed the incident data.', star: 'action' }],
      fixes: ['Say what happened next, with a number.'],
      followUp: 'What did the director decide?',
    },
    score: 64,
    meta: {},
    createdAt: '2026-11-10T09:00:00.000Z',
  });
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('keeper report', () => {
  it('writes an attempt PDF with the answer and the fixes', () => {
    const file = join(dir, 'attempt.pdf');
    const r = keeper(['report', 'attempt', '--latest', '--pdf', file]);
    expect(r.stderr).toContain(`Wrote ${file}`);
    expect(r.code).toBe(0);
    const text = pdfText(file);
    expect(text).toContain('I told the director the launch date was unsafe');
    expect(text).toContain('Say what happened next, with a number.');
    expect(text).toContain('Page 1 of');
  });

  it('writes sample reports without a data folder, and asks for --pdf', () => {
    const file = join(dir, 'progress.pdf');
    expect(keeper(['report', 'progress', '--sample', '--pdf', file]).code).toBe(0);
    expect(pdfText(file)).toContain('Progress report');
    const missing = keeper(['report', 'loop', '--sample']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--pdf FILE');
    const unknown = keeper(['report', 'attempt', 'nope', '--pdf', join(dir, 'x.pdf')]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no attempt "nope"');
  });
});

describe('keeper export / delete-my-data / import', () => {
  it('round-trips the profile and refuses a damaged archive', () => {
    const archive = join(dir, 'backup.json');
    const md = join(dir, 'stories.md');
    const exp = keeper(['export', '-o', archive, '--stories', md]);
    expect(exp.code).toBe(0);
    expect(exp.stderr).toContain('1 attempts');
    const before = JSON.parse(readFileSync(archive, 'utf8')) as { attempts: unknown[]; exportedAt: string };
    expect(before.attempts).toHaveLength(1);
    expect(readFileSync(md, 'utf8')).toContain('# Story bank');

    const refuse = keeper(['delete-my-data']);
    expect(refuse.code).toBe(1);
    expect(refuse.stderr).toContain('--yes');
    const del = keeper(['delete-my-data', '--yes']);
    expect(del.stdout).toContain('Deleted 1 attempts');

    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, readFileSync(archive, 'utf8').replace('"courage-challenged-senior"', '42'));
    const bad = keeper(['import', damaged]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('attempts[0].questionId');
    expect(JSON.parse(keeper(['export']).stdout).attempts).toHaveLength(0);

    const imp = keeper(['import', archive]);
    expect(imp.code).toBe(0);
    expect(imp.stdout).toContain('1 attempt added');
    expect(keeper(['import', archive]).stdout).toContain('nothing new added; 1 already there.');
    const after = JSON.parse(keeper(['export']).stdout) as { exportedAt: string };
    expect({ ...after, exportedAt: '' }).toEqual({ ...before, exportedAt: '' });
  });
});
