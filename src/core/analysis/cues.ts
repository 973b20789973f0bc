/**
 * Cue phrases: the pack's way to say "this wording is evidence of X" (see `cueSchema` in
 * src/core/pack/schema.ts). Syntax, matched against the tokens of one sentence:
 *   - words separated by spaces, matched case-insensitively by lemma or by surface form
 *     ("pushed back" matches the cue "push back");
 *   - `*` matches up to three arbitrary tokens ("challenge * decision");
 *   - `[a|b|c]` matches any one of the alternatives ("take [a|the] risk");
 *   - `=word` (engine lexicons only) matches the surface form exactly ("i =think" ≠ "I thought").
 * Matching is negation-aware: a match whose words are negated ("I didn't push back", "never
 * questioned the plan") does not count, unless the cue itself contains a negation word.
 * Pure; `compileCue` lemmatizes cue words through wink once, so compile cues once and reuse them.
 */
import { lemmatizeWords, type Token } from './nlp.js';

interface WordPart {
  readonly kind: 'word';
  /** Accepted lemmas / lower-case forms. */
  readonly alts: readonly string[];
  /** Accepted exact lower-case surface forms (from `=word`). */
  readonly exact: readonly string[];
}
interface GapPart {
  readonly kind: 'gap';
  readonly max: number;
}
type CuePart = WordPart | GapPart;

export interface CompiledCue {
  /** The cue as written. */
  readonly source: string;
  readonly parts: readonly CuePart[];
  /** True when the cue itself says "not"/"never"/…: negated matches are then what it wants. */
  readonly negative: boolean;
  /** Keys (lemma or form) its first word can match, for indexing. */
  readonly firstKeys: readonly string[];
}

/** Where a cue matched inside a sentence: token positions within the sentence, inclusive. */
export interface CueMatch {
  readonly cue: string;
  readonly first: number;
  readonly last: number;
  /** True when the cue itself is negative ("never * fail"), so a negated match is what it means. */
  readonly negative: boolean;
}

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot']);
export const GAP_MAX = 3;

export interface CompileOptions {
  /** Lemmatize cue words with wink (default true). Engine lexicons written in lemma form pass false. */
  readonly lemmatize?: boolean;
}

function normaliseWord(word: string, lemmatize: boolean): string[] {
  const lower = word.toLowerCase();
  if (!lemmatize) return [lower];
  const lemmas = lemmatizeWords(lower);
  const out = new Set([lower]);
  // Only a one-token word has a usable lemma; "e-mail" etc. keep the surface form.
  if (lemmas.length === 1 && lemmas[0]) out.add(lemmas[0]);
  return [...out];
}

/** Parses a cue phrase. Invalid pieces (empty brackets) are ignored rather than thrown. */
export function compileCue(source: string, options: CompileOptions = {}): CompiledCue {
  const lemmatize = options.lemmatize ?? true;
  const parts: CuePart[] = [];
  const raw = source.trim().toLowerCase().replace(/\s*\|\s*/g, '|').split(/\s+/).filter((w) => w.length > 0);
  let negative = false;
  for (const w of raw) {
    if (w === '*') {
      if (parts.length > 0 && parts[parts.length - 1]?.kind !== 'gap') parts.push({ kind: 'gap', max: GAP_MAX });
      continue;
    }
    const inner = w.startsWith('[') && w.endsWith(']') ? w.slice(1, -1) : w;
    const options_ = inner.split('|').filter((a) => a.length > 0);
    const alts: string[] = [];
    const exact: string[] = [];
    for (const a of options_) {
      if (a.startsWith('=') && a.length > 1) exact.push(a.slice(1));
      else alts.push(...normaliseWord(a, lemmatize));
      if (NEGATORS.has(a.replace(/^=/, ''))) negative = true;
    }
    if (alts.length === 0 && exact.length === 0) continue;
    parts.push({ kind: 'word', alts: [...new Set(alts)], exact });
  }
  while (parts.length > 0 && parts[parts.length - 1]?.kind === 'gap') parts.pop();
  const first = parts[0];
  const firstKeys = first && first.kind === 'word' ? [...first.alts, ...first.exact] : [];
  return { source, parts, negative, firstKeys };
}

