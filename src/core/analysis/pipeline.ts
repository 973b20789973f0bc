/**
 * The shared text pipeline: input → capped, sanitised text → tokens → sentences → features.
 * Both the behavioral engine and the system-design engine start here. Stable API:
 *   - `splitSentences(text)`: sentences with UTF-16 offsets into `text` (plus their tokens);
 *   - `readAnswer(text)`: everything at once, with the cap reported;
 *   - `sentenceFeatures(span, entities)`: features of one sentence (re-exported from features.ts).
 */
import { sentenceFeatures, type SentenceFeatures } from './features.js';
import { tokenize, type ParsedText } from './nlp.js';
import { MAX_ANALYZED_CHARS, prepareText } from './sanitize.js';
import { MAX_SENTENCES, segment, type SentenceSpan } from './sentences.js';

export interface ReadAnswer {
  /** The original input. */
  readonly input: string;
  /** Sanitised text that was analysed (same offsets as `input`, possibly shorter). */
  readonly text: string;
  readonly parsed: ParsedText;
  readonly sentences: readonly SentenceFeatures[];
  /** Characters of the input that were analysed. */
  readonly analyzedChars: number;
  /** True when the input was longer than the cap, or had more sentences than `MAX_SENTENCES`. */
  readonly truncated: boolean;
}

/** The span with its text read from `source` (built field by field: V8's `{ ...span, text }` is slow). */
function withText(s: SentenceSpan, source: string): SentenceSpan {
  return { index: s.index, start: s.start, end: s.end, text: source.slice(s.start, s.end), tokens: s.tokens };
}

/** Splits `text` into sentences (offsets index into `text`). Never throws. */
export function splitSentences(text: string, maxChars: number = MAX_ANALYZED_CHARS): SentenceSpan[] {
  const prepared = prepareText(text, maxChars);
  const spans = segment(tokenize(prepared.text));
  // Report the original text of each sentence (sanitising only blanks tags and control characters).
  return spans.map((s) => withText(s, text));
}

/** Reads an answer: sanitise, cap, tokenize, segment, compute features. Never throws. */
export function readAnswer(input: string, maxChars: number = MAX_ANALYZED_CHARS): ReadAnswer {
  const safeInput = typeof input === 'string' ? input : '';
  const prepared = prepareText(safeInput, maxChars);
  const parsed = tokenize(prepared.text);
  const spans = segment(parsed);
  const sentences = spans.map((s) => sentenceFeatures(withText(s, safeInput), parsed.entities));
  const lastEnd = spans[spans.length - 1]?.end ?? 0;
  const cutBySentences = spans.length >= MAX_SENTENCES && parsed.tokens.some((t) => t.start >= lastEnd);
  return {
    input: safeInput,
    text: prepared.text,
    parsed,
    sentences,
    analyzedChars: cutBySentences ? lastEnd : prepared.analyzedChars,
    truncated: prepared.truncated || cutBySentences,
  };
}
