/**
 * Makes any input safe to analyse without changing offsets: the text keeps its length, HTML tags
 * and control characters become spaces, and work is capped at `MAX_ANALYZED_CHARS`.
 */

/** At most this many UTF-16 code units are analysed (about 2,000 words, over 13 minutes of speech). */
export const MAX_ANALYZED_CHARS = 12_000;

export interface PreparedText {
  /** The text to analyse: same offsets as the input, possibly shorter (capped). */
  readonly text: string;
  /** The capped length (equals the input length when nothing was cut). */
  readonly analyzedChars: number;
  readonly truncated: boolean;
}

// Bounded quantifiers only: these regexes run in linear time on any input.
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,20}(?:\s[^<>]{0,300})?\/?>|<!--[\s\S]{0,2000}?-->/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200D\uFEFF]/g;
/**
 * Runs of over 100 non-space characters are broken up: wink's tokenizer is slow on 10,000-character "words".
 * A run is only tried from its first character (the look-behind), so ordinary text is scanned once.
 */
const LONG_RUN = /(?<!\S)\S{101,}/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function blank(match: string): string {
  return ' '.repeat(match.length);
}

/** Where to cut a long text: the last sentence end or whitespace before `max`, never inside a pair. */
function cutPoint(text: string, max: number): number {
  const window = text.slice(Math.max(0, max - 2000), max);
  const base = Math.max(0, max - 2000);
  const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '), window.lastIndexOf('\n'));
  if (sentenceEnd >= 0) return base + sentenceEnd + 1;
  const space = window.lastIndexOf(' ');
  if (space >= 0) return base + space;
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut;
}

export function prepareText(input: string, maxChars: number = MAX_ANALYZED_CHARS): PreparedText {
  const raw = typeof input === 'string' ? input : '';
  const truncated = raw.length > maxChars;
  const capped = truncated ? raw.slice(0, cutPoint(raw, maxChars)) : raw;
  const text = capped
    .replace(TAG, blank)
    .replace(CONTROL, blank)
    .replace(LONE_SURROGATE, ' ')
    // Every 100th character of an overlong run becomes a space (same length, so offsets hold).
    .replace(LONG_RUN, (run) => run.replace(/(\S{99})[^\uD800-\uDFFF]/g, '$1 '));
  return { text, analyzedChars: capped.length, truncated };
}
