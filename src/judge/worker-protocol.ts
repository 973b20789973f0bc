/** Messages between the judge pool (host) and a judge worker process. */
import type { JudgeProblem } from './judge.js';
import type { TestsFile } from './test-schema.js';
import type { JudgeMode, JudgeResult } from './types.js';

export interface JudgeJob {
  readonly type: 'judge';
  readonly id: number;
  readonly problem: JudgeProblem;
  /** Identifies the tests; they are sent once per worker and cached there. */
  readonly testsKey: string;
  readonly tests?: TestsFile | undefined;
  readonly code: string;
  readonly mode: JudgeMode;
}

export type ToWorker = JudgeJob;

export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly id: number; readonly result: JudgeResult }
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
  /** V8 lost control of an isolate; the worker exits right after sending this. */
  | { readonly type: 'catastrophic'; readonly id: number | undefined; readonly message: string };

export interface WorkerSettings {
  readonly timeScale: number;
  readonly revealHidden: boolean;
}
