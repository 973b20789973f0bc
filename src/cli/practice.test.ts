/**
 * `keeper practice` driven like a terminal session: the real CLI as a child process, answers typed
 * into its standard input when it asks for them, its output read as it comes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_PACK } from '../../test/support/server.js';
import { MAX_FOLLOW_UPS_PER_ROUND, findGaps, followUpCount, type LoopState } from '../core/loop/index.js';
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
/** Answers to whatever follow-ups the interviewer asks, in turn. */
const FOLLOW_UP_ANSWERS = [
  'Looking back I would have raised it a week earlier; I learned to share risks early.',
  'It was at my last company, three weeks before a launch that carried our biggest customer contract, and the director owned the date.',
];
const FOLLOW_UP = /Interviewer \(follow-up\): (.+)\n/;
const VERDICT = /Recruiter's verdict on the Recruiter screen: (STRONG NO HIRE|NO HIRE|HIRE|STRONG HIRE) \(\d+\/100\)/;

/** How many follow-ups the interviewer should ask after the round's only answer, from that answer's analysis. */
function expectedFollowUps(loop: LoopState): number {
  const main = loop.rounds[0]?.exchanges[0];
  if (!main?.analysis) throw new Error('the main answer was not analysed');
  return followUpCount(1, 0, 0, findGaps(main.analysis).length);
}

describe('keeper practice (scripted terminal session)', () => {
  it('asks, times, gives feedback, follows up and ends with a verdict', async () => {
    const s = session([...base, '--data', data]);
    await s.waitFor(/Interviewer: .+/);
    expect(s.output()).toMatch(/Recruiter screen, 30 minutes, with the Recruiter/);
    await s.waitFor(/Type your answer \(\d+:\d\d left\)/);
    s.type(ANSWER);
    let mark = s.output().length;
    // Answer every follow-up the CLI asks, until the verdict.
    const asked: string[] = [];
    const typed: string[] = [];
    for (;;) {
      await s.waitFor(new RegExp(`${FOLLOW_UP.source}[\\s\\S]*Type your answer|${VERDICT.source}`), mark);
      const turn = s.output().slice(mark);
      if (asked.length === 0) expect(turn).toMatch(/Feedback: \d+\/100/);
      else expect(turn).toMatch(/^\((That covers .+|That still leaves .+ open|That adds depth|That stays thin; add the specifics|noted)\.?\)$/m);
      const followUp = FOLLOW_UP.exec(turn);
      if (!followUp || VERDICT.test(turn)) break;
      expect(turn).toMatch(/\(why: Gap: .+|\(why: No clear gap/);
      asked.push(followUp[1] ?? '');
      const answer = FOLLOW_UP_ANSWERS[(asked.length - 1) % FOLLOW_UP_ANSWERS.length] ?? '';
      typed.push(answer);
      mark = s.output().length;
      s.type(`${answer}\n.\n`);
      expect(asked.length).toBeLessThanOrEqual(MAX_FOLLOW_UPS_PER_ROUND);
    }
    const { code, stdout } = await s.done;
    expect(code).toBe(0);
    expect(stdout).toMatch(VERDICT);
    expect(stdout).toMatch(/Answered 1 of 1 question/);
    expect(stdout).toMatch(/Saved as mock loop [\w-]+/);
    const loop = await savedLoop();
    expect(loop.phase).toBe('finished');
    const exchanges = loop.rounds[0]?.exchanges ?? [];
    // One main question, then exactly the follow-ups the CLI printed, each with the answer typed to it.
    expect(asked.length).toBeGreaterThanOrEqual(1);
    expect(asked.length).toBe(expectedFollowUps(loop));
    expect(exchanges.map((e) => e.kind)).toEqual(['question', ...asked.map(() => 'follow-up')]);
    expect(exchanges[0]?.answer).toBe(ANSWER.slice(0, -3));
    expect(exchanges.slice(1).map((e) => e.prompt)).toEqual(asked);
    expect(exchanges.slice(1).map((e) => e.answer)).toEqual(typed);
    expect(exchanges.every((e) => e.status === 'done')).toBe(true);
    // The verdict reports on each follow-up it asked.
    expect(stdout.match(/• (Follow-up on .+|The deeper follow-up): /g)?.length ?? 0).toBe(asked.length);
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
    const opened = join(data, 'opened.log');
    // The editor notes which prompt it was opened on (the "# " line Keeper writes), then writes the answer.
    writeFileSync(
      editor,
      [
        "import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';",
        "const prompt = readFileSync(process.argv[2], 'utf8').split('\\n').find((l) => l.startsWith('# ') && !l.startsWith('# Write')) ?? '';",
        `appendFileSync(${JSON.stringify(opened)}, prompt.slice(2) + '\\n');`,
        "writeFileSync(process.argv[2], 'I chose to push back, and I measured a 25% drop in errors.\\n# ignored line\\n');",
      ].join('\n'),
    );
    const s = session([...base, '--data', data, '--editor'], { EDITOR: `${process.execPath} ${editor}`, VISUAL: '' });
    const { code, stdout } = await s.done;
    expect(code).toBe(0);
    expect(stdout).toMatch(/Feedback: \d+\/100/);
    expect(stdout).toMatch(VERDICT);
    const loop = await savedLoop();
    const exchanges = loop.rounds[0]?.exchanges ?? [];
    const printed = [...stdout.matchAll(new RegExp(FOLLOW_UP.source, 'g'))].map((m) => m[1]);
    // Every prompt (the question, then each follow-up the CLI printed) was answered in the editor, comment lines dropped.
    expect(printed.length).toBe(expectedFollowUps(loop));
    expect(exchanges.map((e) => e.kind)).toEqual(['question', ...printed.map(() => 'follow-up')]);
    expect(exchanges.map((e) => e.answer)).toEqual(exchanges.map(() => 'I chose to push back, and I measured a 25% drop in errors.'));
    expect(readFileSync(opened, 'utf8').trim().split('\n')).toEqual(exchanges.map((e) => e.prompt));
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
