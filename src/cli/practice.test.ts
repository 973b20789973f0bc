/**
 * `keeper practice` driven like a terminal session: the real CLI as a child process, answers typed
 * into its standard input when it asks for them, its output read as it comes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_PACK } from '../../test/support/server.js';
import type { LoopState } from '../core/loop/index.js';
import { LOCAL_USER_ID, openStore } from '../store/index.js';

const MAIN = join(import.meta.dirname, 'main.ts');

interface Session {
  /** Resolves with the output so far once it matches `pattern` (counting from `from` characters in). */
  waitFor(pattern: RegExp, from?: number, timeoutMs?: number): Promise<string>;
  type(text: string): void;
  end(): void;
  readonly output: () => string;
  readonly done: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

function session(args: string[], env: Record<string, string> = {}): Session {
  const child = spawn(process.execPath, ['--no-node-snapshot', '--import', 'tsx', MAIN, ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    for (const l of listeners) l();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    child.on('close', (code) => {
      for (const l of listeners) l();
      resolve({ code, stdout, stderr });
    });
  });
  return {
    waitFor(pattern, from = 0, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          if (pattern.test(stdout.slice(from))) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve(stdout);
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`timed out waiting for ${String(pattern)}; output so far:\n${stdout}\nstderr:\n${stderr}`));
        }, timeoutMs);
        listeners.add(check);
        check();
      });
    },
    type(text) {
      child.stdin.write(text);
    },
    end() {
      child.stdin.end();
    },
    output: () => stdout,
    done,
  };
}

let data = '';
beforeEach(() => {
  data = mkdtempSync(join(tmpdir(), 'keeper-practice-'));
});
afterEach(() => {
  rmSync(data, { recursive: true, force: true });
});

async function savedLoop(): Promise<LoopState> {
  const store = await openStore({ dataDir: data });
  try {
    const [summary] = await store.loops.list(LOCAL_USER_ID);
    const stored = summary ? await store.loops.get(LOCAL_USER_ID, summary.id) : undefined;
    if (!stored) throw new Error('no loop saved');
    return stored.state as LoopState;
  } finally {
    await store.close();
  }
}

const base = ['practice', '--pack', FIXTURE_PACK, '--seed', 'cli'];
const ANSWER = 'I owned the billing migration. I pushed back on the launch date with data.\nThe result was zero incidents and 30% lower latency.\n.\n';

describe('keeper practice (scripted terminal session)', () => {
  it('asks, times, gives feedback, follows up and ends with a verdict', async () => {
    const s = session([...base, '--data', data]);
    await s.waitFor(/Interviewer: .+/);
    expect(s.output()).toMatch(/Recruiter screen, 30 minutes, with the Recruiter/);
    await s.waitFor(/Type your answer \(\d+:\d\d left\)/);
    s.type(ANSWER);
    const mark = s.output().length;
    await s.waitFor(/Interviewer \(follow-up\): .+[\s\S]*Type your answer/, mark);
    expect(s.output().slice(mark)).toMatch(/Feedback: \d+\/100/);
    expect(s.output().slice(mark)).toMatch(/\(why: .+/);
    s.type('Looking back I would have raised it a week earlier; I learned to share risks early.\n.\n');
    const { code, stdout } = await s.done;
    expect(code).toBe(0);
    expect(stdout).toMatch(/Recruiter's verdict on the Recruiter screen: (STRONG NO HIRE|NO HIRE|HIRE|STRONG HIRE) \(\d+\/100\)/);
    expect(stdout).toMatch(/Answered 1 of 1 question/);
    expect(stdout).toMatch(/Saved as mock loop [\w-]+/);
    const loop = await savedLoop();
    expect(loop.phase).toBe('finished');
    expect(loop.rounds[0]?.exchanges.map((e) => e.kind)).toEqual(['question', 'follow-up']);
    expect(loop.rounds[0]?.exchanges[0]?.answer).toBe(ANSWER.slice(0, -3));
  });

  it('ends the round when time runs out mid-answer, keeping the draft', async () => {
    const s = session([...base, '--data', data, '--minutes', '0.05']);
    await s.waitFor(/Type your answer/);
    expect(s.output()).toMatch(/3 seconds/);
    s.type('I started to explain the situation and then\n');
    const { code, stdout } = await s.done;
    expect(code).toBe(0);
    expect(stdout).toMatch(/Time is up\. The round ends with what you answered; your unfinished answer is kept as a draft/);
    expect(stdout).toMatch(/STRONG NO HIRE \(0\/100\)/);
    const loop = await savedLoop();
    expect(loop.rounds[0]).toMatchObject({ endReason: 'time-up' });
    expect(loop.rounds[0]?.exchanges[0]).toMatchObject({ status: 'cut-off', draft: 'I started to explain the situation and then' });
  });

  it('takes answers from $EDITOR', async () => {
    const editor = join(data, 'editor.mjs');
    writeFileSync(editor, "import { writeFileSync } from 'node:fs';\nwriteFileSync(process.argv[2], 'I chose to push back, and I measured a 25% drop in errors.\\n# ignored line\\n');\n");
    const s = session([...base, '--data', data, '--editor'], { EDITOR: `${process.execPath} ${editor}`, VISUAL: '' });
    const { code, stdout } = await s.done;
    expect(code).toBe(0);
    expect(stdout).toMatch(/Feedback: \d+\/100/);
    const loop = await savedLoop();
    expect(loop.rounds[0]?.exchanges.map((e) => e.answer)).toEqual([
      'I chose to push back, and I measured a 25% drop in errors.',
      'I chose to push back, and I measured a 25% drop in errors.',
    ]);
  });

  it('":q" ends the round early and explains bad options', async () => {
    const s = session([...base, '--data', data]);
    await s.waitFor(/Type your answer/);
    s.type(':q\n');
    const { code, stdout } = await s.done;
    expect(code).toBe(0);
    expect(stdout).toMatch(/Round ended early/);
    expect((await savedLoop()).rounds[0]?.endReason).toBe('ended-early');

    const bad = session([...base, '--data', data, '--role', 'wizard']);
    const r = await bad.done;
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Unknown role "wizard"; use one of swe, em/);
  });
});
