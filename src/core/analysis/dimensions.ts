/**
 * The seven dimensions, each scored 1–4 with a reason in plain words and the sentences behind it:
 * structure, specificity, ownership, values, reflection, fit, delivery.
 */
import { REFLECTION_ASKS, STORY_ASKS, type Asks, type FlagFacts } from './flags.js';
import type { Signals } from './signals.js';
import type { AnalysisFlag, DeliverySummary, Dimension, StarLabel, StarSummary, ValueEvidence } from './types.js';

type Score = 1 | 2 | 3 | 4;
const clamp = (n: number): Score => (n <= 1 ? 1 : n >= 4 ? 4 : (Math.round(n) as Score));
const sorted = (xs: Iterable<number>): number[] => [...new Set(xs)].sort((a, b) => a - b);
const pct = (x: number): string => `${Math.round(x * 100)}%`;

export interface DimensionInput {
  readonly sig: Signals;
  readonly labels: readonly StarLabel[];
  readonly star: StarSummary;
  readonly facts: FlagFacts;
  readonly flags: readonly AnalysisFlag[];
  readonly asks: Asks;
  readonly values: readonly ValueEvidence[];
  readonly targetValues: readonly string[];
  readonly missingValues: readonly string[];
  readonly valueNames: Readonly<Record<string, string>>;
  readonly delivery: DeliverySummary;
}

function structure(d: DimensionInput): Dimension {
  const { star, labels, facts } = d;
  const has = (p: StarLabel): boolean => labels.includes(p);
  const firstOf = (p: StarLabel): number[] => {
    const k = labels.indexOf(p);
    return k >= 0 ? [k] : [];
  };
  const evidence = sorted(['situation', 'task', 'action', 'result'].flatMap((p) => firstOf(p as StarLabel)));
  if (!STORY_ASKS.has(d.asks)) {
    const score: Score = facts.rambling ? 2 : d.sig.narrativeSentences.length > 0 && d.sig.words <= 350 ? 4 : 3;
    const reason =
      score === 4 ? 'A clear answer, backed by a concrete example.' : score === 2 ? 'The answer wanders; lead with your point, then one example.' : 'A clear answer; one concrete example from your own work would make it stronger.';
    return { name: 'structure', score, reason, evidence: d.sig.narrativeSentences.slice(0, 3) };
  }
  if (facts.noExample || (!has('action') && !has('result'))) {
    return { name: 'structure', score: 1, reason: 'There is no story yet: no specific situation, actions and outcome.', evidence: [] };
  }
  if (!has('action') || !has('result')) {
    const gap = !has('action') ? 'what you did' : 'how it ended';
    return { name: 'structure', score: 2, reason: `The story is missing ${gap} (sequence ${star.sequence}).`, evidence };
  }
  const actionShare = star.shares.action;
  if (star.missing.length === 0 && actionShare >= 0.25 && !facts.rambling) {
    return { name: 'structure', score: 4, reason: `All four STAR parts, in order ${star.sequence}, with actions carrying ${pct(actionShare)} of the answer.`, evidence };
  }
  const issues: string[] = [];
  if (star.missing.length > 0) issues.push(`no ${star.missing.join(' or ')}`);
  if (actionShare < 0.25) issues.push(`actions are only ${pct(actionShare)} of the answer`);
  if (facts.rambling) issues.push('it wanders');
  return { name: 'structure', score: 3, reason: `A recognisable story (${star.sequence}), but ${issues.join(', ')}.`, evidence };
}

function specificity(d: DimensionInput): Dimension {
  const { sig } = d;
  const resultMeasured = sig.resultMeasureSentences.length > 0;
  const measures = sig.measureSentences.length;
  const vague = sig.vague.length;
  let score: Score;
  if (resultMeasured && vague <= 1 && (measures >= 2 || sig.concreteness >= 3)) score = 4;
  else if ((resultMeasured || measures >= 2) && vague <= 2) score = 3;
  else if ((measures > 0 || sig.concreteness >= 2) && vague < 3) score = 2;
  else score = 1;
  const parts: string[] = [];
  parts.push(resultMeasured ? 'the result is measured' : measures > 0 ? 'numbers appear, but not in the result' : 'no numbers at all');
  if (vague > 0) parts.push(`${vague} vague expression${vague > 1 ? 's' : ''}`);
  parts.push(sig.concreteness >= 3 ? 'concrete names and details' : 'few concrete names or details');
  return { name: 'specificity', score, reason: `${parts[0]?.charAt(0).toUpperCase()}${parts.join('; ').slice(1)}.`, evidence: sorted([...sig.resultMeasureSentences, ...sig.measureSentences, ...sig.vague.map((v) => v.sentence)]).slice(0, 6) };
}

function ownership(d: DimensionInput): Dimension {
  const i = d.sig.iActionSentences.length;
  const we = d.sig.weActionSentences.length;
  const total = i + we;
  const passive = d.sig.passiveSentences.length;
  const note = 'Interviewers probe individual ownership; "we" is fine for the team\'s context (raters in studies even prefer it), but your own decisions should be "I".';
  if (total === 0) {
    if (!STORY_ASKS.has(d.asks)) return { name: 'ownership', score: 3, reason: 'Not a story question, so no actions to attribute.', evidence: [] };
    return { name: 'ownership', score: 1, reason: `No action sentence says who did what. ${note}`, evidence: d.sig.passiveSentences };
  }
  const ratio = i / total;
  let score: Score = ratio >= 0.6 ? 4 : ratio >= 0.34 ? 3 : ratio > 0 ? 2 : total >= 2 ? 1 : 2;
  if (score === 4 && passive >= 2) score = 3;
  const passiveNote = passive > 0 ? ` ${passive} sentence${passive > 1 ? 's use' : ' uses'} the passive voice, which hides who acted.` : '';
  return { name: 'ownership', score, reason: `"I" leads ${i} and "we" ${we} of the action sentences.${passiveNote} ${note}`, evidence: sorted([...d.sig.iActionSentences, ...d.sig.weActionSentences, ...d.sig.passiveSentences]) };
}

