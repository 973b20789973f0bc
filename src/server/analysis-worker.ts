/**
 * One analysis worker thread (see analysis-pool.ts): it receives the plain pack once through
 * `workerData`, warms the analyzer up, says `ready`, then answers `{ id, input, questionId? }`
 * messages with `{ type: 'result', id, json }` (the analysis as JSON text, `JSON.stringify` of the
 * analysis object) or `{ type: 'failed', id, message }`. JSON text is cheaper to pass back than the
 * object (no structured clone on either side) and is what the HTTP response needs anyway.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeAnswer, type AnalyzeRequest } from '../core/analyze.js';
import type { Pack, Question } from '../core/pack/index.js';

export interface AnalysisJob {
  readonly id: number;
  readonly input: AnalyzeRequest;
  /**
   * A question of the pack, by id, sent instead of `input.question` (the worker has the pack; a
   * question object would be cloned for every request).
   */
  readonly questionId?: string;
}

export type FromAnalysisWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly id: number; readonly json: string }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

export interface AnalysisWorkerData {
  readonly pack: Pack;
}

const port = parentPort;
if (!port) throw new Error('analysis-worker.ts runs only as a worker thread (see analysis-pool.ts)');
const { pack } = workerData as AnalysisWorkerData;
/** The pack's questions by id (the first of a repeated id, as `findQuestion` and the pool pick it). */
const questions = new Map<string, Question>();
for (const q of pack.questions) if (!questions.has(q.id)) questions.set(q.id, q);

// Warm up: the language model and the pack's cue indexes load on first use (a few hundred ms).
analyzeAnswer(pack, { answer: 'I led the migration and cut latency by 40%.' });
port.postMessage({ type: 'ready' } satisfies FromAnalysisWorker);

port.on('message', (job: AnalysisJob) => {
  let reply: FromAnalysisWorker;
  try {
    const input = job.questionId === undefined ? job.input : { ...job.input, question: questions.get(job.questionId) };
    reply = { type: 'result', id: job.id, json: JSON.stringify(analyzeAnswer(pack, input)) };
  } catch (err) {
    reply = { type: 'failed', id: job.id, message: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  port.postMessage(reply);
});
