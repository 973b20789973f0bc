/**
 * Cue phrases (pack syntax, see `cueSchema`): words separated by spaces, matched by lemma or stem,
 * case-insensitively; `*` skips up to three tokens; `[a|b|c]` matches any alternative (an
 * alternative may itself be several words: `[open connect|oca]`). Articles and possessives in the
 * answer ("the", "our", "'s") are skipped between cue words, so "fill the caches" matches "fill
 * cache". Pure.
 */
import { stem, tokenize } from './nlp.js';
import type { PreparedAnswer } from './prepare.js';

interface CueWord {
  readonly normal: string;
  readonly stem: string;
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

const SKIPPABLE = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'my', 'your', "'s", 'this', 'these', 'those', 'some', 'any']);
const JOINERS = /[-–—/\\()"'`]/;
const wordCache = new Map<string, CueWord[]>();

function compileWords(phrase: string): CueWord[] {
  const key = phrase.toLowerCase();
  const cached = wordCache.get(key);
  if (cached) return cached;
  const words = tokenize(key)
    .filter((t) => t.kind !== 'punct' && !(t.kind === 'symbol' && JOINERS.test(t.text) && t.text.length === 1))
    .map((t) => ({ normal: t.normal, stem: stem(t.normal) }));
  wordCache.set(key, words);
  return words;
}

const memo = new Map<string, CompiledCue>();

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
    // A single written word may be several tokens ("rate-limit", "a/b", "p99"); each becomes an element.
    for (const w of compileWords(part)) elements.push({ kind: 'alt', options: [[w]] });
  }
  while (elements[elements.length - 1]?.kind === 'gap') elements.pop();
  const cue = { source, elements };
  memo.set(source, cue);
  return cue;
}

function wordMatches(w: CueWord, keys: readonly string[]): boolean {
  return keys.includes(w.normal) || keys.includes(w.stem);
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

function matchSeq(a: PreparedAnswer, words: readonly CueWord[], pos: number, sentence: number, allowSkip: boolean): number {
  let p = pos;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as CueWord;
    let skips = allowSkip || i > 0 ? 2 : 0;
    for (;;) {
      if (p >= a.stream.length || a.sentenceOf[p] !== sentence) return -1;
      const tok = a.stream[p];
      if (tok && wordMatches(w, tok.keys)) break;
      if (skips > 0 && tok && SKIPPABLE.has(tok.normal)) {
        skips--;
        p++;
        continue;
      }
      return -1;
    }
    p++;
  }
  return p;
}

function candidates(a: PreparedAnswer, cue: CompiledCue): readonly number[] {
  const first = cue.elements[0];
  if (!first || first.kind !== 'alt') return [];
  const lists: (readonly number[])[] = [];
  for (const option of first.options) {
    const w = option[0];
    if (!w) continue;
    const exact = a.index.get(w.normal);
    if (exact) lists.push(exact);
    if (w.stem !== w.normal) {
      const stemmed = a.index.get(w.stem);
      if (stemmed) lists.push(stemmed);
    }
  }
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0] as readonly number[];
  const set = new Set<number>();
  for (const l of lists) for (const p of l) set.add(p);
  return [...set].sort((x, y) => x - y);
}

const memo2 = new WeakMap<PreparedAnswer, Map<CompiledCue, CueMatch[]>>();

/** Every non-overlapping match of the cue, at most one per sentence (memoised per answer). */
export function matchCue(a: PreparedAnswer, cue: CompiledCue): CueMatch[] {
  let cache = memo2.get(a);
  if (!cache) {
    cache = new Map();
    memo2.set(a, cache);
  }
  const hit = cache.get(cue);
  if (hit) return hit;
  const out: CueMatch[] = [];
  let lastSentence = -1;
  for (const pos of candidates(a, cue)) {
    const sentence = a.sentenceOf[pos] ?? -1;
    if (sentence === lastSentence) continue;
    const end = matchFrom(a, cue.elements, 0, pos, sentence);
    if (end >= 0) {
      out.push({ sentence, from: pos, to: end });
      lastSentence = sentence;
    }
  }
  cache.set(cue, out);
  return out;
}

/** True when the cue matches anywhere (stops at the first match). */
export function hasMatch(a: PreparedAnswer, cue: CompiledCue): boolean {
  const cached = memo2.get(a)?.get(cue);
  if (cached) return cached.length > 0;
  for (const pos of candidates(a, cue)) {
    if (matchFrom(a, cue.elements, 0, pos, a.sentenceOf[pos] ?? -1) >= 0) return true;
  }
  return false;
}
