/**
 * The judge that servers and the CLI use: submissions run in a small pool of worker processes,
 * each judging one submission at a time in a fresh isolate. The host never runs untrusted code
 * itself, so even a submission that makes V8 abort only costs one worker, which is replaced; the
 * submission gets a memory-limit verdict. The host's event loop only passes messages.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createInProcessJudge, failedResult, type Judge, type JudgeOptions, type JudgeProblem } from './judge.js';
import type { TestsFile } from './test-schema.js';
import type { JudgeMode, JudgeResult } from './types.js';
import type { FromWorker, JudgeJob, WorkerSettings } from './worker-protocol.js';

export interface PoolOptions extends JudgeOptions {
  /** 'process' (default): worker processes. 'in-process': isolates in this process (trusted code only). */
  readonly isolation?: 'process' | 'in-process';
  /** Worker processes (default: the number of cores, at least 2). Also the number judged at once. */
  readonly workers?: number;
  /** Start every worker now instead of on first use (servers: the first submission is fast). */
  readonly prestart?: boolean;
}

interface Pending {
  readonly job: JudgeJob;
  readonly problem: JudgeProblem;
  readonly tests: TestsFile;
  readonly started: number;
  resolve(result: JudgeResult): void;
  reject(err: Error): void;
}

/** Extra time, beyond the problem's own limits, before the host gives up on a worker. */
const HOST_GRACE_MS = 10_000;

function workerCommand(): { entry: string; execArgv: string[] } {
  const here = fileURLToPath(import.meta.url);
  const dir = dirname(here);
  if (here.endsWith('.ts')) {
    const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    return { entry: join(dir, 'worker.ts'), execArgv: ['--no-node-snapshot', '--import', tsx] };
  }
  return { entry: join(dir, 'worker.js'), execArgv: ['--no-node-snapshot'] };
}

class Worker {
  readonly child: ChildProcess;
  readonly known = new Set<string>();
  pending: Pending | undefined;
  ready: Promise<void>;
  dead = false;
  /** True once the worker said it is ready (a worker that dies before that failed to start). */
  started = false;
  private catastrophic: string | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    settings: WorkerSettings,
    private readonly onExit: (w: Worker) => void,
    private readonly onIdle: (w: Worker) => void,
  ) {
    const { entry, execArgv } = workerCommand();
    this.child = fork(entry, [], {
      execArgv,
      env: { ...process.env, KEEPER_JUDGE_WORKER: JSON.stringify(settings) },
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      serialization: 'advanced',
    });
    this.ready = new Promise((resolve) => {
      const onMessage = (m: FromWorker): void => {
        if (m.type === 'ready') {
          this.child.off('message', onMessage);
          this.started = true;
          resolve();
        }
      };
      this.child.on('message', onMessage);
      this.child.once('exit', () => resolve());
    });
    this.child.on('message', (m: FromWorker) => this.handle(m));
    this.child.on('exit', () => this.exited());
    this.child.on('error', () => this.exited());
    this.idle();
  }

  run(p: Pending): void {
    this.pending = p;
    this.busy();
    const limits = p.problem.limits;
    this.timer = setTimeout(() => this.child.kill('SIGKILL'), limits.timeMsTotal * 2 + limits.timeMsPerTest + HOST_GRACE_MS);
    const sendTests = !this.known.has(p.job.testsKey);
    this.known.add(p.job.testsKey);
    this.child.send(sendTests ? p.job : { ...p.job, tests: undefined });
  }

  kill(): void {
    this.dead = true;
    this.child.kill('SIGKILL');
  }

  private handle(m: FromWorker): void {
    if (m.type === 'catastrophic') {
      this.catastrophic = m.message;
      return;
    }
    if (m.type === 'ready') return;
    const p = this.pending;
    if (!p || p.job.id !== m.id) return;
    this.finish();
    if (m.type === 'result') p.resolve(m.result);
    else p.reject(new Error(`the judge worker failed: ${m.message}`));
    this.onIdle(this);
  }

  private finish(): void {
    clearTimeout(this.timer);
    this.pending = undefined;
    this.idle();
  }

  private exited(): void {
    if (this.dead && !this.pending) return;
    this.dead = true;
    const p = this.pending;
    this.finish();
    if (p) {
      const ms = Math.round((performance.now() - p.started) * 100) / 100;
      const result = this.catastrophic
        ? failedResult(p.problem, p.tests, p.job.mode, 'memory-limit', 'the sandbox ran out of memory so badly that its worker process had to be replaced', ms)
        : failedResult(p.problem, p.tests, p.job.mode, 'time-limit', 'the sandbox stopped responding and its worker process was replaced', ms);
      p.resolve(result);
    }
    this.onExit(this);
  }

  /** Idle workers do not keep the host process alive. */
  private idle(): void {
    this.child.unref();
    (this.child.channel as { unref?: () => void } | undefined)?.unref?.();
  }

  /** Keeps the host alive while a submission waits for or runs on this worker. */
  hold(): void {
    this.busy();
  }

  private busy(): void {
    this.child.ref();
    (this.child.channel as { ref?: () => void } | undefined)?.ref?.();
  }
}

