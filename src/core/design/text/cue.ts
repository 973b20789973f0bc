/**
 * Cue phrases (pack syntax, see `cueSchema`): words separated by spaces, matched by lemma or stem,
 * case-insensitively; `*` skips up to three tokens; `[a|b|c]` matches any alternative (an
 * alternative may itself be several words: `[open connect|oca]`). Articles and possessives in the
 * answer ("the", "our", "'s") are skipped between cue words, so "fill the caches" matches "fill
 * cache". Spelling and compound variants match too: British and American spellings ("personalised"
 * = "personalized"), hyphenated, spaced and closed compounds ("fail-over" = "fail over" = "failover").
 * A stem only counts when the two words are plausibly the same word ("caching" = "cache", but
 * "localization" ≠ "local", "experiment" ≠ "experience").
 *
 * By default a match inside a deferred or negated scope (see `text/deferral.ts`: "I didn't get to
 * X", "X is out of scope") does not count; `includeDeferred` returns those as well. Pure.
 */
import { american, stem, tokenize, type Token } from './nlp.js';
import type { PreparedAnswer } from './prepare.js';

interface CueWord {
  readonly normal: string;
  readonly stem: string;
  /** This word and the next one of the same alternative written closed ("fail" + "over" → "failover"). */
  readonly join?: { readonly normal: string; readonly stem: string };
}
type Element = { readonly kind: 'alt'; readonly options: readonly (readonly CueWord[])[] } | { readonly kind: 'gap'; readonly max: number };

export interface CompiledCue {
  readonly source: string;
  readonly elements: readonly Element[];
}

export interface CueMatch {
  readonly sentence: number;
  /** Stream positions [from, to). */
  readonly from: number;
  readonly to: number;
}

export interface MatchOptions {
  /** Also return matches inside a deferred or negated scope (default false). */
  readonly includeDeferred?: boolean;
}

const SKIPPABLE = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'my', 'your', "'s", 'this', 'these', 'those', 'some', 'any']);
const JOINERS = /[-–—/\\()"'`]/;
/** Contracted forms in a cue, written out so they match both spellings ("don't" = "do not"). */
const CLITICS: Readonly<Record<string, string>> = { "n't": 'not', wo: 'will', ca: 'can', "'ll": 'will', "'ve": 'have', "'d": 'would', "'re": 'are', "'m": 'am' };
const wordCache = new Map<string, CueWord[]>();

/** Links each word to the closed form it makes with the next one ("fail" + "over" → "failover"). */
function relink(words: readonly CueWord[]): CueWord[] {
  return words.map((w, i) => {
    const next = words[i + 1];
    const closed = next && /^[a-z]+$/.test(w.normal + next.normal) ? w.normal + next.normal : undefined;
    return { normal: w.normal, stem: w.stem, ...(closed ? { join: { normal: closed, stem: stem(closed) } } : {}) };
  });
}

function compileWords(phrase: string): CueWord[] {
  const key = phrase.toLowerCase();
  const cached = wordCache.get(key);
  if (cached) return cached;
  const plain = tokenize(key)
    .filter((t) => t.kind !== 'punct' && !(t.kind === 'symbol' && JOINERS.test(t.text) && t.text.length === 1))
    .map((t) => CLITICS[t.normal] ?? american(t.normal));
  const words = relink(plain.map((normal) => ({ normal, stem: stem(normal) })));
  wordCache.set(key, words);
  return words;
}

const memo = new Map<string, CompiledCue>();
/** Elements built from plain (unbracketed) words, which may be extended by the next plain word. */
const plainRun = new WeakSet<Element>();

export function compileCue(source: string): CompiledCue {
  const cached = memo.get(source);
  if (cached) return cached;
  const elements: Element[] = [];
  for (const part of source.trim().match(/\[[^\]]*\]|\S+/g) ?? []) {
    if (part === '*') {
      const last = elements[elements.length - 1];
      if (last?.kind === 'gap') elements[elements.length - 1] = { kind: 'gap', max: last.max + 3 };
      else if (elements.length > 0) elements.push({ kind: 'gap', max: 3 });
      continue;
    }
    if (part.startsWith('[') && part.endsWith(']')) {
      const options = part
        .slice(1, -1)
        .split('|')
        .map((o) => compileWords(o.trim()))
        .filter((o) => o.length > 0);
      if (options.length > 0) elements.push({ kind: 'alt', options });
      continue;
    }
    // A single written word may be several tokens ("rate-limit", "a/b", "p99"). Consecutive plain
    // words form one sequence, so two of them can match one closed word ("fail over" = "failover").
    const words = compileWords(part);
    if (words.length === 0) continue;
    const last = elements[elements.length - 1];
    const run = last?.kind === 'alt' && last.options.length === 1 && plainRun.has(last) ? last : undefined;
    const joined = run ? [...(run.options[0] as CueWord[]), ...words] : words;
    const el: Element = { kind: 'alt', options: [relink(joined)] };
    plainRun.add(el);
    if (run) elements[elements.length - 1] = el;
    else elements.push(el);
  }
  while (elements[elements.length - 1]?.kind === 'gap') elements.pop();
  const cue = { source, elements };
  memo.set(source, cue);
  return cue;
}

