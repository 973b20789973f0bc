/**
 * Flags: named problems with a message and the sentences behind them (codes from CONTRACTS.md,
 * plus `never-failed`, `passive-voice`, pace flags, `truncated` and `empty`). The rules are the
 * ones the labelled corpus uses (test/fixtures/behavioral/README.md).
 */
import type { Signals } from './signals.js';
import type { AnalysisFlag, FlagCode, FlagSeverity, MeasuredDelivery, StarLabel, StarSummary } from './types.js';

/** What the question asks for (the pack's `asks`), or `follow-up` for an answer to the interviewer's follow-up. */
export type Asks = 'failure' | 'conflict' | 'feedback' | 'success' | 'decision' | 'motivation' | 'self-description' | 'plan' | 'technical' | 'any' | 'follow-up';

/** Question kinds that expect a story (STAR); the others expect a view, a plan or an explanation. */
export const STORY_ASKS: ReadonlySet<Asks> = new Set<Asks>(['failure', 'conflict', 'feedback', 'success', 'decision', 'any']);
/** Question kinds where interviewers expect a lesson learned. */
export const REFLECTION_ASKS: ReadonlySet<Asks> = new Set<Asks>(['failure', 'feedback', 'conflict', 'decision']);

/** Speaking pace used to estimate time from words. */
export const WORDS_PER_MINUTE = 150;
export const SHORT_WORDS = 60;
/** A follow-up answer adds to the story, so it may be short. */
export const SHORT_FOLLOW_UP_WORDS = 15;
export const LONG_WORDS = 450;

export interface FlagContext {
  readonly asks: Asks;
  readonly targetSeconds?: readonly [number, number] | undefined;
  readonly measured?: MeasuredDelivery | undefined;
  readonly truncated: boolean;
  readonly analyzedChars: number;
  readonly inputChars: number;
}

export interface FlagFacts {
  readonly noExample: boolean;
  readonly rambling: boolean;
  readonly offQuestion: boolean;
  readonly seconds: number;
}

/** 12345 → "12,345" (no locale data, so the output never depends on the machine). */
function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const unique = (xs: readonly number[]): number[] => [...new Set(xs)].sort((a, b) => a - b);

function flag(code: FlagCode, severity: FlagSeverity, message: string, evidence: readonly number[] = []): AnalysisFlag {
  return { code, message, evidence: unique(evidence), severity };
}

const MISSING: Record<'situation' | 'task' | 'action' | 'result', { severity: FlagSeverity; message: string }> = {
  situation: { severity: 'minor', message: 'No situation: say where and when this happened and what was at stake, in a sentence or two.' },
  task: { severity: 'minor', message: 'No task: say what you were responsible for or trying to achieve, so the actions have a goal.' },
  action: { severity: 'major', message: 'No actions: the answer never says what you actually did. That is the part interviewers grade most.' },
  result: { severity: 'major', message: 'No result: the story stops before saying what happened. End with the outcome, ideally a number.' },
};

export function deliverySeconds(words: number, measured?: MeasuredDelivery): { seconds: number; measured: boolean; wpm: number } {
  if (measured?.durationSeconds && measured.durationSeconds > 0) {
    const wpm = measured.wpm && measured.wpm > 0 ? measured.wpm : (words / measured.durationSeconds) * 60;
    return { seconds: Math.round(measured.durationSeconds), measured: true, wpm: Math.round(wpm) };
  }
  if (measured?.wpm && measured.wpm > 0) return { seconds: Math.round((words / measured.wpm) * 60), measured: true, wpm: Math.round(measured.wpm) };
  return { seconds: Math.round((words / WORDS_PER_MINUTE) * 60), measured: false, wpm: WORDS_PER_MINUTE };
}

/** Computes the facts several judgements share (generic answer, rambling, off-question). */
export function flagFacts(sig: Signals, labels: readonly StarLabel[], star: StarSummary, ctx: FlagContext): FlagFacts {
  const story = STORY_ASKS.has(ctx.asks);
  const noExample = story && sig.words >= 8 && (sig.narrativeSentences.length === 0 || (sig.narrativeSentences.length <= 1 && sig.genericSentences.length >= 2));
  const others = labels.filter((l) => l === 'other').length;
  const storySentences = labels.length - others;
  const avgWords = sig.sentences > 0 ? sig.words / sig.sentences : 0;
  const rambling =
    sig.tangentSentences.length >= 2 ||
    (sig.sentences >= 4 && avgWords > 50) ||
    (story && others >= 3 && storySentences >= 2) ||
    (story && sig.sentences >= 7 && star.shares.situation >= 0.5);
  let offQuestion = false;
  if (ctx.asks === 'failure' || ctx.asks === 'conflict' || ctx.asks === 'feedback') {
    offQuestion = sig.neverSentences.length > 0 || sig.kindSentences[ctx.asks].length === 0;
  }
  return { noExample, rambling, offQuestion, seconds: deliverySeconds(sig.words, ctx.measured).seconds };
}

