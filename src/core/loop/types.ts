/**
 * The data of a mock interview loop: the plan (which questions each round asks and why),
 * the state the reducer walks through, the events it accepts and the effects it asks for.
 * Everything here is plain, JSON-serialisable, read-only data.
 */
import type { Analysis, Verdict } from './analysis-types.js';
import type { Category, Level, Role, RoundKind } from '../pack/schema.js';

// ---------------------------------------------------------------- plan

/** Why a question was picked, in parts a UI can show and a test can check. */
export interface PickWhy {
  /** Target values of the round this question covers (that no earlier pick in the round covered). */
  readonly covers: readonly string[];
  /** The user's weak values the question practises. */
  readonly weak: readonly string[];
  /** Position in the user's recent history (0 = most recent), when it was seen recently. */
  readonly seenRecently?: number;
  /** The question is written for this kind of round. */
  readonly roundMatch: boolean;
  /** Filters that had to be loosened to find enough questions. */
  readonly relaxed?: 'level' | 'role' | 'any';
}

export interface PlannedItem {
  /** A question from the pack, or a coding problem (coding rounds). */
  readonly kind: 'question' | 'problem';
  /** Question id or problem id. */
  readonly id: string;
  /** What the interviewer says. */
  readonly text: string;
  readonly category: Category;
  readonly values: readonly string[];
  /** The pack's follow-ups for this question or problem. */
  readonly followUps: readonly string[];
  /** Design rubric points, for system-design questions. */
  readonly keyPoints: readonly { readonly id: string; readonly text: string }[];
  readonly why: PickWhy;
  /** One sentence explaining the pick. */
  readonly reason: string;
}

export interface PlannedRound {
  readonly id: string;
  readonly kind: RoundKind;
  readonly title: string;
  readonly minutes: number;
  readonly format: string;
  readonly interviewer: string;
  readonly grades: readonly string[];
  readonly values: readonly string[];
  readonly optional: boolean;
  /** This round's interviewer is the hiring manager (whose call the debrief shows). */
  readonly hiringManager: boolean;
  readonly items: readonly PlannedItem[];
}

export interface LoopPlan {
  readonly loopId: string;
  readonly title: string;
  readonly role: Role;
  readonly level: Level;
  readonly seed: string;
  readonly decision: { readonly rule: string; readonly owner: string };
  readonly rounds: readonly PlannedRound[];
  /** Things the candidate should know about the plan (fallbacks, too few questions…). */
  readonly warnings: readonly string[];
}

// ---------------------------------------------------------------- follow-ups

/** A gap in an answer the interviewer can probe. */
export interface Gap {
  /** Where the gap came from: an analysis flag, an uncovered rubric point, a failing test, or none (a deeper probe). */
  readonly source: 'flag' | 'rubric' | 'test' | 'verdict' | 'probe';
  /** Flag code, rubric point id, test name, judge verdict, or "deeper". */
  readonly code: string;
  /** Human text of the gap (flag message, point text, test name). */
  readonly detail: string;
}

export interface FollowUp {
  readonly text: string;
  readonly gap: Gap;
  /** The text is one of the question's own follow-ups from the pack. */
  readonly fromPack: boolean;
  /** Why this follow-up was asked. */
  readonly reason: string;
}

// ---------------------------------------------------------------- state

export type ExchangeKind = 'question' | 'problem' | 'follow-up';

/**
 * pending: chosen, not yet shown; shown: on screen, waiting for the answer; analysing: answer in,
 * analysis awaited; done: answered and analysed; cut-off: time ran out (or the round was ended) while
 * it was open; unasked: chosen but the round ended before it was shown.
 */
export type ExchangeStatus = 'pending' | 'shown' | 'analysing' | 'done' | 'cut-off' | 'unasked';

export interface Exchange {
  /** Stable id: `r<round>-i<item>` for main prompts, `…-f<n>` for follow-ups. */
  readonly id: string;
  readonly kind: ExchangeKind;
  /** Index of the planned item this exchange belongs to. */
  readonly item: number;
  readonly prompt: string;
  readonly status: ExchangeStatus;
  readonly followUp?: FollowUp;
  readonly shownAt?: number;
  readonly answeredAt?: number;
  readonly answer?: string;
  readonly code?: string;
  readonly language?: string;
  /** Mermaid text of the diagram drawn with a design answer. */
  readonly diagram?: string;
  /** Text typed when time ran out (kept, not graded). */
  readonly draft?: string;
  readonly analysis?: Analysis;
}

export type RoundStatus = 'pending' | 'active' | 'ended';
export type RoundEndReason = 'completed' | 'time-up' | 'ended-early';

export interface RoundState {
  readonly status: RoundStatus;
  readonly startedAt?: number;
  readonly deadline?: number;
  readonly endedAt?: number;
  readonly endReason?: RoundEndReason;
  readonly exchanges: readonly Exchange[];
  /** Follow-ups chosen but not yet asked, in order. */
  readonly queue: readonly FollowUp[];
  /** Index of the next planned item to ask. */
  readonly nextItem: number;
}

export type LoopPhase = 'ready' | 'in-round' | 'between-rounds' | 'debriefing' | 'finished' | 'abandoned';

