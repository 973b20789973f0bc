/**
 * `analyzeDesign`: the system-design answer analysis (CONTRACTS.md, "Design analysis (JSON)").
 * Deterministic and pure: the same text, diagram and question always give the same result.
 */
import { prepareText } from '../analysis/index.js';
import type { Question } from '../pack/index.js';
import { detectPhases, headingPhases } from './phases.js';
import { coverageOf, quantitiesBySentence, scoreRubric, type SentenceQuantities } from './rubric.js';
import { scaleAwareness } from './scale.js';
import { dimensions, fixesOf, flagsOf, followUpOf, overallScore, verdictOf, type Measurements } from './score.js';
import { prepareAnswer, type PreparedAnswer } from './text/prepare.js';
import { findTradeOffs, quantitative } from './trade-offs.js';
import type { DesignAnalysis, DesignContext, DesignSentence, PhaseName } from './types.js';

/** Longest diagram source analysed, in UTF-16 code units. */
export const MAX_DIAGRAM_CHARS = 20_000;

function sectionsOf(a: PreparedAnswer): PhaseName[][] {
  const cache = new Map<number, PhaseName[]>();
  const phasesOfHeading = (i: number): PhaseName[] => {
    let p = cache.get(i);
    if (!p) {
      p = headingPhases(a.sentences[i]?.text ?? '');
      cache.set(i, p);
    }
    return p;
  };
  return a.sentences.map((s, i) => (s.kind === 'heading' ? phasesOfHeading(i) : s.heading >= 0 ? phasesOfHeading(s.heading) : []));
}

/** Off-question: another design question's rubric fits clearly better (≥ 0.4 and 0.25 above this one). */
const OFF_MIN = 0.4;
const OFF_MARGIN = 0.25;

function offQuestion(a: PreparedAnswer, ctx: DesignContext, own: number, quantities: SentenceQuantities): Measurements['offQuestion'] {
  if (ctx.compareOtherQuestions === false) return undefined;
  const threshold = Math.max(OFF_MIN, own + OFF_MARGIN);
  if (threshold > 1) return undefined;
  let best: { q: Question; coverage: number } | undefined;
  for (const q of ctx.pack.questions) {
    if (q.id === ctx.question.id || q.category !== 'system-design' || q.keyPoints.length === 0) continue;
    const coverage = coverageOf(a, q, quantities, Math.max(threshold, best ? best.coverage + 1e-9 : 0));
    if (coverage >= threshold && (!best || coverage > best.coverage)) best = { q, coverage };
  }
  return best ? { id: best.q.id, text: best.q.text, coverage: best.coverage } : undefined;
}

export function analyzeDesign(text: string, ctx: DesignContext): DesignAnalysis {
  const { question } = ctx;
  // Shared sanitiser: same offsets, HTML tags and control characters blanked, long input capped.
  const input = prepareText(text);
  const diagram = ctx.diagram ? prepareText(ctx.diagram, MAX_DIAGRAM_CHARS) : undefined;
  const a = prepareAnswer(input.text, diagram?.text);
  const quantities = quantitiesBySentence(a);
  const rubric = scoreRubric(a, question, quantities);
  const tradeOffs = findTradeOffs(a);
  const quant = quantitative(a, quantities);
  const sections = sectionsOf(a);
  const phases = detectPhases({ answer: a, rubric, quantities, tradeOffs, sections });
  const scale = scaleAwareness(a, question, quantities);
  const off = offQuestion(a, ctx, rubric.coverage, quantities);
  const m: Measurements = { question, rubric, phases, quantitative: quant, tradeOffs, scale, words: a.words, ...(off ? { offQuestion: off } : {}) };
  const dims = dimensions(m);
  const score = overallScore(m, dims);
  const sentences: DesignSentence[] = a.sentences.map((s, index) => {
    const section = sections[index]?.[0];
    const original = s.kind === 'diagram' ? s.text : text.slice(s.start, s.end);
    return { index, start: s.start, end: s.end, text: original, source: s.source, kind: s.kind, ...(section ? { section } : {}) };
  });
  return {
    kind: 'design',
    questionId: question.id,
    score,
    verdict: verdictOf(score, rubric.coverage),
    rubric,
    phases,
    quantitative: quant,
    tradeOffs,
    scale,
    dimensions: dims,
    sentences,
    flags: flagsOf(m),
    fixes: fixesOf(m),
    followUp: followUpOf(m),
    outline: 'outline' in question.sample ? question.sample.outline : [],
    stats: { words: a.words, sentences: sentences.length, diagramLines: a.diagramLines, truncated: input.truncated || (diagram?.truncated ?? false) },
  };
}
