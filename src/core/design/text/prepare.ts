/**
 * Turns an answer (Markdown or free text, optionally with Mermaid) into sentences with offsets and
 * a token stream indexed for cue matching. Diagram lines become sentences of their own. Pure.
 */
import { markDeferred } from './deferral.js';
import { layoutMarkdown } from './markdown.js';
import { readMermaid } from './mermaid.js';
import { stem, tokenize, type Token } from './nlp.js';
import type { SentenceKind } from '../types.js';

export interface PreparedSentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly source: 'text' | 'diagram';
  readonly kind: SentenceKind;
  /** Index of the heading sentence this sentence sits under, or -1. */
  readonly heading: number;
  /** Stream range [from, to) of the sentence's tokens. */
  readonly from: number;
  readonly to: number;
}

export interface PreparedAnswer {
  readonly sentences: PreparedSentence[];
  /** Tokens used for matching, in order (whitespace and joining punctuation removed). */
  readonly stream: Token[];
  /** Sentence index of each stream token. */
  readonly sentenceOf: Int32Array;
  /** Match key → stream positions (ascending). */
  readonly index: Map<string, number[]>;
  /** Word and number tokens in the prose (diagram labels excluded). */
  readonly words: number;
  readonly diagramLines: number;
  /**
   * 1 for stream positions inside a deferred or negated scope ("I didn't get to X", "X is out of
   * scope", a "Not covered" section): cue matches there do not count as covering a point.
   */
  readonly deferred: Uint8Array;
}

/** Punctuation that joins words ("rate-limit", "A/B", "(OCA)") and is ignored by matching. */
const IGNORED = new Set(['-', '–', '—', '/', '\\', '(', ')', '[', ']', '{', '}', '"', "'", '`', '*', '#', '>', '<', '|', '_', '~', '^', '“', '”', '‘', '’', '→', '←', '=', '+', '&']);

/** Time units after a slash ("9k/s", "impressions/day") and the word they stand for. */
const TIME_UNITS: Readonly<Record<string, string>> = {
  s: 'second', sec: 'second', secs: 'second', second: 'second', seconds: 'second', ms: 'millisecond',
  min: 'minute', mins: 'minute', minute: 'minute', minutes: 'minute',
  h: 'hour', hr: 'hour', hrs: 'hour', hour: 'hour', hours: 'hour',
  d: 'day', day: 'day', days: 'day', wk: 'week', week: 'week', weeks: 'week',
  mo: 'month', month: 'month', months: 'month', yr: 'year', year: 'year', years: 'year',
};

/** "/" between a quantity and a time unit reads as "per": "impressions/day" = "impressions per day". */
function perToken(slash: Token): Token {
  return { ...slash, normal: 'per', lemma: 'per', keys: ['per'], kind: 'word' };
}

function unitToken(t: Token): Token {
  const unit = TIME_UNITS[t.normal];
  if (!unit || t.keys.includes(unit)) return t;
  return { ...t, keys: [...t.keys, unit, stem(unit)] };
}

interface DiagramSpan {
  readonly synthStart: number;
  readonly synthEnd: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly source: 'text' | 'diagram';
}

