/**
 * Answer analysis off the event loop: a pool of worker threads, each holding its own copy of the
 * pack and running `analyzeAnswer` (src/core/analyze.ts). Requests queue in the pool and go to the
 * least-busy worker; results come back as JSON text (`analyzeJson`, what POST /api/analyze sends) or
 * parsed into plain objects (`analyze`), identical to inline analysis. A question of the pack travels
 * as its id. A worker that
 * dies is replaced and the requests it held fail (the route answers INTERNAL). Size: `workers`, else
 * env `KEEPER_ANALYSIS_WORKERS`, else `os.availableParallelism()`; 0 means "analyse inline".
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Pack, Question } from '../core/pack/index.js';
import type { AnalysisJob, AnalysisWorkerData, FromAnalysisWorker } from './analysis-worker.js';
import type { AnalysisResult, AnalyzeInput } from './deps.js';

export interface AnalysisPoolOptions {
  /** Worker threads (at least 1). */
  readonly workers: number;
  /**
   * Jobs handed to one worker before it answers (default 2): a second job waits in the worker's
   * own queue, so the worker does not sit idle while the busy event loop gets round to its result.
   */
  readonly perWorker?: number;
}

export interface AnalysisPool {
  readonly size: number;
  analyze(input: AnalyzeInput): Promise<AnalysisResult>;
  /** The analysis as JSON text: exactly `JSON.stringify` of what `analyze` gives. */
  analyzeJson(input: AnalyzeInput): Promise<string>;
  /** Requests waiting for a worker, and requests handed to workers and not yet answered. */
  load(): { queued: number; running: number };
  /** Resolves once every worker has loaded the pack and warmed up; rejects if one failed to start. */
  ready(): Promise<void>;
  /** Stops the workers; queued and running requests fail. */
  close(): Promise<void>;
  /** Terminates worker `index` as if it crashed (tests, operations); it is replaced. */
  kill(index: number): Promise<void>;
}

/** Worker count from the environment: `KEEPER_ANALYSIS_WORKERS` (0 = inline), else the cores. */
export function analysisWorkersFromEnv(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env.KEEPER_ANALYSIS_WORKERS?.trim();
  if (raw === undefined || raw === '') return availableParallelism();
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`KEEPER_ANALYSIS_WORKERS must be a whole number ≥ 0 (0 = analyse inline), not "${raw}"`);
  return n;
}

/**
 * How to start a worker. From the built dist it is the plain .js entry. From TypeScript sources (tsx:
 * dev, tests) `--import tsx` in a worker's execArgv does not reach the worker's entry on Node 20, so a
 * tiny bootstrap registers tsx's loader inside the worker and then imports the .ts entry.
 */
function workerEntry(): { script: string | URL; eval: boolean } {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) return { script: new URL('./analysis-worker.js', import.meta.url), eval: false };
  // tsx/esm/api (its ESM build: the CommonJS one cannot find its loader from a worker).
  const tsxApi = new URL('esm/api/index.mjs', pathToFileURL(createRequire(import.meta.url).resolve('tsx'))).href;
  const entry = new URL('./analysis-worker.ts', import.meta.url).href;
  return { script: `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`, eval: true };
}

interface Job {
  readonly id: number;
  readonly input: AnalyzeInput;
  resolve(json: string): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  readonly jobs: Map<number, Job>;
  ready: Promise<void>;
  /** False between a worker's death and its replacement: nothing is sent to it then. */
  alive: boolean;
}

/** Pause before replacing a worker that died while starting (so a broken setup does not spin). */
const RESTART_DELAY_MS = 1000;

