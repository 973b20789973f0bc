/**
 * When was each sentence said? Maps analysed sentences (character offsets into the transcript)
 * to times in the recording, from the engine's word timings. The transcript may have been
 * corrected, so words are matched by position in the text, not by spelling; without timings
 * the times are spread by character position over the recording.
 */
import type { DeliveryWord } from './metrics.js';

export interface SpanLike {
  start: number;
  end: number;
}

export interface SentenceTime {
  start: number;
  end: number;
}

export function sentenceTimes(text: string, sentences: readonly SpanLike[], words: readonly DeliveryWord[], durationSec: number): SentenceTime[] {
  const tokens = [...text.matchAll(/\S+/g)].map((m) => m.index ?? 0);
  const timed = [...words].filter((w) => Number.isFinite(w.start)).sort((a, b) => a.start - b.start);
  const total = Math.max(durationSec, timed[timed.length - 1]?.end ?? 0);
  const startOf = (offset: number): number => {
    if (timed.length === 0 || tokens.length === 0) return text.length > 0 ? (Math.min(offset, text.length) / text.length) * total : 0;
    let ti = tokens.findIndex((t) => t >= offset);
    if (ti === -1) ti = tokens.length - 1;
    const wi = Math.min(timed.length - 1, Math.round((ti * timed.length) / tokens.length));
    return timed[wi]?.start ?? 0;
  };
  const starts = sentences.map((s) => startOf(s.start));
  return starts.map((start, i) => {
    const next = starts[i + 1];
    const end = next !== undefined ? Math.max(start, next) : total;
    return { start: Math.round(start * 100) / 100, end: Math.round(end * 100) / 100 };
  });
}

/** Index of the sentence playing at `time`, or -1 before the first one. */
export function sentenceAt(times: readonly SentenceTime[], time: number): number {
  let found = -1;
  for (let i = 0; i < times.length; i++) if ((times[i]?.start ?? Infinity) <= time + 0.05) found = i;
  return found;
}