// ---------------------------------------------------------------------------------------------
// When a shared stem means the same word.

/** Inflections and light endings: either side may carry one of these. */
const LIGHT = new Set(['', 's', 'es', 'ed', 'd', 'ing', 'e', 'er', 'ers', 'y', 'ies', 'ied']);
/** Endings that make a different concept from the bare word ("local" → "localize", "grace" → "graceful"). */
const CONCEPT_CHANGING = /^(?:al)?iz(?:e|es|ed|ing|er|ers|ation|ations)$|^(?:ful|fully|less|lessly|ism|isms|ist|ists)$/;
/** Verb inflections that an adverb in -ly never shares a meaning with ("directs" ≠ "directly"). */
const VERB_FORMS = new Set(['s', 'es', 'ed', 'ing', 'er', 'est']);
/** Same Porter stem, unrelated words. */
const FALSE_FRIENDS = new Set(['even|evening', 'new|news', 'probability|probably', 'general|generate', 'general|generation', 'universe|university', 'organ|organization', 'interest|interesting', 'response|responsibility', 'polish|policy', 'author|authority', 'local|locale']);
const relatedCache = new Map<string, boolean>();

function falseFriends(a: string, b: string): boolean {
  for (const pair of FALSE_FRIENDS) {
    const [x, y] = pair.split('|') as [string, string];
    if ((a.startsWith(x) && b.startsWith(y) && !a.startsWith(y)) || (b.startsWith(x) && a.startsWith(y) && !b.startsWith(y))) return true;
  }
  return false;
}

/** True when two words that share a Porter stem are forms of the same word. */
export function related(aWord: string, bWord: string): boolean {
  const key = aWord < bWord ? `${aWord}|${bWord}` : `${bWord}|${aWord}`;
  let r = relatedCache.get(key);
  if (r === undefined) {
    const a = american(aWord);
    const b = american(bWord);
    let l = 0;
    while (l < a.length && l < b.length && a[l] === b[l]) l++;
    const ra = a.slice(l);
    const rb = b.slice(l);
    if (a === b) r = true;
    else if ((CONCEPT_CHANGING.test(ra) && LIGHT.has(rb)) || (CONCEPT_CHANGING.test(rb) && LIGHT.has(ra))) r = false;
    else if ((ra === 'ly' && VERB_FORMS.has(rb)) || (rb === 'ly' && VERB_FORMS.has(ra))) r = false;
    else if (ra.length >= 3 && rb.length >= 3 && ra[0] !== rb[0] && !/^[ai]ble/.test(ra) && !/^[ai]ble/.test(rb)) r = false;
    else r = !falseFriends(a, b);
    if (relatedCache.size < 50_000) relatedCache.set(key, r);
  }
  return r;
}

function wordMatches(w: CueWord, tok: Token): boolean {
  if (w.normal === tok.normal || w.normal === tok.lemma) return true;
  const keys = tok.keys;
  if (!keys.includes(w.normal) && !keys.includes(w.stem)) return false;
  return related(w.normal, tok.normal) || (tok.lemma !== tok.normal && related(w.normal, tok.lemma));
}

/**
 * Matches cue word `i` (and maybe `i + 1`) at stream position `p`; returns how many cue words and
 * tokens it consumed, or undefined.
 */
function stepAt(a: PreparedAnswer, words: readonly CueWord[], i: number, p: number, sentence: number): [number, number] | undefined {
  const w = words[i] as CueWord;
  const tok = a.stream[p] as Token;
  if (wordMatches(w, tok)) return [1, 1];
  // A hyphenated word in the answer, cue written closed: "multi-region" for "multiregion".
  const j = tok.joined;
  if (j && (j.key === w.normal || (j.stem === w.stem && related(w.normal, j.key))) && a.sentenceOf[p + j.parts] === sentence) return [1, 1 + j.parts];
  // Two cue words, one closed word in the answer: "fail over" for "failover".
  const c = w.join;
  if (c && i + 1 < words.length && (tok.normal === c.normal || tok.lemma === c.normal || (tok.keys.includes(c.stem) && related(c.normal, tok.normal)))) return [2, 1];
  return undefined;
}

