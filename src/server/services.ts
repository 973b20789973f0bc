/**
 * Builds the services a real server runs with (analysis, judge, transcription …) from the pack and
 * the environment. Used by `keeper serve` and by the end-to-end tests, so both run the same wiring.
 * Each feature adds its service here (one line; see docs/platform.md).
 */
import type { Pack } from '../core/pack/index.js';
import { createTranscriber, type SpeechEnv } from '../speech/index.js';
import { createJudge } from '../judge/index.js';
import { analysisWorkersFromEnv, createAnalysisPool } from './analysis-pool.js';
import { createAnalyzer } from './analyzer.js';
import type { ServerDeps } from './deps.js';

export interface ServiceOptions {
  readonly dataDir: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export type Services = Omit<ServerDeps, 'pack' | 'store'>;

export async function createServices(pack: Pack, opts: ServiceOptions): Promise<Services> {
  const analyze = createAnalyzer(pack);
  // Warm up: the language model and the pack's cue indexes load on first use (a few hundred ms).
  analyze({ answer: 'I led the migration and cut latency by 40%.' });
  // Analysis requests run on worker threads (KEEPER_ANALYSIS_WORKERS, default: the cores; 0 = inline).
  const workers = analysisWorkersFromEnv(opts.env ?? process.env);
  let pool = workers > 0 ? createAnalysisPool(pack, { workers }) : undefined;
  try {
    await pool?.ready();
  } catch (err) {
    process.stderr.write(`Analysis worker threads are unavailable, analysing on the main thread instead: ${String(err)}\n`);
    await pool?.close();
    pool = undefined;
  }
  const analysisPool = pool;
  return {
    analyze,
    ...(analysisPool
      ? { analyzeAsync: (input) => analysisPool.analyze(input), analyzeJsonAsync: (input) => analysisPool.analyzeJson(input), closeAnalysis: () => analysisPool.close() }
      : {}),
    dataDir: opts.dataDir,
    judge: createJudge({ prestart: true }),
    transcriber: createTranscriber((opts.env ?? process.env) as SpeechEnv),
  };
}