function wordMatches(part: WordPart, t: Token): boolean {
  if (part.exact.includes(t.lower)) return true;
  return part.alts.includes(t.lemma) || part.alts.includes(t.lower);
}

/** Matches parts[p..] starting at token k; returns the last matched token position or -1. */
function matchFrom(parts: readonly CuePart[], p: number, tokens: readonly Token[], k: number): number {
  const part = parts[p];
  if (!part) return k - 1;
  if (part.kind === 'gap') {
    for (let skip = 0; skip <= part.max; skip++) {
      const end = matchFrom(parts, p + 1, tokens, k + skip);
      if (end >= 0) return end;
      const t = tokens[k + skip];
      if (!t || t.text === '.' || t.text === '?' || t.text === '!' || t.text === ';') break;
    }
    return -1;
  }
  const t = tokens[k];
  if (!t || !wordMatches(part, t)) return -1;
  return matchFrom(parts, p + 1, tokens, k + 1);
}

/** True when the matched words (or the two tokens before them) carry a negation. */
export function isNegated(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (tokens[k]?.negated) return true;
  for (let k = Math.max(0, first - 2); k < first; k++) {
    const t = tokens[k];
    if (t && NEGATORS.has(t.lemma)) return true;
  }
  return false;
}

/**
 * Finds the first match of `cue` in a sentence's tokens, or undefined. With `negationAware`
 * (default true) negated matches are skipped unless the cue itself is negative.
 */
export function matchCue(cue: CompiledCue, tokens: readonly Token[], negationAware = true): CueMatch | undefined {
  if (cue.parts.length === 0) return undefined;
  for (let k = 0; k < tokens.length; k++) {
    const end = matchFrom(cue.parts, 0, tokens, k);
    if (end < 0) continue;
    if (negationAware && !cue.negative && isNegated(tokens, k, end)) continue;
    return { cue: cue.source, first: k, last: end, negative: cue.negative };
  }
  return undefined;
}

/**
 * Many cues, indexed by their first word, matched in one pass over a sentence. Each cue carries
 * a tag (a lexicon name, a value id, a key-point id…).
 */
export interface CueIndex<T> {
  readonly byKey: ReadonlyMap<string, readonly { readonly cue: CompiledCue; readonly tag: T }[]>;
}

export function buildCueIndex<T>(entries: readonly { readonly cue: CompiledCue; readonly tag: T }[]): CueIndex<T> {
  const byKey = new Map<string, { cue: CompiledCue; tag: T }[]>();
  for (const e of entries) {
    for (const key of e.cue.firstKeys) {
      const list = byKey.get(key) ?? [];
      list.push(e);
      byKey.set(key, list);
    }
  }
  return { byKey };
}

export interface TaggedMatch<T> extends CueMatch {
  readonly tag: T;
}

/** All (non-negated, unless the cue is negative) matches of indexed cues in a sentence, in token order. */
export function matchIndex<T>(index: CueIndex<T>, tokens: readonly Token[], negationAware = true): TaggedMatch<T>[] {
  const out: TaggedMatch<T>[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    const seen = new Set<CompiledCue>();
    for (const key of t.lemma === t.lower ? [t.lower] : [t.lower, t.lemma]) {
      const list = index.byKey.get(key);
      if (!list) continue;
      for (const { cue, tag } of list) {
        if (seen.has(cue)) continue;
        seen.add(cue);
        const end = matchFrom(cue.parts, 0, tokens, k);
        if (end < 0) continue;
        if (negationAware && !cue.negative && isNegated(tokens, k, end)) continue;
        out.push({ cue: cue.source, first: k, last: end, negative: cue.negative, tag });
      }
    }
  }
  return out;
}
