/**
 * From the measurements to judgement: 1–4 dimensions, the overall score and verdict, flags, the
 * three most valuable fixes and the follow-up a sceptical interviewer asks next. Pure.
 */
import type { Question } from '../pack/index.js';
import { PHASE_LABELS } from './lexicon.js';
import type { DesignFlag, Dimension, PhaseResult, Quantitative, Rubric, ScaleAwareness, ScaleTopic, TradeOff, Verdict } from './types.js';

export interface Measurements {
  readonly question: Question;
  readonly rubric: Rubric;
  readonly phases: readonly PhaseResult[];
  readonly quantitative: Quantitative;
  readonly tradeOffs: readonly TradeOff[];
  readonly scale: ScaleAwareness;
  readonly words: number;
  /** Best-matching other design question, when it fits clearly better than this one. */
  readonly offQuestion?: { readonly id: string; readonly text: string; readonly coverage: number };
}

const TOPIC_NAMES: Record<ScaleTopic, string> = {
  regions: 'multi-region operation',
  cdn: 'the CDN / edge',
  caching: 'caching',
  chaos: 'chaos testing',
  experimentation: 'A/B testing and canaries',
  'scale-numbers': 'Netflix-scale figures',
  observability: 'metrics and monitoring',
};

const MIN_WORDS = 150;

function phase(m: Measurements, name: PhaseResult['name']): PhaseResult | undefined {
  return m.phases.find((p) => p.name === name);
}

export function dimensions(m: Measurements): Dimension[] {
  const { rubric, quantitative: q, tradeOffs, scale } = m;
  const cov = rubric.coverage;
  const present = m.phases.filter((p) => p.present);
  const failure = phase(m, 'failure-handling');
  const capacityKinds = q.kinds.filter((k) => k === 'rate' || k === 'bandwidth' || k === 'storage' || k === 'count');
  const complete = tradeOffs.filter((t) => t.complete).length;
  const calledShown = scale.calledFor.filter((t) => !scale.missing.includes(t)).length;
  const scaleRatio = scale.calledFor.length ? calledShown / scale.calledFor.length : 1;
  const failureN = failure?.evidence.length ?? 0;
  return [
    {
      name: 'coverage',
      score: cov >= 0.75 ? 4 : cov >= 0.5 ? 3 : cov >= 0.25 ? 2 : 1,
      reason: `Covers ${rubric.covered} of ${rubric.total} rubric points (${Math.round(cov * 100)}%).`,
      evidence: [...new Set(rubric.points.flatMap((p) => p.evidence))].sort((x, y) => x - y),
    },
    {
      name: 'structure',
      score: present.length >= 8 ? 4 : present.length >= 6 ? 3 : present.length >= 4 ? 2 : 1,
      reason: `${present.length} of ${m.phases.length} phases present${present.length < m.phases.length ? `; missing: ${m.phases.filter((p) => !p.present).map((p) => p.label.toLowerCase()).join(', ')}` : ''}.`,
      evidence: present.map((p) => p.first ?? 0),
    },
    {
      name: 'quantitative',
      score: q.estimates.length >= 3 && capacityKinds.length >= 2 && q.usedInDecisions ? 4 : q.estimates.length >= 2 && q.usedInDecisions ? 3 : q.estimates.length > 0 ? 2 : 1,
      reason:
        q.estimates.length === 0
          ? 'No figures: no load, bandwidth or storage estimates.'
          : `${q.estimates.length} figure(s) (${q.kinds.join(', ')})${q.usedInDecisions ? ', used to drive decisions' : ', but none drives a decision'}.`,
      evidence: [...new Set([...q.estimates.map((e) => e.sentence)])],
    },
    {
      name: 'trade-offs',
      score: tradeOffs.length >= 3 && complete >= 2 ? 4 : tradeOffs.length >= 2 && complete >= 1 ? 3 : tradeOffs.length >= 1 ? 2 : 1,
      reason: tradeOffs.length === 0 ? 'No explicit trade-offs.' : `${tradeOffs.length} trade-off statement(s), ${complete} with both the alternative and the reason.`,
      evidence: tradeOffs.map((t) => t.sentence),
    },
    {
      name: 'scale',
      score: scaleRatio >= 0.8 ? 4 : scaleRatio >= 0.5 ? 3 : scaleRatio > 0 ? 2 : 1,
      reason: scale.missing.length === 0 ? 'Shows every Netflix-scale topic the question calls for.' : `Not shown: ${scale.missing.map((t) => TOPIC_NAMES[t]).join(', ')}.`,
      evidence: [...new Set(scale.shown.flatMap((s) => s.evidence))].sort((x, y) => x - y).slice(0, 12),
    },
    {
      name: 'failure-handling',
      score: failureN >= 4 ? 4 : failureN >= 2 ? 3 : failureN === 1 ? 2 : 1,
      reason: failureN === 0 ? 'Nothing on what fails or how the system degrades.' : `${failureN} sentence(s) on failures, bottlenecks or degradation.`,
      evidence: failure?.evidence ?? [],
    },
  ];
}

