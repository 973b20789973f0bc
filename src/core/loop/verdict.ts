/**
 * One interviewer's verdict on one round: a score from the analyses of the answers, adjusted for
 * unanswered questions, follow-ups and red flags; the reasons in plain words; and evidence quoted
 * verbatim from the candidate's answers. Pure and deterministic.
 */
import type { Analysis, Verdict } from './analysis-types.js';
import { byImportance, closesGap, flagLabel, gapTopic, lowerFirst, shortPoint } from './gaps.js';
import type { EvidenceQuote, Exchange, LoopState, RoundVerdict } from './types.js';

/** Score thresholds for hire verdicts: below 40 strong no hire, below 60 no hire, below 80 hire. */
export const VERDICT_THRESHOLDS = { noHire: 40, hire: 60, strongHire: 80 } as const;

export function verdictFor(score: number): Verdict {
  if (score >= VERDICT_THRESHOLDS.strongHire) return 'strong-hire';
  if (score >= VERDICT_THRESHOLDS.hire) return 'hire';
  if (score >= VERDICT_THRESHOLDS.noHire) return 'no-hire';
  return 'strong-no-hire';
}

export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  'strong-no-hire': 'strong no hire',
  'no-hire': 'no hire',
  hire: 'hire',
  'strong-hire': 'strong hire',
};

/** Flags that are red flags for any Netflix interviewer, whatever the score says. */
const RED_FLAGS = new Set(['blame', 'off-question', 'no-example']);
const RED_FLAG_PENALTY = 8;
const FOLLOW_UP_WEIGHT = 4;

const clamp = (n: number): number => Math.max(0, Math.min(100, Math.round(n)));

/** The 0..100 worth of one answer's analysis, or undefined when it could not be analysed. */
export function answerScore(analysis: Analysis): number | undefined {
  switch (analysis.kind) {
    case 'behavioral':
    case 'design':
      return clamp(analysis.score);
    case 'judge': {
      const ratio = analysis.total > 0 ? analysis.passed / analysis.total : 0;
      if (analysis.verdict === 'accepted') return 90;
      if (analysis.verdict === 'compile-error') return 10;
      if (analysis.verdict === 'time-limit' || analysis.verdict === 'memory-limit') return clamp(30 + 40 * ratio);
      return clamp(75 * ratio);
    }
    case 'unavailable':
      return undefined;
  }
}

