/** Runs the real `keeper` CLI as a child process, as a user would. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PACK } from '../../test/support/server.js';

const MAIN = join(import.meta.dirname, 'main.ts');

function keeper(args: string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--no-node-snapshot', '--import', 'tsx', MAIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('keeper CLI', () => {
  it('explains itself in --help', () => {
    const r = keeper(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['serve', 'pack', 'questions']) expect(r.stdout).toContain(cmd);
    const serveHelp = keeper(['serve', '--help']);
    expect(serveHelp.stdout).toContain('KEEPER_DATABASE_URL');
    expect(serveHelp.stdout).toContain('--port');
  });

  it('validates a good pack with exit 0', () => {
    const r = keeper(['pack', 'validate', FIXTURE_PACK]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid');
  });

  it('reports every problem in a broken pack as path:line: message, exit 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keeper-pack-'));
    try {
      cpSync(FIXTURE_PACK, dir, { recursive: true });
      mkdirSync(join(dir, 'questions'), { recursive: true });
      writeFileSync(
        join(dir, 'questions', 'broken.yaml'),
        ['questions:', '  - id: Bad Id', '    text: Hello?', '    round: nowhere', ''].join('\n'),
      );
      writeFileSync(join(dir, 'loops', 'bad.yaml'), 'id: [unclosed\n');
      const r = keeper(['pack', 'validate', dir]);
      expect(r.code).toBe(1);
      const lines = r.stdout.trim().split('\n');
      expect(lines.some((l) => /questions\/broken\.yaml:2: questions\.0\.id: must be kebab-case/.test(l))).toBe(true);
      expect(lines.some((l) => /questions\/broken\.yaml:4: questions\.0\.round: /.test(l))).toBe(true);
      expect(lines.some((l) => /loops\/bad\.yaml:\d+: YAML syntax/.test(l))).toBe(true);
      expect(lines.every((l) => /^.+:\d+: .+/.test(l))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists questions as JSON with the contract fields and filters', () => {
    const r = keeper(['questions', '--json', '--pack', FIXTURE_PACK, '--value', 'courage']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(list.length).toBeGreaterThan(0);
    for (const q of list) {
      for (const key of ['id', 'text', 'round', 'category', 'values', 'roles', 'levels', 'keyPoints']) expect(q).toHaveProperty(key);
      expect(q.values).toContain('courage');
    }
    const none = JSON.parse(keeper(['questions', '--json', '--pack', FIXTURE_PACK, '--value', 'nothing']).stdout) as unknown[];
    expect(none).toEqual([]);
  });

  it('serves, answers health and stops cleanly on SIGINT', async () => {
    const data = mkdtempSync(join(tmpdir(), 'keeper-serve-'));
    const child = spawn(process.execPath, ['--no-node-snapshot', '--import', 'tsx', MAIN, 'serve', '--port', '0', '--data', data, '--pack', FIXTURE_PACK], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${out} ${err}`)), 30_000);
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString();
          const m = /running at (http:\/\/\S+?)\/? /.exec(out);
          if (m?.[1]) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
      });
      const health = await fetch(`${url}/api/health`);
      expect(await health.json()).toMatchObject({ ok: true });
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(err).toContain('stopped cleanly');
    } finally {
      child.kill('SIGKILL');
      rmSync(data, { recursive: true, force: true });
    }
  });
});