export function prepareAnswer(text: string, diagram?: string): PreparedAnswer {
  const layout = layoutMarkdown(text);
  const spans: DiagramSpan[] = [];
  let combined = layout.masked;
  const addDiagram = (source: string, base: number, where: 'text' | 'diagram'): void => {
    for (const line of readMermaid(source)) {
      combined += '\n\n';
      const synthStart = combined.length;
      combined += line.text.endsWith('.') ? line.text : `${line.text}.`;
      spans.push({ synthStart, synthEnd: combined.length, start: base + line.start, end: base + line.end, text: line.text, source: where });
    }
  };
  for (const d of layout.diagrams) addDiagram(d.source, d.start, 'text');
  if (diagram && diagram.trim()) addDiagram(diagram, 0, 'diagram');

  const tokens = tokenize(combined);
  const proseEnd = layout.masked.length;
  const sentences: PreparedSentence[] = [];
  const stream: Token[] = [];
  const sentenceOfList: number[] = [];
  let words = 0;

  // Group tokens into sentences.
  let breakIdx = 0;
  let spanIdx = 0;
  let current: { tokens: Token[]; diagram: number } | undefined;
  let previous: Token | undefined;
  const groups: { tokens: Token[]; diagram: number }[] = [];
  for (const tok of tokens) {
    if (tok.start < proseEnd) {
      let cut = !current || !previous || previous.winkSentence !== tok.winkSentence;
      while (breakIdx < layout.breaks.length && (layout.breaks[breakIdx] ?? Infinity) <= tok.start) {
        if ((layout.breaks[breakIdx] ?? 0) > (previous?.start ?? -1)) cut = true;
        breakIdx++;
      }
      if (cut) {
        current = { tokens: [], diagram: -1 };
        groups.push(current);
      }
      current?.tokens.push(tok);
      if ((tok.kind === 'word' || tok.kind === 'number') && !tok.continues) words++;
    } else {
      while (spanIdx < spans.length && (spans[spanIdx]?.synthEnd ?? 0) <= tok.start) spanIdx++;
      if (spanIdx >= spans.length) break;
      if (!current || current.diagram !== spanIdx) {
        current = { tokens: [], diagram: spanIdx };
        groups.push(current);
      }
      current.tokens.push(tok);
    }
    previous = tok;
  }

  const headingStarts: { start: number; index: number }[] = [];
  let activeHeading = -1;
  for (const group of groups) {
    if (!group.tokens.some((t) => t.kind === 'word' || t.kind === 'number')) continue;
    const index = sentences.length;
    const from = stream.length;
    const toks = group.tokens;
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k] as Token;
      const before = toks[k - 1];
      const after = toks[k + 1];
      if (t.text === '/') {
        // "/" between a figure and a time unit reads as "per".
        if (before && (before.kind === 'word' || before.kind === 'number') && before.end === t.start && after && after.start === t.end && TIME_UNITS[after.normal]) {
          stream.push(perToken(t));
          sentenceOfList.push(index);
        }
        continue;
      }
      if ((t.kind === 'punct' || t.kind === 'symbol') && IGNORED.has(t.text)) continue;
      let tok = before?.text === '/' && t.start === before.end && before.start === (toks[k - 2]?.end ?? -1) ? unitToken(t) : t;
      // "fail-over" as wink splits it: the first word also carries the closed form "failover".
      if (!tok.joined && tok.kind === 'word' && after?.text === '-' && after.start === tok.end) {
        const second = toks[k + 2];
        if (second?.kind === 'word' && second.start === after.end && /^[a-z]+$/.test(tok.normal + second.normal)) {
          const key = tok.normal + second.normal;
          tok = { ...tok, joined: { key, stem: stem(key), parts: 1 } };
        }
      }
      stream.push(tok);
      sentenceOfList.push(index);
    }
    const first = group.tokens[0] as Token;
    const last = group.tokens[group.tokens.length - 1] as Token;
    if (group.diagram >= 0) {
      const span = spans[group.diagram] as DiagramSpan;
      // A fenced diagram sits under the heading above it; a separate diagram under none.
      const above = span.source === 'text' ? headingStarts.filter((h) => h.start < span.start).pop()?.index ?? -1 : -1;
      sentences.push({ start: span.start, end: span.end, text: span.text, source: span.source, kind: 'diagram', heading: above, from, to: stream.length });
      continue;
    }
    const heading = layout.headings.find((h) => first.start >= h.start && last.end <= h.end);
    if (heading) {
      headingStarts.push({ start: heading.start, index });
      activeHeading = index;
    }
    const start = first.start;
    const end = last.end;
    sentences.push({
      start,
      end,
      text: text.slice(start, end),
      source: 'text',
      kind: heading ? 'heading' : 'prose',
      heading: heading ? -1 : activeHeading,
      from,
      to: stream.length,
    });
  }

  // Fenced diagrams were tokenized after the prose; put every sentence in reading order.
  const order = sentences.map((_, i) => i).sort((x, y) => {
    const sx = sentences[x] as PreparedSentence;
    const sy = sentences[y] as PreparedSentence;
    if (sx.source !== sy.source) return sx.source === 'text' ? -1 : 1;
    return sx.start - sy.start || x - y;
  });
  const newIndex = new Int32Array(sentences.length);
  order.forEach((old, k) => (newIndex[old] = k));
  const ordered = order.map((old) => {
    const s = sentences[old] as PreparedSentence;
    return s.heading >= 0 ? { ...s, heading: newIndex[s.heading] ?? -1 } : s;
  });
  const sentenceOf = Int32Array.from(sentenceOfList, (i) => newIndex[i] ?? i);

  const index = new Map<string, number[]>();
  const add = (k: string, i: number): void => {
    const list = index.get(k);
    if (!list) index.set(k, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  stream.forEach((t, i) => {
    for (const k of t.keys) add(k, i);
    if (t.joined) {
      add(t.joined.key, i);
      add(t.joined.stem, i);
    }
  });
  const answer: PreparedAnswer = { sentences: ordered, stream, sentenceOf, index, words, diagramLines: spans.length, deferred: new Uint8Array(stream.length) };
  markDeferred(answer, text, combined);
  return answer;
}