function short(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Sentences of an answer that can be quoted verbatim: from its analysis when there is one, else a
 * plain split. Sentences read from a design diagram are labels, not the candidate's words: left out.
 */
function sentenceTexts(ex: Exchange): (string | undefined)[] {
  const a = ex.analysis;
  if (a && (a.kind === 'behavioral' || a.kind === 'design') && a.sentences.length > 0) return a.sentences.map((s) => (s.source === 'diagram' ? undefined : s.text));
  return (ex.answer ?? '')
    .split(/(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function quotes(ex: Exchange): { positive: EvidenceQuote[]; negative: EvidenceQuote[] } {
  const positive: EvidenceQuote[] = [];
  const negative: EvidenceQuote[] = [];
  const a = ex.analysis;
  const texts = sentenceTexts(ex);
  const at = (i: unknown): string | undefined => (typeof i === 'number' ? texts[i] : undefined);
  const add = (list: EvidenceQuote[], index: unknown, note: string, isPositive: boolean): void => {
    const quote = at(index);
    if (quote && !list.some((q) => q.quote === quote)) list.push({ exchangeId: ex.id, quote, note, positive: isPositive });
  };
  if (a?.kind === 'behavioral') {
    for (const v of a.values ?? []) for (const i of v.evidence.slice(0, 1)) add(positive, i, `shows ${v.value}`, true);
    a.sentences.filter((s) => s.star === 'result').slice(0, 1).forEach((s) => add(positive, s.index, 'states the result', true));
  }
  if (a?.kind === 'design') {
    for (const p of a.rubric.points.filter((pt) => pt.covered)) for (const i of (p.evidence ?? []).slice(0, 1)) add(positive, i, `covers: ${lowerFirst(shortPoint(p.text, p.id))}`, true);
  }
  if (a?.kind === 'behavioral' || a?.kind === 'design') {
    for (const f of byImportance(a.flags)) for (const i of (f.evidence ?? []).slice(0, 1)) add(negative, i, flagLabel(f), false);
  }
  return { positive, negative };
}

/** The verdict of round `index` of a loop, from what was answered in it. */
export function roundVerdict(state: LoopState, index: number): RoundVerdict {
  const planned = state.plan.rounds[index];
  const round = state.rounds[index];
  const base = {
    round: index,
    roundId: planned?.id ?? `round-${index}`,
    title: planned?.title ?? `Round ${index + 1}`,
    interviewer: planned?.interviewer ?? 'Interviewer',
    planned: planned?.items.length ?? 0,
  };
  if (!planned || !round || round.status === 'pending') {
    return { ...base, verdict: 'no-hire', score: 0, reasons: ['This round was not run, so this interviewer has nothing to support a hire.'], evidence: [], answered: 0, endReason: 'not-run' };
  }
  const mains = round.exchanges.filter((e) => e.kind !== 'follow-up');
  const answered = mains.filter((e) => e.status === 'done' || e.status === 'analysing');
  const reasons: string[] = [];
  const endReason = round.endReason ?? 'completed';
  const ending = endReason === 'time-up' ? ' before time ran out' : endReason === 'ended-early' ? ' before the round was ended' : '';
  reasons.push(`Answered ${answered.length} of ${planned.items.length} question${planned.items.length === 1 ? '' : 's'}${answered.length < planned.items.length ? ending : ''}.`);

  const scores: number[] = [];
  let unscored = 0;
  let redFlags = 0;
  const positive: EvidenceQuote[] = [];
  const negative: EvidenceQuote[] = [];
  for (const ex of answered) {
    const a = ex.analysis;
    const question = `"${short(ex.prompt)}"`;
    if (!a) {
      unscored++;
      reasons.push(`${question}: the analysis had not arrived when the panel met.`);
      continue;
    }
    const s = answerScore(a);
    if (s === undefined) {
      unscored++;
      reasons.push(`${question}: could not be analysed (${a.kind === 'unavailable' ? a.message : 'no result'}).`);
      continue;
    }
    scores.push(s);
    if (a.kind === 'judge') {
      const failing = a.tests.filter((t) => !t.passed).map((t) => t.name);
      reasons.push(`${question}: ${a.verdict}, passed ${a.passed} of ${a.total} tests${failing.length ? `; failing: ${failing.slice(0, 3).join(', ')}` : ''}.`);
    } else if (a.kind === 'design') {
      const covered = a.rubric.points.filter((p) => p.covered).length;
      const missed = a.rubric.points.filter((p) => !p.covered).map((p) => lowerFirst(shortPoint(p.text, p.id)));
      reasons.push(`${question}: scored ${s}; covered ${covered} of ${a.rubric.points.length} rubric points${missed.length ? `; missed: ${missed.slice(0, 3).join('; ')}` : ''}.`);
    } else if (a.kind === 'behavioral') {
      const flagText = [...new Set(byImportance(a.flags).map(flagLabel))].slice(0, 3);
      reasons.push(`${question}: scored ${s}${flagText.length ? ` (${flagText.join('; ')})` : ''}.`);
    }
    if (a.kind === 'behavioral' || a.kind === 'design') {
      for (const f of a.flags) {
        if (RED_FLAGS.has(f.code)) {
          redFlags++;
          reasons.push(`Red flag: ${flagLabel(f)}.`);
        }
      }
    }
    const q = quotes(ex);
    positive.push(...q.positive);
    negative.push(...q.negative);
  }

  let followUpDelta = 0;
  for (const f of round.exchanges.filter((e) => e.kind === 'follow-up')) {
    const gap = f.followUp?.gap;
    const deeper = !gap || gap.source === 'probe';
    const about = deeper ? 'The deeper follow-up' : `Follow-up on ${gapTopic(gap)}`;
    if (f.status === 'cut-off') {
      followUpDelta -= FOLLOW_UP_WEIGHT / 2;
      reasons.push(endReason === 'ended-early' ? `${about} was left unanswered when the round was ended.` : `${about} was cut off by the clock.`);
      continue;
    }
    if (f.status !== 'done' || !gap) continue;
    const closed = closesGap(gap, f.answer ?? '', f.analysis);
    if (closed === true) {
      followUpDelta += FOLLOW_UP_WEIGHT;
      reasons.push(`${about}: answered well.`);
      const first = sentenceTexts(f).find((t) => t !== undefined);
      if (first) positive.push({ exchangeId: f.id, quote: first, note: deeper ? 'answers the deeper follow-up' : `answers the follow-up on ${gapTopic(gap)}`, positive: true });
    } else if (closed === false) {
      followUpDelta -= FOLLOW_UP_WEIGHT;
      reasons.push(deeper ? `${about}: the answer stayed thin.` : `${about}: the answer still left it open.`);
    }
  }

  let score: number;
  if (answered.length === 0) {
    score = 0;
    reasons.push('No answer was given, so there is nothing to support a hire.');
  } else {
    const mean = scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : 50;
    const coverage = planned.items.length > 0 ? answered.length / planned.items.length : 1;
    score = clamp(mean * (0.6 + 0.4 * coverage) + followUpDelta - Math.min(2, redFlags) * RED_FLAG_PENALTY);
    if (unscored > 0 && scores.length === 0) reasons.push('No answer could be scored; the verdict is a neutral estimate.');
  }
  const verdict = verdictFor(score);
  reasons.unshift(`${VERDICT_LABEL[verdict]} (${score}/100).`);
  const evidence = [...positive.slice(0, 2), ...negative.slice(0, 2)];
  return { ...base, verdict, score, reasons, evidence, answered: answered.length, endReason };
}
