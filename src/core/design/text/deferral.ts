/**
 * Deferred and meta-negated scope: the parts of an answer that name a topic without covering it.
 *
 * - A deferral marker ("I didn't get to", "X is out of scope", "with more time I'd add", "I'll skip",
 *   "I'm less sure about") defers its clause: the sentence, cut at ";" and contrast words ("but",
 *   "however", ", so", …), and before the marker also at a dash ("We cache rows — failover is out of
 *   scope"); a dash after the marker usually opens an aside about the deferred topic. A parenthesis holding the marker is its own clause; a parenthesis after a
 *   marker belongs to the marker's clause. ("I don't know the exact figure, so I'll assume 200M"
 *   still counts its second half.)
 * - A heading that opens with a marker or a section word ("Not covered yet", "Out of scope",
 *   "Open questions", "Future work") defers its whole section.
 * - A short lead-in line ending in a colon ("Out of scope:") defers the list items under it.
 *
 * Marks `a.deferred` in place. Pure apart from that.
 */
import { DEFERRAL_CUES, DEFERRAL_HEADING_CUES } from '../lexicon.js';
import { compileCue, matchCue, type CompiledCue, type CueMatch } from './cue.js';
import type { PreparedAnswer } from './prepare.js';

const CONTRAST = new Set(['but', 'however', 'although', 'though', 'whereas', 'except', 'otherwise']);
/** Result words that start a new clause after a comma (", so I'll assume …"), unlike "so that". */
const RESULT = new Set(['so', 'therefore', 'hence']);
const BREAK_PUNCT = new Set([';']);
/** Text between two tokens that separates clauses: a semicolon or a spaced dash. */
const BREAK_GAP = /[;—–]|\s-\s|\s--\s/;
/** After a marker only a semicolon ends the clause: "I didn't get to X — its parts — or Y" is all deferred. */
const BREAK_GAP_AFTER = /;/;
const LIST_LINE = /^\s*(?:[-*+•]|\d{1,3}[.)])\s/;
/** Longest lead-in line (tokens) that defers the list under it. */
const LEAD_IN_MAX = 14;

let markers: CompiledCue[] | undefined;
let headingMarkers: CompiledCue[] | undefined;

function parenDepthChange(gap: string, forward: boolean): number[] {
  const out: number[] = [];
  const chars = forward ? gap : [...gap].reverse().join('');
  for (const c of chars) {
    if (c === '(') out.push(forward ? 1 : -1);
    else if (c === ')') out.push(forward ? -1 : 1);
  }
  return out;
}

/** True when the token at stream position `k` separates clauses. */
function isBoundary(a: PreparedAnswer, k: number): boolean {
  const tok = a.stream[k];
  if (!tok) return false;
  if (CONTRAST.has(tok.normal) || BREAK_PUNCT.has(tok.text)) return true;
  return RESULT.has(tok.normal) && a.stream[k - 1]?.text === ',';
}

/** The clause [from, to) of the stream around a marker match. */
function clauseOf(a: PreparedAnswer, combined: string, m: CueMatch): [number, number] {
  const s = a.sentences[m.sentence];
  if (!s) return [m.from, m.to];
  const gapBefore = (k: number): string => combined.slice(a.stream[k - 1]?.end ?? 0, a.stream[k]?.start ?? 0);
  // Left.
  let l = m.from;
  let depth = 0;
  left: while (l > s.from) {
    const gap = gapBefore(l);
    for (const d of parenDepthChange(gap, false)) {
      depth += d;
      if (depth < 0) break left;
    }
    if (depth === 0 && BREAK_GAP.test(gap)) break;
    const tok = a.stream[l - 1];
    if (depth === 0 && tok && isBoundary(a, l - 1)) break;
    l--;
  }
  // Right.
  let r = m.to;
  depth = 0;
  right: while (r < s.to) {
    const gap = gapBefore(r);
    for (const d of parenDepthChange(gap, true)) {
      depth += d;
      if (depth < 0) break right;
    }
    if (depth === 0 && BREAK_GAP_AFTER.test(gap)) break;
    const tok = a.stream[r];
    if (depth === 0 && tok && isBoundary(a, r)) break;
    r++;
  }
  return [l, r];
}

function isListItem(a: PreparedAnswer, text: string, sentence: number): boolean {
  const s = a.sentences[sentence];
  if (!s || s.kind !== 'prose' || s.source !== 'text') return false;
  const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
  return LIST_LINE.test(text.slice(lineStart, s.start + 1));
}

/** Marks the stream positions of `a` that lie in a deferred scope. `text` is the answer, `combined` the tokenized string. */
export function markDeferred(a: PreparedAnswer, text: string, combined: string): void {
  markers ??= DEFERRAL_CUES.map(compileCue);
  headingMarkers ??= DEFERRAL_HEADING_CUES.map(compileCue);
  const d = a.deferred;
  const mark = (from: number, to: number): void => {
    for (let i = from; i < to; i++) d[i] = 1;
  };
  const deferSection = (heading: number): void => {
    a.sentences.forEach((s, i) => {
      if (i === heading || s.heading === heading) mark(s.from, s.to);
    });
  };
  const deferListAfter = (sentence: number): void => {
    const head = a.sentences[sentence]?.heading;
    for (let k = sentence + 1; k < a.sentences.length; k++) {
      const s = a.sentences[k];
      if (!s || s.heading !== head || !isListItem(a, text, k)) break;
      mark(s.from, s.to);
    }
  };
  const opensWith = (m: CueMatch): boolean => m.from <= (a.sentences[m.sentence]?.from ?? 0) + 1;
  const leadIn = (m: CueMatch, clauseEnd: number): boolean => {
    const s = a.sentences[m.sentence];
    if (!s || s.kind !== 'prose' || s.source !== 'text' || clauseEnd !== s.to || s.to - s.from > LEAD_IN_MAX) return false;
    const lineEnd = text.indexOf('\n', s.end);
    return /:\s*(?:\*\*|__)?$/.test(text.slice(s.start, lineEnd < 0 ? text.length : lineEnd).trimEnd());
  };

  for (const cue of markers) {
    for (const m of matchCue(a, cue, { includeDeferred: true })) {
      const s = a.sentences[m.sentence];
      if (!s || s.kind === 'diagram') continue;
      if (s.kind === 'heading' && opensWith(m)) {
        deferSection(m.sentence);
        continue;
      }
      const [l, r] = clauseOf(a, combined, m);
      mark(l, r);
      if (leadIn(m, r)) deferListAfter(m.sentence);
    }
  }
  for (const cue of headingMarkers) {
    for (const m of matchCue(a, cue, { includeDeferred: true })) {
      const s = a.sentences[m.sentence];
      if (!s || !opensWith(m)) continue;
      if (s.kind === 'heading') deferSection(m.sentence);
      else if (leadIn(m, s.to)) {
        mark(s.from, s.to);
        deferListAfter(m.sentence);
      }
    }
  }
}

/** True when any token of `sentence` between the character offsets [start, end) (in the sentence's source) is deferred. */
export function deferredAt(a: PreparedAnswer, sentence: number, start: number, end: number): boolean {
  const s = a.sentences[sentence];
  if (!s) return false;
  for (let i = s.from; i < s.to; i++) {
    const t = a.stream[i];
    if (t && a.deferred[i] && t.end > start && t.start < end) return true;
  }
  return false;
}
