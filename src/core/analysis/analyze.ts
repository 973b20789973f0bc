/**
 * `analyzeBehavioral`: a behavioral or conversational answer → the analysis of CONTRACTS.md
 * ("Behavioral analysis (JSON)"). Pure and deterministic: same text and context, same JSON.
 * Never throws on any text; work is capped (see sanitize.ts) and the cap is reported as a flag.
 */
import type { Pack } from '../pack/build.js';
import type { Question } from '../pack/schema.js';
import { coach } from './coaching.js';
import { computeDimensions } from './dimensions.js';
import { computeFlags, deliverySeconds, flagFacts, STORY_ASKS, type Asks } from './flags.js';
import { readAnswer } from './pipeline.js';
import { overallScore, verdictFor } from './scoring.js';
import { computeSignals } from './signals.js';
import { labelStar, summarizeStar } from './star.js';
import type { AnalysisSentence, BehavioralAnalysis, DeliverySummary, MeasuredDelivery } from './types.js';
import { findValues } from './values.js';

export interface BehavioralContext {
  readonly pack: Pick<Pack, 'values'>;
  readonly question?: Pick<Question, 'id' | 'values' | 'asks' | 'followUps'> & { readonly targetSeconds?: readonly [number, number] | undefined };
  readonly delivery?: MeasuredDelivery;
  /**
   * True when the text answers the interviewer's follow-up (a second turn): it adds to the story
   * already told, so it is not expected to be a full STAR story of its own.
   */
  readonly followUp?: boolean;
}

function emptyAnalysis(ctx: BehavioralContext, analyzedChars: number, inputChars: number, truncated: boolean): BehavioralAnalysis {
  const dims = (['structure', 'specificity', 'ownership', 'values', 'reflection', 'fit', 'delivery'] as const).map((name) => ({
    name,
    score: 1 as const,
    reason: 'There are no words to analyse.',
    evidence: [],
  }));
  const flags = [
    { code: 'empty' as const, message: 'There are no words to analyse: type or paste your answer (letters, not only symbols).', evidence: [], severity: 'major' as const },
    ...(truncated ? [{ code: 'truncated' as const, message: `Only the first ${analyzedChars} of ${inputChars} characters were analysed.`, evidence: [], severity: 'info' as const }] : []),
  ];
  return {
    kind: 'behavioral',
    score: 0,
    verdict: 'strong-no-hire',
    sentences: [],
    star: { missing: ['situation', 'task', 'action', 'result'], shares: { situation: 0, task: 0, action: 0, result: 0 }, sequence: '' },
    values: [],
    missingValues: [...(ctx.question?.values ?? [])],
    dimensions: dims,
    flags,
    fixes: ['Write or say your answer: one real situation, what you did, and what happened.'],
    followUp: 'Tell me about a specific time this happened to you.',
    delivery: { words: 0, seconds: 0, measured: false, wpm: 150, fillers: 0, hedges: 0, fillersTrusted: ctx.delivery?.transcriptKeepsFillers !== false },
    ownership: { iActions: 0, weActions: 0, passiveSentences: [] },
    analyzedChars,
    ...(ctx.question?.id ? { questionId: ctx.question.id } : {}),
  };
}

export function analyzeBehavioral(text: string, ctx: BehavioralContext): BehavioralAnalysis {
  const read = readAnswer(typeof text === 'string' ? text : '');
  const sentences = read.sentences.filter((s) => s.wordCount > 0);
  if (sentences.length === 0) return emptyAnalysis(ctx, read.analyzedChars, read.input.length, read.truncated);
  const reindexed = sentences.map((s, index) => ({ ...s, index }));
  const asks: Asks = ctx.followUp ? 'follow-up' : (ctx.question?.asks ?? 'any');

  const star = labelStar(reindexed);
  const summary = summarizeStar(reindexed, star.labels);
  const sig = computeSignals(reindexed, star.labels);
  const flagCtx = {
    asks,
    targetSeconds: ctx.question?.targetSeconds,
    measured: ctx.delivery,
    truncated: read.truncated,
    analyzedChars: read.analyzedChars,
    inputChars: read.input.length,
  };
  const facts = flagFacts(sig, star.labels, summary, flagCtx);
  const flags = computeFlags(sig, star.labels, summary, facts, flagCtx);
  const { values, missing } = findValues(reindexed, star.labels, ctx.pack, ctx.question, { includeGeneric: !STORY_ASKS.has(asks) });
  const valueNames = Object.fromEntries(ctx.pack.values.map((v) => [v.id, v.name]));
  const timing = deliverySeconds(sig.words, ctx.delivery);
  const delivery: DeliverySummary = {
    words: sig.words,
    seconds: timing.seconds,
    measured: timing.measured,
    wpm: timing.wpm,
    fillers: Math.max(sig.fillers.length, ctx.delivery?.fillers ?? 0),
    hedges: sig.hedges.length,
    fillersTrusted: ctx.delivery?.transcriptKeepsFillers !== false,
  };
  const texts = reindexed.map((s) => s.text);
  const dimensions = computeDimensions(
    { sig, labels: star.labels, star: summary, facts, flags, asks, values, targetValues: ctx.question?.values ?? [], missingValues: missing, valueNames, delivery },
    texts,
  );
  const score = overallScore(dimensions, flags);
  const coaching = coach(flags, dimensions, { asks, sentences: texts, question: ctx.question, missingValueNames: missing.map((m) => valueNames[m] ?? m) });
  const out: AnalysisSentence[] = reindexed.map((s, k) => ({
    index: k,
    start: s.start,
    end: s.end,
    text: s.text,
    star: star.labels[k] ?? 'other',
    confidence: star.confidence[k] ?? 0,
    why: star.why[k] ?? [],
  }));
  return {
    kind: 'behavioral',
    score,
    verdict: verdictFor(score, flags),
    sentences: out,
    star: summary,
    values,
    missingValues: missing,
    dimensions,
    flags,
    fixes: coaching.fixes,
    followUp: coaching.followUp,
    delivery,
    ownership: { iActions: sig.iActionSentences.length, weActions: sig.weActionSentences.length, passiveSentences: sig.passiveSentences },
    analyzedChars: read.analyzedChars,
    ...(ctx.question?.id ? { questionId: ctx.question.id } : {}),
  };
}
