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

function keysOf(normal: string, lemma: string): string[] {
  const keys = [normal];
  if (lemma !== normal) keys.push(lemma);
  const s1 = stem(normal);
  if (!keys.includes(s1)) keys.push(s1);
  const s2 = stem(lemma);
  if (!keys.includes(s2)) keys.push(s2);
  return keys;
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
    out.push({ start, end: offset, text: value, normal, lemma, keys: keysOf(normal, lemma), kind, winkSentence: sentenceOf[i] ?? 0 });
  }
  return out;
}