export function createJudge(opts: PoolOptions = {}): Judge {
  if (opts.isolation === 'in-process') return createInProcessJudge(opts);
  const size = Math.max(1, opts.workers ?? opts.maxConcurrent ?? Math.max(2, availableParallelism()));
  const settings: WorkerSettings = { timeScale: opts.timeScale ?? 1, revealHidden: opts.revealHidden ?? false };
  const workers: Worker[] = [];
  const queue: Pending[] = [];
  const keys = new WeakMap<TestsFile, string>();
  let nextKey = 0;
  let nextId = 0;
  let closed = false;
  let startFailures = 0;

  const spawn = (): Worker => {
    const w = new Worker(settings, onExit, dispatch);
    workers.push(w);
    return w;
  };

  const dispatch = (): void => {
    while (queue.length > 0) {
      let w = workers.find((x) => !x.dead && !x.pending);
      if (!w && workers.length < size) w = spawn();
      if (!w) return;
      const p = queue.shift() as Pending;
      const worker = w;
      worker.pending = p;
      worker.hold();
      void worker.ready.then(() => {
        if (!worker.dead) {
          startFailures = 0;
          worker.run(p);
          return;
        }
        worker.pending = undefined;
        if (!worker.started && ++startFailures >= 3) {
          p.reject(new Error('the judge worker process could not start (is node started with the right flags and is tsx or the build available?)'));
          return;
        }
        queue.unshift(p);
        dispatch();
      });
    }
  };
  const onExit = (w: Worker): void => {
    const i = workers.indexOf(w);
    if (i >= 0) workers.splice(i, 1);
    if (closed) return;
    // Replace a worker that had been running, so the next submission does not wait for a start.
    if (w.started && workers.length < size) spawn();
    dispatch();
  };

  if (opts.prestart) while (workers.length < size) spawn();

  return {
    judge(problem, tests, code, mode: JudgeMode) {
      if (closed) return Promise.reject(new Error('the judge is closed'));
      let key = keys.get(tests);
      if (key === undefined) {
        key = `t${++nextKey}`;
        keys.set(tests, key);
      }
      const job: JudgeJob = { type: 'judge', id: ++nextId, problem: { id: problem.id, entry: problem.entry, limits: problem.limits }, testsKey: key, tests, code, mode };
      return new Promise<JudgeResult>((resolve, reject) => {
        queue.push({ job, problem, tests, started: performance.now(), resolve, reject });
        dispatch();
      });
    },
    get load() {
      return { running: workers.filter((w) => w.pending).length, waiting: queue.length };
    },
    close() {
      closed = true;
      for (const p of queue.splice(0)) p.reject(new Error('the judge was closed'));
      for (const w of workers.splice(0)) w.kill();
    },
  };
}

let shared: Judge | undefined;

/** Judges with a process-wide worker-process judge, started on first use. */
export function judge(problem: JudgeProblem, tests: TestsFile, code: string, mode: JudgeMode): Promise<JudgeResult> {
  shared ??= createJudge();
  return shared.judge(problem, tests, code, mode);
}