export function overallScore(m: Measurements, dims: readonly Dimension[]): number {
  const d = (name: Dimension['name']): number => ((dims.find((x) => x.name === name)?.score ?? 1) - 1) / 3;
  const phaseRatio = m.phases.filter((p) => p.present).length / Math.max(1, m.phases.length);
  let score = 100 * (0.5 * m.rubric.coverage + 0.1 * phaseRatio + 0.1 * d('quantitative') + 0.1 * d('trade-offs') + 0.1 * d('scale') + 0.1 * d('failure-handling'));
  if (m.words < MIN_WORDS) score *= Math.max(0.3, m.words / MIN_WORDS);
  if (m.offQuestion) score *= 0.6;
  return Math.max(0, Math.min(100, Math.round(score)));
}

export function verdictOf(score: number, coverage: number): Verdict {
  if (score >= 80 && coverage >= 0.7) return 'strong-hire';
  if (score >= 62 && coverage >= 0.5) return 'hire';
  if (score >= 38) return 'no-hire';
  return 'strong-no-hire';
}

export function flagsOf(m: Measurements): DesignFlag[] {
  const flags: DesignFlag[] = [];
  const missing = (name: PhaseResult['name']): boolean => !phase(m, name)?.present;
  if (m.offQuestion) {
    flags.push({ code: 'off-question', message: `This reads like an answer to "${m.offQuestion.text}" rather than the question asked.`, evidence: [] });
  }
  if (m.words < MIN_WORDS) flags.push({ code: 'too-short', message: `Only ${m.words} words; a 45-minute design round needs far more ground covered.`, evidence: [] });
  if (m.rubric.coverage < 0.5) {
    flags.push({ code: 'low-coverage', message: `Covers ${m.rubric.covered} of ${m.rubric.total} rubric points.`, evidence: [] });
  }
  const req = phase(m, 'requirements');
  if (!req?.present) flags.push({ code: 'missing-requirements', message: 'No requirements: the answer jumps straight into the design.', evidence: [] });
  else if ((req.detail?.nonFunctional.length ?? 0) === 0) flags.push({ code: 'missing-non-functional', message: 'No non-functional requirements (latency, availability, consistency, scale).', evidence: req.evidence });
  const hl = phase(m, 'high-level');
  if (req?.present && hl?.first !== null && hl?.first !== undefined && req.first !== null && hl.first < req.first && hl.first === 0) {
    flags.push({ code: 'jumped-to-solution', message: 'The design starts before the requirements are clear.', evidence: [hl.first] });
  }
  if (m.quantitative.estimates.length === 0) flags.push({ code: 'no-estimates', message: 'No numbers: no traffic, bandwidth or storage estimates.', evidence: [] });
  else if (!m.quantitative.usedInDecisions) flags.push({ code: 'estimates-unused', message: 'The figures are stated but never used to make a decision.', evidence: m.quantitative.estimates.map((e) => e.sentence) });
  if (missing('failure-handling')) flags.push({ code: 'no-failure-handling', message: 'Nothing on failures, bottlenecks or graceful degradation.', evidence: [] });
  if (m.tradeOffs.length === 0) flags.push({ code: 'no-tradeoffs', message: 'No trade-offs stated ("X instead of Y because …").', evidence: [] });
  if (m.scale.missing.length > 0 && m.scale.calledFor.length > 0 && m.scale.missing.length / m.scale.calledFor.length >= 0.5) {
    flags.push({ code: 'no-scale-awareness', message: `Little Netflix-scale thinking: nothing on ${m.scale.missing.map((t) => TOPIC_NAMES[t]).join(', ')}.`, evidence: [] });
  }
  for (const name of ['api', 'data-model', 'high-level'] as const) {
    if (missing(name)) flags.push({ code: `missing-${name}`, message: `No ${name === 'api' ? 'API' : PHASE_LABELS[name].toLowerCase()} section or statements.`, evidence: [] });
  }
  return flags;
}

