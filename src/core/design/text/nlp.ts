/**
 * Tokens with character offsets, lemmas and stems, from wink-nlp (lite English model).
 * The model loads once, on first use. Pure (wink-nlp does no I/O).
 *
 * This is the design engine's own small text layer; it mirrors what the behavioral pipeline in
 * src/core/analysis/ provides and can be swapped for it behind `tokenize`.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token {
  /** Offsets into the tokenized string. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly normal: string;
  readonly lemma: string;
  /** Match keys: normal form, lemma and their stems (deduplicated). */
  readonly keys: readonly string[];
  readonly kind: TokenKind;
  /** wink's sentence number. */
  readonly winkSentence: number;
  /**
   * For the first part of a hyphenated word that was split ("multi-region" → "multi", "region"): the
   * closed form ("multiregion") and how many parts follow, so a cue written closed still matches.
   */
  readonly joined?: { readonly key: string; readonly stem: string; readonly parts: number };
  /** A later part of a split hyphenated word (not counted as a word of its own). */
  readonly continues?: true;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;
const stemCache = new Map<string, string>();
const stemmer = (model as unknown as { addons: { stem: (w: string) => string } }).addons.stem;

function engine(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** Porter stem of a lower-case word (memoised). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = /^[a-z]+$/.test(word) ? stemmer(word) : word;
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

function kindOf(type: string): TokenKind | undefined {
  switch (type) {
    case 'word':
    case 'email':
    case 'url':
    case 'hashtag':
    case 'mention':
    case 'ordinal':
      return 'word';
    case 'number':
    case 'time':
      return 'number';
    case 'punctuation':
      return 'punct';
    case 'tabCRLF':
    case 'spaces':
      return undefined;
    default:
      return 'symbol';
  }
}

/** British spellings of a few suffix families, rewritten to the American form (`american`). */
const SPELLINGS: readonly [RegExp, string][] = [
  [/^([a-z]{3,})is(e|es|ed|ing|er|ers|ation|ations)$/, '$1iz$2'],
  [/^([a-z]{2,})ys(e|es|ed|ing|er|ers)$/, '$1yz$2'],
  [/^([a-z]{3,})ogue(s?)$/, '$1og$2'],
  [/^([a-z]{3,})our(s|ed|ing|ite|ites|able|ably)?$/, '$1or$2'],
  [/^([a-z]{2,})tre(s?)$/, '$1ter$2'],
  [/^(lic|def|off)ence(s?)$/, '$1ense$2'],
];
const spellingCache = new Map<string, string>();

/** The American spelling of a lower-case word ("personalised" → "personalized", "catalogue" → "catalog"). */
export function american(word: string): string {
  let s = spellingCache.get(word);
  if (s === undefined) {
    s = word;
    if (word.length >= 5 && /^[a-z]+$/.test(word)) {
      for (const [re, to] of SPELLINGS) {
        if (re.test(word)) {
          s = word.replace(re, to);
          break;
        }
      }
    }
    if (spellingCache.size < 50_000) spellingCache.set(word, s);
  }
  return s;
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

const keysCache = new Map<string, readonly string[]>();

/** Match keys of a word (memoised: the same words recur across answers). */
function keysOf(normal: string, lemma: string): readonly string[] {
  const id = lemma === normal ? normal : `${normal}\u0000${lemma}`;
  let keys = keysCache.get(id);
  if (!keys) {
    keys = computeKeys(normal, lemma);
    if (keysCache.size < 50_000) keysCache.set(id, keys);
  }
  return keys;
}

function computeKeys(normal: string, lemma: string): string[] {
  const keys = [normal];
  // Small numbers match written either way: "three regions" = "3 regions".
  const n = NUMBER_WORDS.indexOf(normal);
  if (n >= 0) keys.push(String(n));
  else if (/^\d{1,2}$/.test(normal) && Number(normal) < NUMBER_WORDS.length) keys.push(NUMBER_WORDS[Number(normal)] as string);
  if (lemma !== normal) keys.push(lemma);
  // wink reads a unit or letter before a full stop as an abbreviation ("30 ms.", "plan B."); the
  // bare word is a key too.
  if (normal.length > 1 && normal.endsWith('.') && /^[a-z]+\.$/.test(normal)) keys.push(normal.slice(0, -1));
  for (const w of [normal, lemma]) {
    const us = american(w);
    if (!keys.includes(us)) keys.push(us);
  }
  for (const w of [...keys]) {
    const st = stem(w);
    if (!keys.includes(st)) keys.push(st);
  }
  return keys;
}

/** A word wink kept whole although it is hyphenated ("multi-region", "pre-fetch", "non-goals"). */
const HYPHENATED = /^[a-z0-9]+(?:-[a-z0-9]+)+$/;

/**
 * Splits a hyphenated word into its parts, so "multi-region" reads like "multi region" (the way
 * wink already splits "rate-limit"); the first part carries the closed form "multiregion".
 */
function splitHyphenated(tok: Token): Token[] {
  const parts: Token[] = [];
  const re = /[A-Za-z0-9]+/g;
  for (let m = re.exec(tok.text); m; m = re.exec(tok.text)) {
    const normal = m[0].toLowerCase();
    const start = tok.start + m.index;
    parts.push({ start, end: start + m[0].length, text: m[0], normal, lemma: normal, keys: keysOf(normal, normal), kind: tok.kind, winkSentence: tok.winkSentence });
  }
  const first = parts[0];
  if (!first || parts.length < 2) return [tok];
  for (let i = 1; i < parts.length; i++) parts[i] = { ...(parts[i] as Token), continues: true };
  const closed = parts.map((p) => p.normal).join('');
  parts[0] = { ...first, joined: { key: closed, stem: stem(closed), parts: parts.length - 1 } };
  return parts;
}

/** Tokenizes `text`; whitespace is dropped, every other token keeps its exact offsets. */
export function tokenize(text: string): Token[] {
  const doc = engine().readDoc(text);
  const its = engine().its;
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const types = tokens.out(its.type) as string[];
  // The typings declare `its.lemma` with a signature `out` does not accept; it works at runtime.
  const lemmas = tokens.out(its.lemma as unknown as typeof its.type) as string[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const sentenceOf = new Int32Array(values.length);
  spans.forEach(([a, b], k) => sentenceOf.fill(k, a, b + 1));

  const out: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    offset += (spaces[i] ?? '').length;
    const start = offset;
    offset += value.length;
    const kind = kindOf(types[i] ?? '');
    if (!kind) continue;
    const normal = value.toLowerCase();
    const lemma = (lemmas[i] ?? normal).toLowerCase();
    const tok: Token = { start, end: offset, text: value, normal, lemma, keys: keysOf(normal, lemma), kind, winkSentence: sentenceOf[i] ?? 0 };
    if (kind === 'word' && normal.includes('-') && HYPHENATED.test(normal)) out.push(...splitHyphenated(tok));
    else out.push(tok);
  }
  return out;
}