export function computeFlags(sig: Signals, labels: readonly StarLabel[], star: StarSummary, facts: FlagFacts, ctx: FlagContext): AnalysisFlag[] {
  const flags: AnalysisFlag[] = [];
  const story = STORY_ASKS.has(ctx.asks);
  const idx = (label: StarLabel): number[] => labels.flatMap((l, k) => (l === label ? [k] : []));

  if (ctx.truncated) {
    flags.push(flag('truncated', 'info', `Only the first ${thousands(ctx.analyzedChars)} of ${thousands(ctx.inputChars)} characters were analysed; an interview answer is rarely longer than 3,000 characters.`));
  }
  if (story) {
    for (const part of star.missing) flags.push(flag(`missing-${part}`, MISSING[part].severity, MISSING[part].message));
    if (sig.resultMeasureSentences.length === 0) {
      const results = idx('result').filter((k) => !sig.reflectionSentences.includes(k));
      flags.push(flag('no-metrics', 'minor', results.length > 0 ? 'The result has no number: say how much changed (time, money, %, users, incidents).' : 'Nothing in the answer is measured: add what changed and by how much.', results));
    }
  }
  if (sig.vague.length >= 3) {
    const sample = [...new Set(sig.vague.map((v) => `"${v.text}"`))].slice(0, 4).join(', ');
    flags.push(flag('vague', 'minor', `Vague wording (${sample}): name the actual systems, people and numbers.`, sig.vague.map((v) => v.sentence)));
  }
  const i = sig.iActionSentences.length;
  const we = sig.weActionSentences.length;
  if (we >= 2 && i * 3 <= i + we) {
    flags.push(flag('we-heavy', 'minor', `${we} of ${i + we} action sentences say "we". Raters like "we" for the team's context, but a Netflix-style interviewer will ask what you did: say "I" for your own decisions and steps.`, sig.weActionSentences));
  }
  if (sig.passiveSentences.length >= 2) {
    flags.push(flag('passive-voice', 'info', 'Passive voice hides who acted ("the service was rewritten"): say who did it.', sig.passiveSentences));
  }
  if (sig.blameSentences.length > 0) {
    flags.push(flag('blame', 'major', 'Blame: the answer puts the fault on other people. Interviewers hear it as a red flag; say what you owned and what you would do differently.', sig.blameSentences));
  }
  if (sig.neverSentences.length > 0) {
    flags.push(flag('never-failed', 'major', 'Denying the premise ("never failed", "never disagreed") reads as a lack of self-awareness; pick a real example.', sig.neverSentences));
  }
  if (facts.offQuestion) {
    const what = ctx.asks === 'failure' ? 'a failure or mistake of yours' : ctx.asks === 'conflict' ? 'a disagreement' : 'feedback given or received';
    flags.push(flag('off-question', 'major', `The question asks for ${what}, and the answer does not give one.`, sig.neverSentences));
  }
  if (facts.noExample) {
    flags.push(flag('no-example', 'major', 'This describes how you usually act, not one specific time. Tell one real story: when, what you did, what happened.', sig.genericSentences));
  }
  if (story && REFLECTION_ASKS.has(ctx.asks) && sig.reflectionSentences.length === 0) {
    flags.push(flag('no-reflection', 'minor', 'No reflection: add what you learned or what you would do differently.'));
  }
  const shortLimit = ctx.asks === 'follow-up' ? SHORT_FOLLOW_UP_WORDS : ctx.targetSeconds ? Math.round((ctx.targetSeconds[0] * WORDS_PER_MINUTE) / 120) : SHORT_WORDS;
  const longLimit = ctx.targetSeconds ? Math.round((ctx.targetSeconds[1] * WORDS_PER_MINUTE * 1.5) / 60) : LONG_WORDS;
  if (sig.words > 0 && sig.words < shortLimit) {
    flags.push(flag('too-short', 'minor', `Only ${sig.words} words (about ${facts.seconds} s spoken): a story needs about 1–2 minutes to land.`));
  }
  if (sig.words > longLimit) {
    flags.push(flag('too-long', 'minor', `${sig.words} words, about ${Math.round(facts.seconds / 6) / 10} minutes spoken: aim for 2–3 minutes and cut the set-up first.`));
  }
  if (facts.rambling) {
    const ev = [...sig.tangentSentences, ...idx('other')];
    flags.push(flag('rambling', 'minor', 'The answer wanders: cut tangents and side stories and get to what you did sooner.', ev));
  }
  const trusted = ctx.measured?.transcriptKeepsFillers !== false;
  const fillerCount = Math.max(sig.fillers.length, ctx.measured?.fillers ?? 0);
  if (fillerCount >= 3) {
    const note = trusted ? '' : ' The transcriber drops some fillers, so the real count may be higher.';
    flags.push(flag('fillers', 'minor', `${fillerCount} fillers ("um", "you know", "basically"…): pause silently instead.${note}`, sig.fillers.map((f) => f.sentence)));
  }
  if (sig.hedges.length >= 3) {
    const sample = [...new Set(sig.hedges.map((h) => `"${h.text}"`))].slice(0, 3).join(', ');
    flags.push(flag('hedging', 'minor', `${sig.hedges.length} hedges (${sample}) undercut what you did: state it plainly.`, sig.hedges.map((h) => h.sentence)));
  }
  const m = ctx.measured;
  if (m) {
    const { wpm, measured } = deliverySeconds(sig.words, m);
    if (measured && wpm > 185) flags.push(flag('pace-fast', 'minor', `About ${wpm} words per minute: slow down to 130–160 so key numbers land.`));
    if (measured && wpm > 0 && wpm < 105) flags.push(flag('pace-slow', 'minor', `About ${wpm} words per minute: a little faster (130–160) keeps attention.`));
    const longest = m.pauses?.longestSeconds ?? 0;
    if ((m.pauses?.count ?? 0) >= 4 || longest >= 6) flags.push(flag('long-pauses', 'info', `${m.pauses?.count ?? 0} long pauses${longest ? `, the longest ${Math.round(longest)} s` : ''}: outline the story before you start.`));
  }
  return flags;
}
