/**
 * One analysis worker thread (see analysis-pool.ts): it receives the plain pack once through
 * `workerData`, warms the analyzer up, says `ready`, then answers `{ id, input }` messages with
 * `{ id, ok: true, result }` (the plain analysis object) or `{ id, ok: false, message }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeAnswer, type AnalyzeRequest } from '../core/analyze.js';
import type { Pack } from '../core/pack/index.js';

export interface AnalysisJob {
  readonly id: number;
  readonly input: AnalyzeRequest;
}

export type FromAnalysisWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly id: number; readonly result: unknown }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

export interface AnalysisWorkerData {
  readonly pack: Pack;
}

const port = parentPort;
if (!port) throw new Error('analysis-worker.ts runs only as a worker thread (see analysis-pool.ts)');
const { pack } = workerData as AnalysisWorkerData;

// Warm up: the language model and the pack's cue indexes load on first use (a few hundred ms).
analyzeAnswer(pack, { answer: 'I led the migration and cut latency by 40%.' });
port.postMessage({ type: 'ready' } satisfies FromAnalysisWorker);

port.on('message', (job: AnalysisJob) => {
  let reply: FromAnalysisWorker;
  try {
    reply = { type: 'result', id: job.id, result: analyzeAnswer(pack, job.input) };
  } catch (err) {
    reply = { type: 'failed', id: job.id, message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  port.postMessage(reply);
});