function lowerFirst(s: string): string {
  return s.length > 1 && /^[A-Z][a-z]/.test(s) ? s[0]?.toLowerCase() + s.slice(1) : s;
}

function stripPeriod(s: string): string {
  return s.replace(/[.\s]+$/, '');
}

export function fixesOf(m: Measurements): string[] {
  const candidates: { weight: number; text: string }[] = [];
  if (m.offQuestion) candidates.push({ weight: 100, text: `Answer the question asked: "${m.question.text}" — this answer fits "${m.offQuestion.text}" better.` });
  const missingPoints = m.rubric.points.filter((p) => !p.covered);
  missingPoints.slice(0, 3).forEach((p, k) => {
    const why = p.why ? ` ${stripPeriod(p.why)}.` : '';
    const nums = p.numbers.length > 0 ? ` Anchor it with a real figure (${p.numbers.slice(0, 2).join('; ')}).` : '';
    candidates.push({ weight: 60 - k * 8 + (m.rubric.coverage < 0.5 ? 15 : 0), text: `Cover: ${stripPeriod(p.text)}.${why}${nums}` });
  });
  const ph = (name: PhaseResult['name']): PhaseResult | undefined => phase(m, name);
  if (!ph('requirements')?.present) candidates.push({ weight: 58, text: `Start with requirements. ${ph('requirements')?.hint ?? ''}` });
  if (!ph('failure-handling')?.present) candidates.push({ weight: 57, text: `Add failure handling. ${ph('failure-handling')?.hint ?? ''}` });
  if (m.quantitative.estimates.length === 0) candidates.push({ weight: 55, text: `Add estimates. ${ph('capacity')?.hint ?? ''}` });
  else if (!m.quantitative.usedInDecisions) candidates.push({ weight: 45, text: 'Use your numbers: say what each estimate decides ("…so one region cannot absorb the load, which is why we fill the edge first").' });
  if (m.tradeOffs.length === 0) candidates.push({ weight: 50, text: `Name your trade-offs. ${ph('trade-offs')?.hint ?? ''}` });
  else if (!m.tradeOffs.some((t) => t.complete)) candidates.push({ weight: 35, text: 'Complete your trade-offs: name the alternative you rejected and the reason in the same breath.' });
  if (m.scale.missing.length > 0) candidates.push({ weight: 40, text: `Show Netflix-scale thinking: bring in ${m.scale.missing.map((t) => TOPIC_NAMES[t]).join(', ')}.` });
  for (const name of ['api', 'data-model', 'wrap-up', 'capacity', 'deep-dives', 'high-level'] as const) {
    const p = ph(name);
    if (p && !p.present) candidates.push({ weight: name === 'high-level' ? 48 : 30, text: `${p.label}: ${p.hint}` });
  }
  return candidates
    .sort((x, y) => y.weight - x.weight)
    .slice(0, 3)
    .map((c) => c.text);
}

export function followUpOf(m: Measurements): string {
  const failure = phase(m, 'failure-handling');
  if (!failure?.present || (m.scale.calledFor.includes('regions') && m.scale.missing.includes('regions'))) {
    return 'How does this survive losing a region?';
  }
  if (m.quantitative.estimates.length === 0) return 'What peak load are you designing for — requests per second, bandwidth, storage — and how many machines does that take?';
  const first = m.rubric.points.find((p) => !p.covered);
  if (first) return `You did not get to this: ${lowerFirst(stripPeriod(first.text))}. How would you handle it?`;
  if (!m.quantitative.usedInDecisions) return 'Which of your numbers changed a decision, and what would you do differently at ten times the load?';
  return m.question.followUps[0] ?? 'What would you change at ten times the scale?';
}
