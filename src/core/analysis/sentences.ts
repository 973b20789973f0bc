/**
 * Sentence segmentation over wink tokens, with rules tuned for spoken and written interview
 * answers: line breaks end sentences (bullets, "Situation:" sections), abbreviations do not,
 * "v2.0" and "3.5" stay whole, and run-on sentences are split at a clause boundary so that one
 * transcript without punctuation still gets several sentences.
 */
import type { ParsedText, Token } from './nlp.js';

/** A sentence as a token range of a parsed text. */
export interface SentenceSpan {
  readonly index: number;
  /** UTF-16 offsets into the text (end exclusive). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Tokens of the sentence (a slice of the document's tokens). */
  readonly tokens: readonly Token[];
}

/** A run-on sentence longer than this many tokens is split at a clause boundary. */
export const MAX_SENTENCE_TOKENS = 70;
/** At most this many sentences are analysed; the rest of the text is ignored (and flagged). */
export const MAX_SENTENCES = 400;

const ABBREVIATIONS = new Set([
  'e.g.', 'i.e.', 'dr.', 'mr.', 'mrs.', 'ms.', 'prof.', 'sr.', 'jr.', 'st.', 'vs.', 'v.', 'approx.', 'inc.', 'ltd.',
  'co.', 'corp.', 'dept.', 'est.', 'fig.', 'no.', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.',
  'sept.', 'oct.', 'nov.', 'dec.', 'u.s.', 'u.k.', 'a.m.', 'p.m.', 'cf.', 'al.', 'ca.', 'min.', 'max.',
]);
const FINAL = new Set(['.', '!', '?', '…', '...', '?!', '!?', '..']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const SPLIT_WORDS = new Set(['and', 'so', 'then', 'but', 'because', 'which']);

function startsUpperOrDigit(t: Token | undefined): boolean {
  if (!t) return false;
  return /^[\p{Lu}\p{Lt}\p{N}\p{Lo}\p{Extended_Pictographic}"'“‘([*•-]/u.test(t.text);
}

/**
 * A full stop between two words followed by a lower-case word ends a sentence too: answers typed in
 * a hurry ("was on the payments team. pushed a fix on friday.") do not capitalise. Abbreviations are
 * not affected: wink keeps "e.g.", "etc.", "approx." and "p.m." whole, so their stop is no separate token.
 */
function typedLowerCase(before: Token | undefined, next: Token): boolean {
  return !!before && (before.type === 'word' || before.type === 'number') && next.type === 'word' && /^\p{Ll}/u.test(next.text);
}

function isFinalPunct(t: Token): boolean {
  if (FINAL.has(t.text)) return true;
  return t.type === 'punctuation' && /^[.!?…]+$/.test(t.text);
}

/** Whether a sentence ends after token k (tokens[k] is the last token of the sentence). */
function endsAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || !next) return false;
  if (next.afterNewline) return true;
  if (CLOSERS.has(next.text) && !next.afterSpace) return false; // closing quote belongs to this sentence
  if (isFinalPunct(t)) {
    if (!next.afterSpace) return false; // "v2.0", "...and"
    if (t.text === '.') return startsUpperOrDigit(next) || typedLowerCase(tokens[k - 1], next);
    if (t.text === '…' || t.text === '...') return startsUpperOrDigit(next);
    return true; // ! and ? end a sentence unless the next word is lower-case speech ("Why?" he asked)
  }
  if (CLOSERS.has(t.text)) {
    const prev = tokens[k - 1];
    return !!prev && isFinalPunct(prev) && next.afterSpace && startsUpperOrDigit(next);
  }
  if (t.text.length > 1 && t.text.endsWith('.') && t.type === 'word' && !ABBREVIATIONS.has(t.lower)) {
    // wink keeps "x." or "no." as one token at a sentence end.
    return next.afterSpace && startsUpperOrDigit(next) && !/^(?:[a-z]\.){2,}$/i.test(t.text);
  }
  return false;
}

function splitRunOn(tokens: readonly Token[]): Token[][] {
  if (tokens.length <= MAX_SENTENCE_TOKENS) return [tokens.slice()];
  const out: Token[][] = [];
  let rest = tokens.slice();
  while (rest.length > MAX_SENTENCE_TOKENS) {
    let cut = -1;
    for (let k = MAX_SENTENCE_TOKENS - 1; k >= 12; k--) {
      const t = rest[k];
      if (!t) continue;
      if (t.text === ';' || t.text === ',' || t.text === '—' || t.text === '-') {
        cut = k + 1;
        break;
      }
      if (SPLIT_WORDS.has(t.lower) && cut < 0) {
        cut = k;
        break;
      }
    }
    if (cut <= 0 || cut >= rest.length) cut = MAX_SENTENCE_TOKENS;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0) out.push(rest);
  return out;
}

/**
 * Splits a parsed text into sentences. Sentences made only of punctuation or symbols are kept
 * (so offsets cover the text) but carry no words. At most `MAX_SENTENCES` are returned.
 */
export function segment(parsed: ParsedText): SentenceSpan[] {
  const { tokens, text } = parsed;
  const groups: Token[][] = [];
  let current: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    current.push(t);
    if (endsAfter(tokens, k)) {
      groups.push(current);
      current = [];
    }
  }
  if (current.length > 0) groups.push(current);
  const spans: SentenceSpan[] = [];
  for (const g of groups) {
    for (const part of splitRunOn(g)) {
      const first = part[0];
      const last = part[part.length - 1];
      if (!first || !last) continue;
      if (spans.length >= MAX_SENTENCES) return spans;
      spans.push({ index: spans.length, start: first.start, end: last.end, text: text.slice(first.start, last.end), tokens: part });
    }
  }
  return spans;
}