export function createAnalysisPool(pack: Pack, opts: AnalysisPoolOptions): AnalysisPool {
  if (!Number.isInteger(opts.workers) || opts.workers < 1) throw new Error(`an analysis pool needs at least one worker, not ${opts.workers}`);
  const perWorker = Math.max(1, opts.perWorker ?? 2);
  const entry = workerEntry();
  const data: AnalysisWorkerData = { pack };
  // The pack's questions by id, first of a repeated id (as findQuestion and the worker pick it); built on first use.
  let questions: Map<string, Question> | undefined;
  /** The message for a job: a question of this pack goes as its id, anything else as it is. */
  const message = (job: Job): AnalysisJob => {
    const q = job.input.question;
    if (q === undefined) return { id: job.id, input: job.input };
    if (!questions) {
      questions = new Map();
      for (const p of pack.questions) if (!questions.has(p.id)) questions.set(p.id, p);
    }
    if (questions.get(q.id) !== q) return { id: job.id, input: job.input };
    const { question: _question, ...rest } = job.input;
    return { id: job.id, input: rest, questionId: q.id };
  };
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 1;
  let closed = false;

  const start = (slot?: Slot): Slot => {
    const worker = new Worker(entry.script, { eval: entry.eval, workerData: data });
    const s: Slot = slot ?? { worker, jobs: new Map(), ready: Promise.resolve(), alive: true };
    s.worker = worker;
    s.alive = true;
    let started = false;
    // An idle worker must not keep a process alive; one holding jobs does until it answers.
    worker.unref();
    let lastError: Error | undefined;
    s.ready = new Promise((resolve, reject) => {
      const onMessage = (m: FromAnalysisWorker): void => {
        if (m.type !== 'ready') return;
        worker.off('message', onMessage);
        started = true;
        resolve();
      };
      worker.on('message', onMessage);
      worker.once('exit', (code) => (closed ? resolve() : reject(new Error(`an analysis worker failed to start (exit code ${code}${lastError ? `: ${lastError.message}` : ''})`))));
    });
    s.ready.catch(() => undefined);
    worker.on('message', (m: FromAnalysisWorker) => {
      if (m.type === 'ready') return;
      const job = s.jobs.get(m.id);
      if (!job) return;
      s.jobs.delete(m.id);
      if (s.jobs.size === 0) worker.unref();
      if (m.type === 'result') job.resolve(m.json);
      else job.reject(new Error(`analysis failed in a worker: ${m.message}`));
      dispatch();
    });
    worker.on('error', (err) => {
      lastError = err;
    });
    worker.on('exit', (code) => {
      if (s.worker !== worker) return;
      const why = closed ? 'the analysis pool was closed' : `an analysis worker ${started ? 'stopped' : 'failed to start'} (exit code ${code}${lastError ? `: ${lastError.message}` : ''})`;
      s.alive = false;
      for (const job of s.jobs.values()) job.reject(new Error(why));
      s.jobs.clear();
      if (closed) return;
      if (started) {
        start(s);
        dispatch();
        return;
      }
      // It died while starting: fail what waits (it may never start), retry a little later.
      for (const job of queue.splice(0)) job.reject(new Error(why));
      setTimeout(() => {
        if (closed) return;
        start(s);
        dispatch();
      }, RESTART_DELAY_MS).unref();
    });
    return s;
  };

  function dispatch(): void {
    while (queue.length > 0) {
      let best: Slot | undefined;
      for (const s of slots) if (s.alive && s.jobs.size < perWorker && (!best || s.jobs.size < best.jobs.size)) best = s;
      if (!best) return;
      const job = queue.shift();
      if (!job) return;
      best.jobs.set(job.id, job);
      best.worker.ref();
      best.worker.postMessage(message(job));
    }
  }

  function analyzeJson(input: AnalyzeInput): Promise<string> {
    if (closed) return Promise.reject(new Error('the analysis pool is closed'));
    return new Promise<string>((resolve, reject) => {
      queue.push({ id: nextId++, input, resolve, reject });
      dispatch();
    });
  }

  for (let i = 0; i < opts.workers; i++) slots.push(start());

  return {
    size: opts.workers,
    analyze(input) {
      return analyzeJson(input).then((json) => JSON.parse(json) as AnalysisResult);
    },
    analyzeJson,
    load() {
      return { queued: queue.length, running: slots.reduce((n, s) => n + s.jobs.size, 0) };
    },
    async ready() {
      await Promise.all(slots.map((s) => s.ready));
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('the analysis pool was closed'));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
    async kill(index) {
      const s = slots[index];
      if (!s) throw new Error(`there is no analysis worker ${index}`);
      await s.worker.terminate();
    },
  };
}
