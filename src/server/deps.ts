/** What the server needs from the outside, passed to `createServer(deps)`. */
import type { MeasuredDelivery } from '../core/analysis/index.js';
import type { Pack, Question } from '../core/pack/index.js';
import type { Judge } from '../judge/index.js';
import type { Transcriber } from '../speech/index.js';
import type { Store } from '../store/index.js';

/** Any analysis result (behavioral or design JSON of CONTRACTS.md). */
export interface AnalysisResult {
  readonly kind: string;
  readonly score: number;
  readonly [key: string]: unknown;
}

export interface AnalyzeInput {
  readonly answer: string;
  readonly question?: Question | undefined;
  /** Mermaid text of a design diagram; its labels count as part of the answer. */
  readonly diagram?: string | undefined;
  /** The answer replies to the interviewer's follow-up (a second turn), so it is not judged as a full story. */
  readonly followUp?: boolean | undefined;
  /** Pace, pauses and fillers measured from the answer's recording (behavioral analysis only). */
  readonly delivery?: MeasuredDelivery | undefined;
}

export type Analyzer = (input: AnalyzeInput) => AnalysisResult;

/** The same analysis off the event loop (worker threads, src/server/analysis-pool.ts). */
export type AsyncAnalyzer = (input: AnalyzeInput) => Promise<AnalysisResult>;

/** The same analysis as JSON text: exactly `JSON.stringify` of the analysis object. */
export type AsyncJsonAnalyzer = (input: AnalyzeInput) => Promise<string>;

export interface ServerDeps {
  readonly pack: Pack;
  readonly store: Store;
  /** Turns an answer into its analysis (behavioral or design). */
  readonly analyze: Analyzer;
  /** The same analysis off the event loop; POST /api/analyze and /api/attempts prefer it when present. */
  readonly analyzeAsync?: AsyncAnalyzer | undefined;
  /**
   * The same analysis as JSON text (from the same worker threads); POST /api/analyze sends it as the
   * response body as it is, without parsing and serialising it again on the event loop.
   */
  readonly analyzeJsonAsync?: AsyncJsonAnalyzer | undefined;
  /** Stops what `analyzeAsync` runs on (its worker threads); called when the server closes. */
  readonly closeAnalysis?: (() => Promise<void>) | undefined;
  /** The built web app (web/dist); the app is not served when absent. */
  readonly webRoot?: string | undefined;
  /** The data folder (recordings etc.). */
  readonly dataDir?: string | undefined;
  /** The content pack folder the pack was loaded from (problem sources such as reference solutions live there). */
  readonly packDir?: string | undefined;
  /** Speech-to-text for recorded answers (src/speech); none means the candidate types the transcript. */
  readonly transcriber?: Transcriber | undefined;
  readonly now?: () => Date;
  readonly newId?: () => string;
  /** Fastify logger option: false (default in tests), true, or a pino options object. */
  readonly logger?: boolean | Record<string, unknown>;
  /** Default request-body limit in bytes (1 MiB). */
  readonly bodyLimit?: number;
  /** The coding judge (worker processes), closed with the server; routes start their own on first use when absent. */
  readonly judge?: Judge | undefined;
}

/** Deps with defaults filled in; what route modules receive. */
export interface RouteDeps extends ServerDeps {
  readonly now: () => Date;
  readonly newId: () => string;
  readonly bodyLimit: number;
}