export interface LoopState {
  readonly version: 1;
  readonly id: string;
  readonly plan: LoopPlan;
  readonly phase: LoopPhase;
  readonly createdAt: number;
  /** Time of the latest accepted event (never goes backwards). */
  readonly clock: number;
  readonly startedAt?: number;
  readonly finishedAt?: number;
  readonly abandonedAt?: number;
  /** Index of the active or most recently run round; -1 before the first round. */
  readonly current: number;
  readonly rounds: readonly RoundState[];
  /** Set when the loop finishes. */
  readonly debrief?: Debrief;
}

// ---------------------------------------------------------------- events

interface At {
  /** Time of the event in ms since the epoch, supplied by the outer layer. */
  readonly at: number;
}

export type LoopEvent =
  | ({ readonly type: 'start' } & At)
  | ({ readonly type: 'question-shown'; readonly exchangeId?: string } & At)
  | ({ readonly type: 'answer-submitted'; readonly text: string; readonly diagram?: string; readonly analysis?: unknown } & At)
  | ({ readonly type: 'follow-up-answered'; readonly text: string; readonly analysis?: unknown } & At)
  | ({ readonly type: 'code-submitted'; readonly code: string; readonly language?: string; readonly result?: unknown } & At)
  | ({ readonly type: 'analysis-ready'; readonly exchangeId: string; readonly analysis: unknown } & At)
  | ({ readonly type: 'time-up'; readonly round?: number; readonly draft?: string } & At)
  | ({ readonly type: 'round-ended'; readonly draft?: string } & At)
  | ({ readonly type: 'abandoned' } & At)
  | ({ readonly type: 'resumed' } & At);

export type LoopEventType = LoopEvent['type'];
export const EVENT_TYPES: readonly LoopEventType[] = [
  'start',
  'question-shown',
  'answer-submitted',
  'follow-up-answered',
  'code-submitted',
  'analysis-ready',
  'time-up',
  'round-ended',
  'abandoned',
  'resumed',
];

// ---------------------------------------------------------------- effects

export type LoopEffect =
  | { readonly type: 'save' }
  | { readonly type: 'start-timer'; readonly round: number; readonly deadline: number; readonly ms: number }
  | { readonly type: 'stop-timer'; readonly round: number }
  | { readonly type: 'show-prompt'; readonly round: number; readonly exchangeId: string; readonly kind: ExchangeKind; readonly text: string }
  | {
      readonly type: 'analyse-answer';
      readonly exchangeId: string;
      readonly questionId: string;
      readonly category: Category;
      readonly text: string;
      /** For follow-ups: what the interviewer asked. */
      readonly prompt?: string;
      /** Mermaid text of the diagram drawn with a design answer. */
      readonly diagram?: string;
    }
  | { readonly type: 'run-code'; readonly exchangeId: string; readonly problemId: string; readonly code: string; readonly language: string }
  | { readonly type: 'round-over'; readonly round: number; readonly reason: RoundEndReason }
  | { readonly type: 'debrief-ready' }
  | { readonly type: 'notice'; readonly code: string; readonly message: string }
  | { readonly type: 'error'; readonly code: LoopErrorCode; readonly message: string };

export type LoopErrorCode = 'invalid-event' | 'wrong-prompt' | 'empty-answer' | 'unknown-exchange' | 'stale-timer' | 'loop-over' | 'malformed-event';

export interface TransitionResult {
  readonly state: LoopState;
  readonly effects: readonly LoopEffect[];
}

// ---------------------------------------------------------------- debrief

export interface EvidenceQuote {
  readonly exchangeId: string;
  /** A sentence from the candidate's answer, verbatim. */
  readonly quote: string;
  /** What the quote shows. */
  readonly note: string;
  readonly positive: boolean;
}

export interface RoundVerdict {
  readonly round: number;
  readonly roundId: string;
  readonly title: string;
  readonly interviewer: string;
  readonly verdict: Verdict;
  /** 0..100, the number behind the verdict. */
  readonly score: number;
  readonly reasons: readonly string[];
  readonly evidence: readonly EvidenceQuote[];
  readonly answered: number;
  readonly planned: number;
  readonly endReason: RoundEndReason | 'not-run';
}

export interface PractiseItem {
  /** "value" for a culture value, "round" for a kind of round. */
  readonly kind: 'value' | 'round';
  readonly id: string;
  readonly why: string;
  /** Question ids to practise (when a pack was given to the debrief). */
  readonly questions: readonly string[];
}

export interface Debrief {
  readonly rounds: readonly RoundVerdict[];
  readonly panel: {
    readonly decision: 'offer' | 'no-offer';
    /** Plain-language explanation of the decision under the unanimous rule. */
    readonly explanation: string;
    readonly sunkBy: readonly string[];
    readonly rule: string;
  };
  readonly hiringManager: { readonly roundId?: string; readonly verdict?: Verdict; readonly call: 'hire' | 'no-hire'; readonly note: string };
  readonly topFixes: readonly { readonly text: string; readonly count: number; readonly rounds: readonly string[] }[];
  readonly practiseNext: readonly PractiseItem[];
}