function matchSeq(a: PreparedAnswer, words: readonly CueWord[], pos: number, sentence: number, allowSkip: boolean): number {
  let p = pos;
  let i = 0;
  while (i < words.length) {
    let skips = allowSkip || i > 0 ? 2 : 0;
    for (;;) {
      if (p >= a.stream.length || a.sentenceOf[p] !== sentence) return -1;
      const step = stepAt(a, words, i, p, sentence);
      if (step) {
        i += step[0];
        p += step[1];
        break;
      }
      const tok = a.stream[p];
      if (skips > 0 && tok && SKIPPABLE.has(tok.normal)) {
        skips--;
        p++;
        continue;
      }
      return -1;
    }
  }
  return p;
}

/** Matches elements[ei..] starting at stream position `pos`; returns the end position or -1. */
function matchFrom(a: PreparedAnswer, elements: readonly Element[], ei: number, pos: number, sentence: number): number {
  if (ei >= elements.length) return pos;
  const el = elements[ei] as Element;
  if (el.kind === 'gap') {
    for (let k = 0; k <= el.max; k++) {
      const p = pos + k;
      if (p > a.stream.length || (p < a.stream.length && a.sentenceOf[p] !== sentence && k > 0)) break;
      const end = matchFrom(a, elements, ei + 1, p, sentence);
      if (end >= 0) return end;
    }
    return -1;
  }
  for (const option of el.options) {
    const end = matchSeq(a, option, pos, sentence, ei > 0);
    if (end >= 0) {
      const rest = matchFrom(a, elements, ei + 1, end, sentence);
      if (rest >= 0) return rest;
    }
  }
  return -1;
}

const candidateMemo = new WeakMap<CompiledCue, readonly string[]>();

/** Index keys under which the cue's first word can appear in an answer. */
function firstKeys(cue: CompiledCue): readonly string[] {
  let keys = candidateMemo.get(cue);
  if (!keys) {
    const set = new Set<string>();
    const first = cue.elements[0];
    if (first?.kind === 'alt') {
      for (const option of first.options) {
        const w = option[0];
        if (!w) continue;
        set.add(w.normal).add(w.stem);
        if (w.join && option.length > 1) set.add(w.join.normal).add(w.join.stem);
      }
    }
    keys = [...set];
    candidateMemo.set(cue, keys);
  }
  return keys;
}

function candidates(a: PreparedAnswer, cue: CompiledCue): readonly number[] {
  const lists: (readonly number[])[] = [];
  for (const k of firstKeys(cue)) {
    const l = a.index.get(k);
    if (l) lists.push(l);
  }
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0] as readonly number[];
  let n = 0;
  for (const l of lists) n += l.length;
  const all = new Int32Array(n);
  n = 0;
  for (const l of lists) for (const p of l) all[n++] = p;
  all.sort();
  const out: number[] = [];
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) out.push(all[i] as number);
  return out;
}

function inDeferredScope(a: PreparedAnswer, from: number, to: number): boolean {
  const d = a.deferred;
  for (let i = from; i < to; i++) if (d[i]) return true;
  return false;
}

const memoAsserted = new WeakMap<PreparedAnswer, Map<CompiledCue, CueMatch[]>>();
const memoAll = new WeakMap<PreparedAnswer, Map<CompiledCue, CueMatch[]>>();

/** Every non-overlapping match of the cue, at most one per sentence (memoised per answer). */
export function matchCue(a: PreparedAnswer, cue: CompiledCue, options: MatchOptions = {}): CueMatch[] {
  const all = options.includeDeferred === true;
  const store = all ? memoAll : memoAsserted;
  let cache = store.get(a);
  if (!cache) {
    cache = new Map();
    store.set(a, cache);
  }
  const hit = cache.get(cue);
  if (hit) return hit;
  const out: CueMatch[] = [];
  let lastSentence = -1;
  for (const pos of candidates(a, cue)) {
    const sentence = a.sentenceOf[pos] ?? -1;
    if (sentence === lastSentence) continue;
    const end = matchFrom(a, cue.elements, 0, pos, sentence);
    if (end >= 0 && (all || !inDeferredScope(a, pos, end))) {
      out.push({ sentence, from: pos, to: end });
      lastSentence = sentence;
    }
  }
  cache.set(cue, out);
  return out;
}

/** True when the cue matches anywhere outside a deferred scope (stops at the first match). */
export function hasMatch(a: PreparedAnswer, cue: CompiledCue): boolean {
  const cached = memoAsserted.get(a)?.get(cue);
  if (cached) return cached.length > 0;
  for (const pos of candidates(a, cue)) {
    const end = matchFrom(a, cue.elements, 0, pos, a.sentenceOf[pos] ?? -1);
    if (end >= 0 && !inDeferredScope(a, pos, end)) return true;
  }
  return false;
}
