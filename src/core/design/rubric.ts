/**
 * Rubric coverage: which of a question's key points the answer shows, and in which sentences.
 * A point is covered when one of its concept cues matches a sentence (lemma/stem based,
 * phrase-aware), or when the answer quotes one of the point's public numbers with its unit.
 * Mentions in a deferred scope ("I didn't get to X", "X is out of scope", see text/deferral.ts)
 * cover nothing. Pure.
 */
import type { KeyPoint, Question } from '../pack/index.js';
import { findQuantities, parseNumberSpec, sameQuantity, type Quantity } from './quantities.js';
import { compileCue, hasMatch, matchCue, type CompiledCue } from './text/cue.js';
import { deferredAt } from './text/deferral.js';
import type { PreparedAnswer } from './text/prepare.js';
import type { CueHit, Rubric, RubricPoint } from './types.js';

interface CompiledPoint {
  readonly point: KeyPoint;
  readonly cues: readonly CompiledCue[];
  readonly numbers: readonly { spec: string; q: Quantity }[];
}

const compiled = new WeakMap<Question, CompiledPoint[]>();

export function compileRubric(question: Question): CompiledPoint[] {
  let c = compiled.get(question);
  if (!c) {
    c = question.keyPoints.map((point) => ({
      point,
      cues: point.concepts.map(compileCue),
      numbers: point.numbers.flatMap((spec) => {
        const q = parseNumberSpec(spec);
        // Only figures distinctive enough to identify the point on their own.
        return q && q.unit && (q.value >= 100 || q.kind === 'bandwidth' || q.kind === 'storage' || q.kind === 'money') ? [{ spec, q }] : [];
      }),
    }));
    compiled.set(question, c);
  }
  return c;
}

/** Figures per sentence, computed once per answer. */
export type SentenceQuantities = readonly (readonly Quantity[])[];

export function quantitiesBySentence(a: PreparedAnswer): Quantity[][] {
  return a.sentences.map((s) => findQuantities(s.text));
}

function hitSpan(a: PreparedAnswer, sentence: number, from: number, to: number): { start: number; end: number } {
  const s = a.sentences[sentence];
  if (!s || s.kind === 'diagram') return { start: s?.start ?? 0, end: s?.end ?? 0 };
  return { start: a.stream[from]?.start ?? s.start, end: a.stream[to - 1]?.end ?? s.end };
}

/** True when a figure found in a prose sentence sits in a deferred scope. */
function quotedInDeferred(a: PreparedAnswer, sentence: number, q: Quantity): boolean {
  const s = a.sentences[sentence];
  if (!s || s.kind === 'diagram') return false;
  return deferredAt(a, sentence, s.start + q.start, s.start + q.end);
}

export function scoreRubric(a: PreparedAnswer, question: Question, quantities: SentenceQuantities): Rubric {
  const points: RubricPoint[] = compileRubric(question).map(({ point, cues, numbers }) => {
    const hits: CueHit[] = [];
    for (const cue of cues) {
      for (const m of matchCue(a, cue)) hits.push({ sentence: m.sentence, cue: cue.source, ...hitSpan(a, m.sentence, m.from, m.to) });
    }
    const cited = new Set<string>();
    quantities.forEach((qs, sentence) => {
      for (const { spec, q } of numbers) {
        const found = qs.find((x) => sameQuantity(x, q) && !quotedInDeferred(a, sentence, x));
        if (!found) continue;
        cited.add(spec);
        const s = a.sentences[sentence];
        const base = s && s.kind !== 'diagram' ? s.start : 0;
        hits.push({ sentence, cue: spec, start: s && s.kind !== 'diagram' ? base + found.start : s?.start ?? 0, end: s && s.kind !== 'diagram' ? base + found.end : s?.end ?? 0 });
      }
    });
    hits.sort((x, y) => x.sentence - y.sentence || x.start - y.start);
    const evidence = [...new Set(hits.map((h) => h.sentence))];
    return {
      id: point.id,
      text: point.text,
      covered: evidence.length > 0,
      evidence,
      hits,
      numbers: point.numbers,
      numbersCited: point.numbers.filter((n) => cited.has(n)),
      ...(point.why ? { why: point.why } : {}),
    };
  });
  const covered = points.filter((p) => p.covered).length;
  return { coverage: points.length ? covered / points.length : 0, covered, total: points.length, points };
}

/**
 * Coverage only, for comparing an answer with other questions (same rule as `scoreRubric`).
 * With `atLeast`, gives up (returns -1) as soon as that coverage can no longer be reached.
 */
export function coverageOf(a: PreparedAnswer, question: Question, quantities?: SentenceQuantities, atLeast = 0): number {
  const c = compileRubric(question);
  if (c.length === 0) return 0;
  const needed = atLeast * c.length;
  let covered = 0;
  let left = c.length;
  for (const { cues, numbers } of c) {
    left--;
    if (cues.some((cue) => hasMatch(a, cue))) covered++;
    else if (quantities && numbers.length > 0 && quantities.some((qs, i) => numbers.some(({ q }) => qs.some((x) => sameQuantity(x, q) && !quotedInDeferred(a, i, x))))) covered++;
    if (covered + left < needed) return -1;
  }
  return covered / c.length;
}
