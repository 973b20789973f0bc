/**
 * Delivery metrics from word timings: pace over time, long pauses, time to first word and
 * fillers. Honest about what it cannot know: when the engine drops fillers the count is flagged
 * as a lower bound, and estimated timings are said to be estimates.
 */

export interface DeliveryWord {
  word: string;
  /** Seconds from the start of the recording. */
  start: number;
  end: number;
}

export interface DeliveryOptions {
  /** Does the transcription engine keep "um"/"uh"? (Most whisper models do not.) */
  keepsFillers: boolean;
  engine?: string;
  /** Length of the recording; defaults to the end of the last word. */
  durationSec?: number;
  /** How the word times were obtained (see speech Transcript.timing). */
  timing?: 'word' | 'segment' | 'none';
  /** Window for words-per-minute over time; default 15 s. */
  windowSec?: number;
  /** A silence longer than this is a pause; default 2 s. */
  pauseSec?: number;
}

export interface PaceWindow {
  start: number;
  end: number;
  words: number;
  wpm: number;
}

export interface Pause {
  /** Index of the word before the pause. */
  afterWord: number;
  start: number;
  end: number;
  durationSec: number;
}

export interface FillerHit {
  index: number;
  word: string;
  start: number;
}

export interface DeliveryMetrics {
  wordCount: number;
  durationSec: number;
  /** From the first word's start to the last word's end. */
  speakingSec: number;
  wordsPerMinute: number | null;
  pace: 'slow' | 'steady' | 'fast' | null;
  wpmSeries: PaceWindow[];
  pauses: Pause[];
  longestPauseSec: number;
  timeToFirstWordSec: number | null;
  fillers: {
    count: number;
    perMinute: number;
    per100Words: number;
    items: FillerHit[];
    /** False when the engine drops fillers: the count is then a lower bound. */
    trusted: boolean;
  };
  notes: string[];
}

const HESITATIONS = new Set(['um', 'umm', 'ummm', 'uh', 'uhh', 'uhm', 'erm', 'er', 'err', 'ah', 'ahh', 'eh', 'hmm', 'hm', 'mm', 'mhm']);
const PHRASES: string[][] = [['you', 'know'], ['i', 'mean'], ['basically'], ['literally']];
const CLAUSE_STARTS = new Set(['what', 'that', 'the', 'how', 'why', 'when', 'where', 'who', 'it', 'him', 'her', 'them', 'this', 'a', 'an']);

/** Bands for an interview answer: below 110 wpm drags, above 170 is hard to follow. */
export const PACE_BANDS = { slowBelow: 110, fastAbove: 170 } as const;

export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