function values(d: DimensionInput): Dimension {
  const shown = d.values.map((v) => v.name);
  const evidence = sorted(d.values.flatMap((v) => v.evidence));
  const name = (id: string): string => d.valueNames[id] ?? id;
  if (d.targetValues.length > 0) {
    const hit = d.targetValues.length - d.missingValues.length;
    const score: Score = hit === d.targetValues.length && evidence.length >= 2 ? 4 : hit * 2 >= d.targetValues.length ? 3 : shown.length > 0 ? 2 : 1;
    const missing = d.missingValues.length > 0 ? ` Not shown: ${d.missingValues.map(name).join(', ')}.` : '';
    const showed = shown.length > 0 ? `Shows ${shown.join(', ')}.` : 'No value the pack describes is shown in so many words.';
    return { name: 'values', score, reason: `The question targets ${d.targetValues.map(name).join(', ')}. ${showed}${missing}`, evidence };
  }
  const score = clamp(shown.length + 1);
  return { name: 'values', score, reason: shown.length > 0 ? `Shows ${shown.join(', ')}.` : 'No value the pack describes is shown in so many words.', evidence };
}

const CHANGE = /\b(now|next time|since|differently|would|should have|from then on|these days|always|start)\b/i;

function reflection(d: DimensionInput, sentenceTexts: readonly string[]): Dimension {
  const refl = d.sig.reflectionSentences;
  const needs = STORY_ASKS.has(d.asks) && REFLECTION_ASKS.has(d.asks);
  if (refl.length === 0) {
    return needs
      ? { name: 'reflection', score: 1, reason: 'No lesson or change of behaviour: this question expects what you learned.', evidence: [] }
      : { name: 'reflection', score: 2, reason: 'No lesson stated; one sentence on what you learned would round it off.', evidence: [] };
  }
  const concrete = refl.some((k) => CHANGE.test(sentenceTexts[k] ?? ''));
  return concrete
    ? { name: 'reflection', score: 4, reason: 'States a lesson and how you work differently since.', evidence: refl }
    : { name: 'reflection', score: 3, reason: 'States a lesson; say what you now do differently to make it concrete.', evidence: refl };
}

function fit(d: DimensionInput): Dimension {
  const has = (code: string): boolean => d.flags.some((f) => f.code === code);
  if (has('off-question') || has('never-failed')) {
    return { name: 'fit', score: 1, reason: 'It does not answer the question asked.', evidence: d.sig.neverSentences };
  }
  if (!STORY_ASKS.has(d.asks)) {
    const example = d.sig.narrativeSentences.length > 0;
    return { name: 'fit', score: example ? 4 : 3, reason: example ? 'Answers the question and grounds it in your experience.' : 'Answers the question; a real example would make it credible.', evidence: d.sig.narrativeSentences.slice(0, 3) };
  }
  if (d.facts.noExample) return { name: 'fit', score: 2, reason: 'A general description of how you work, where the question asks for one specific time.', evidence: d.sig.genericSentences };
  const kind = d.asks === 'failure' || d.asks === 'conflict' || d.asks === 'feedback' || d.asks === 'decision' ? d.sig.kindSentences[d.asks] : d.sig.narrativeSentences;
  const score: Score = d.sig.narrativeSentences.length >= 3 ? 4 : 3;
  const what = d.asks === 'any' || d.asks === 'success' ? 'a specific story' : `a specific story about a ${d.asks}`;
  return { name: 'fit', score, reason: score === 4 ? `Answers with ${what}.` : `Answers with ${what}, but it is thin on detail.`, evidence: kind.slice(0, 4) };
}

function delivery(d: DimensionInput): Dimension {
  const has = (code: string): boolean => d.flags.some((f) => f.code === code);
  const problems = ['fillers', 'hedging', 'too-long', 'too-short', 'rambling', 'pace-fast', 'pace-slow', 'long-pauses'].filter(has);
  const score = clamp(4 - problems.length);
  const { delivery: dl } = d;
  const time = `${dl.words} words, about ${dl.seconds} s ${dl.measured ? `at ${dl.wpm} wpm (measured)` : 'at 150 wpm'}`;
  const fillerNote = dl.fillersTrusted ? '' : ' (filler count is a lower bound: the transcriber drops some)';
  const reason = `${time}; ${dl.fillers} filler${dl.fillers === 1 ? '' : 's'}${fillerNote}, ${dl.hedges} hedge${dl.hedges === 1 ? '' : 's'}.${problems.length > 0 ? ` Work on: ${problems.join(', ')}.` : ''}`;
  return { name: 'delivery', score, reason, evidence: sorted([...d.sig.fillers.map((f) => f.sentence), ...d.sig.hedges.map((h) => h.sentence)]) };
}

export function computeDimensions(d: DimensionInput, sentenceTexts: readonly string[]): Dimension[] {
  return [structure(d), specificity(d), ownership(d), values(d), reflection(d, sentenceTexts), fit(d), delivery(d)];
}
