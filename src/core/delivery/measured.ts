/**
 * Turns what a recording measured (its stored delivery metrics, word timings and recording length)
 * into the analysis's `MeasuredDelivery`, so the delivery dimension uses real pace and pauses
 * instead of the 150 wpm estimate. Honest about its sources: pauses only come from word timings,
 * a filler count only when the engine keeps fillers, and an engine that drops them is said to.
 */
import type { MeasuredDelivery } from '../analysis/types.js';
import type { DeliveryMetrics } from './metrics.js';

/** What a recording row holds (the stored transcript of routes/recordings.ts and the recording length). */
export interface RecordingMeasures {
  /** Length of the recording in seconds. */
  readonly durationSec?: number | undefined;
  /** The stored transcript, or null/undefined when the recording was never transcribed. */
  readonly transcript?:
    | {
        readonly words?: readonly unknown[] | undefined;
        readonly keepsFillers?: boolean | undefined;
        readonly timing?: 'word' | 'segment' | 'none' | undefined;
        readonly engine?: string | undefined;
        readonly delivery?: Pick<DeliveryMetrics, 'speakingSec' | 'wordsPerMinute' | 'pauses' | 'longestPauseSec' | 'fillers'> | undefined;
      }
    | null
    | undefined;
}

const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * The measured delivery of a recording, or undefined when nothing was measured (no word timings
 * and no recording length). With word timings: speaking time, pace, pauses and (when the engine
 * keeps them) fillers. Without them: only the recording length, so the analysis estimates pace from
 * the answer's words over that time and says nothing about pauses.
 */
export function measuredDelivery(rec: RecordingMeasures): MeasuredDelivery | undefined {
  const t = rec.transcript ?? undefined;
  const d = t?.delivery;
  const timed = t !== undefined && d !== undefined && t.timing !== 'none' && (t.words?.length ?? 0) > 0;
  // Only an engine's verdict on fillers counts; a typed transcript is whatever the candidate typed.
  const fromEngine = t !== undefined && t.engine !== undefined && t.engine !== 'typed' && t.engine !== 'none';
  const keepsFillers = fromEngine && typeof t.keepsFillers === 'boolean' ? t.keepsFillers : undefined;
  const fillerTrust = keepsFillers === undefined ? {} : { transcriptKeepsFillers: keepsFillers };

  if (timed && d.wordsPerMinute !== null && d.wordsPerMinute > 0 && d.speakingSec >= 1) {
    const pauses = d.pauses ?? [];
    return {
      durationSeconds: round(d.speakingSec),
      wpm: d.wordsPerMinute,
      pauses: {
        count: pauses.length,
        ...(pauses.length > 0 ? { longestSeconds: round(d.longestPauseSec), totalSeconds: round(pauses.reduce((s, p) => s + p.durationSec, 0)) } : {}),
      },
      // A count from an engine that drops fillers is a lower bound: not passed as a measurement.
      ...(keepsFillers === true ? { fillers: d.fillers.count } : {}),
      ...fillerTrust,
    };
  }
  const seconds = rec.durationSec ?? 0;
  if (Number.isFinite(seconds) && seconds >= 1) return { durationSeconds: round(seconds), ...fillerTrust };
  return undefined;
}