export function findFillers(words: DeliveryWord[]): FillerHit[] {
  const norm = words.map((w) => normalizeWord(w.word));
  const hits: FillerHit[] = [];
  for (let i = 0; i < norm.length; i++) {
    const w = norm[i] ?? '';
    if (HESITATIONS.has(w)) {
      hits.push({ index: i, word: w, start: words[i]?.start ?? 0 });
      continue;
    }
    for (const phrase of PHRASES) {
      if (phrase.every((p, k) => norm[i + k] === p)) {
        // "you know" is a filler unless it opens a real clause ("you know the answer").
        if (phrase.length === 2 && phrase[0] === 'you' && !/[,.;!?]$/.test(words[i + 1]?.word ?? '') && CLAUSE_STARTS.has(norm[i + 2] ?? '')) {
          continue;
        }
        hits.push({ index: i, word: phrase.join(' '), start: words[i]?.start ?? 0 });
        i += phrase.length - 1;
        break;
      }
    }
  }
  return hits;
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function paceWindows(words: DeliveryWord[], durationSec: number, windowSec: number): PaceWindow[] {
  if (durationSec <= 0 || words.length === 0) return [];
  const bounds: [number, number][] = [];
  for (let start = 0; start < durationSec; start += windowSec) bounds.push([start, Math.min(durationSec, start + windowSec)]);
  // A short last window gives a noisy rate: fold it into the previous one.
  const last = bounds[bounds.length - 1];
  const prev = bounds[bounds.length - 2];
  if (last && prev && last[1] - last[0] < windowSec / 3) {
    prev[1] = last[1];
    bounds.pop();
  }
  return bounds.map(([start, end]) => {
    const count = words.filter((w) => w.start >= start && (w.start < end || (end === durationSec && w.start <= end))).length;
    return { start: round(start, 2), end: round(end, 2), words: count, wpm: round((count / (end - start)) * 60, 0) };
  });
}

export function deliveryMetrics(input: DeliveryWord[], opts: DeliveryOptions): DeliveryMetrics {
  const words = input
    .filter((w) => Number.isFinite(w.start) && Number.isFinite(w.end) && w.word.trim() !== '')
    .map((w) => ({ word: w.word, start: Math.max(0, w.start), end: Math.max(w.start, w.end) }))
    .sort((a, b) => a.start - b.start);
  const first = words[0];
  const lastEnd = words.reduce((m, w) => Math.max(m, w.end), 0);
  const durationSec = Math.max(opts.durationSec ?? 0, lastEnd);
  const speakingSec = first ? Math.max(0, lastEnd - first.start) : 0;
  const notes: string[] = [];
  const pauseSec = opts.pauseSec ?? 2;

  const pauses: Pause[] = [];
  let spokenUntil = 0; // words may overlap: a pause starts when every earlier word has ended
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i];
    const b = words[i + 1];
    if (!a || !b) continue;
    spokenUntil = Math.max(spokenUntil, a.end);
    const gap = b.start - spokenUntil;
    if (gap > pauseSec) pauses.push({ afterWord: i, start: round(spokenUntil, 2), end: round(b.start, 2), durationSec: round(gap, 2) });
  }

  const fillerItems = findFillers(words);
  const minutes = speakingSec / 60;
  const wpm = first && speakingSec >= 1 ? round(words.length / minutes, 0) : null;
  const pace = wpm === null ? null : wpm < PACE_BANDS.slowBelow ? 'slow' : wpm > PACE_BANDS.fastAbove ? 'fast' : 'steady';
  const engine = opts.engine ?? 'the transcription engine';
  const trusted = opts.keepsFillers;
  if (!trusted) {
    notes.push(
      `${engine === 'the transcription engine' ? 'The transcription engine' : `The ${engine} engine`} usually leaves out "um" and "uh", so the real filler count may be higher than ${fillerItems.length}. Listen to the recording to check.`,
    );
  }
  if (opts.timing === 'segment') notes.push('Word times were estimated from sentence timings, so pace and pauses are approximate.');
  if (opts.timing === 'none' || words.length === 0) notes.push('No word timings are available, so pace and pauses cannot be measured.');
  if (wpm !== null && pace === 'fast') notes.push(`At ${wpm} words per minute the answer is hard to follow; aim for ${PACE_BANDS.slowBelow}–${PACE_BANDS.fastAbove}.`);
  if (wpm !== null && pace === 'slow') notes.push(`At ${wpm} words per minute the answer drags; aim for ${PACE_BANDS.slowBelow}–${PACE_BANDS.fastAbove}.`);

  return {
    wordCount: words.length,
    durationSec: round(durationSec, 2),
    speakingSec: round(speakingSec, 2),
    wordsPerMinute: wpm,
    pace,
    wpmSeries: paceWindows(words, durationSec, opts.windowSec ?? 15),
    pauses,
    longestPauseSec: pauses.reduce((m, p) => Math.max(m, p.durationSec), 0),
    timeToFirstWordSec: first ? round(first.start, 2) : null,
    fillers: {
      count: fillerItems.length,
      perMinute: minutes > 0 ? round(fillerItems.length / minutes, 1) : 0,
      per100Words: words.length > 0 ? round((fillerItems.length / words.length) * 100, 1) : 0,
      items: fillerItems,
      trusted,
    },
    notes,
  };
}
