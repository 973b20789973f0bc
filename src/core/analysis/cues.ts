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
  /** Lower-case forms the token itself may have: `alts` and `exact`. */
  readonly forms: ReadonlySet<string>;
  /** Lemmas the token may have: `alts`. */
  readonly lemmas: ReadonlySet<string>;
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
    const unique = [...new Set(alts)];
    parts.push({ kind: 'word', alts: unique, exact, forms: new Set([...unique, ...exact]), lemmas: new Set(unique) });
  }
  while (parts.length > 0 && parts[parts.length - 1]?.kind === 'gap') parts.pop();
  const first = parts[0];
  const firstKeys = first && first.kind === 'word' ? [...first.alts, ...first.exact] : [];
  return { source, parts, negative, firstKeys };
}

function wordMatches(part: WordPart, t: Token): boolean {
  return part.forms.has(t.lower) || part.lemmas.has(t.lemma);
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
  /** Every entry under each key its first word accepts, in entry order. */
  readonly byKey: ReadonlyMap<string, readonly { readonly cue: CompiledCue; readonly tag: T }[]>;
  /** The same lists split by second word, so a token only tries cues its next token can continue. */
  readonly buckets: ReadonlyMap<string, KeyBucket<T>>;
}

/** An entry of `byKey`, with its position in that key's list (the order matches are reported in). */
interface RankedEntry<T> {
  readonly cue: CompiledCue;
  readonly tag: T;
  readonly rank: number;
}

/** The cues of one first-word key. */
interface KeyBucket<T> {
  /** Cues whose second part is a word, under every key that word accepts. */
  readonly bySecond: ReadonlyMap<string, readonly RankedEntry<T>[]>;
  /** Cues of a single word, or whose first word is followed by a gap: tried at every occurrence. */
  readonly always: readonly RankedEntry<T>[];
}

function bucketOf<T>(list: readonly { readonly cue: CompiledCue; readonly tag: T }[]): KeyBucket<T> {
  const bySecond = new Map<string, RankedEntry<T>[]>();
  const always: RankedEntry<T>[] = [];
  list.forEach(({ cue, tag }, rank) => {
    const second = cue.parts[1];
    if (!second || second.kind === 'gap') {
      always.push({ cue, tag, rank });
      return;
    }
    for (const key of new Set([...second.alts, ...second.exact])) {
      const keyed = bySecond.get(key) ?? [];
      keyed.push({ cue, tag, rank });
      bySecond.set(key, keyed);
    }
  });
  return { bySecond, always };
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
  const buckets = new Map<string, KeyBucket<T>>();
  for (const [key, list] of byKey) buckets.set(key, bucketOf(list));
  return { byKey, buckets };
}

export interface TaggedMatch<T> extends CueMatch {
  readonly tag: T;
}

/** A cue that matched at the current token, before ordering: `phase` 0 came from the surface form, 1 from the lemma. */
interface Found<T> {
  readonly entry: RankedEntry<T>;
  readonly phase: number;
  readonly last: number;
}

/** Tries the candidate cues of one key at token k, adding the matches to `found`. */
function tryCandidates<T>(candidates: readonly RankedEntry<T>[] | undefined, phase: number, tokens: readonly Token[], k: number, negationAware: boolean, found: Found<T>[]): void {
  if (!candidates) return;
  for (const entry of candidates) {
    const { cue } = entry;
    const last = matchFrom(cue.parts, 0, tokens, k);
    if (last < 0) continue;
    if (negationAware && !cue.negative && isNegated(tokens, k, last)) continue;
    found.push({ entry, phase, last });
  }
}

/** Tries every cue filed under `key` whose second word the next token could be. */
function tryKey<T>(bucket: KeyBucket<T> | undefined, phase: number, tokens: readonly Token[], k: number, negationAware: boolean, found: Found<T>[]): void {
  if (!bucket) return;
  tryCandidates(bucket.always, phase, tokens, k, negationAware, found);
  const next = tokens[k + 1];
  if (!next || bucket.bySecond.size === 0) return;
  tryCandidates(bucket.bySecond.get(next.lower), phase, tokens, k, negationAware, found);
  if (next.lemma !== next.lower) tryCandidates(bucket.bySecond.get(next.lemma), phase, tokens, k, negationAware, found);
}

const byPhaseAndRank = <T>(a: Found<T>, b: Found<T>): number => a.phase - b.phase || a.entry.rank - b.entry.rank;

/**
 * All (non-negated, unless the cue is negative) matches of indexed cues in a sentence, in token order.
 * At one token, matches come in the order of the surface form's cue list, then the lemma's, each
 * cue once: the order a plain scan of `byKey` gives, without trying cues the next token rules out.
 */
export function matchIndex<T>(index: CueIndex<T>, tokens: readonly Token[], negationAware = true): TaggedMatch<T>[] {
  const out: TaggedMatch<T>[] = [];
  const found: Found<T>[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    tryKey(index.buckets.get(t.lower), 0, tokens, k, negationAware, found);
    if (t.lemma !== t.lower) tryKey(index.buckets.get(t.lemma), 1, tokens, k, negationAware, found);
    if (found.length === 0) continue;
    if (found.length > 1) found.sort(byPhaseAndRank);
    for (let f = 0; f < found.length; f++) {
      const { entry, last } = found[f] as Found<T>;
      if (f > 0 && found.slice(0, f).some((x) => x.entry.cue === entry.cue)) continue;
      out.push({ cue: entry.cue.source, first: k, last, negative: entry.cue.negative, tag: entry.tag });
    }
    found.length = 0;
  }
  return out;
}
