/**
 * The design analysis result (CONTRACTS.md, "Design analysis (JSON)"), extended with the details the
 * design page shows: quantitative reasoning, trade-off statements, Netflix-scale awareness, dimensions.
 */
import type { Pack, Question } from '../pack/index.js';

export type Verdict = 'strong-no-hire' | 'no-hire' | 'hire' | 'strong-hire';

/** Where a sentence came from: the prose (incl. Markdown headings) or a Mermaid diagram line. */
export type SentenceKind = 'prose' | 'heading' | 'diagram';

export interface DesignSentence {
  readonly index: number;
  /** Offsets (UTF-16) into the string named by `source`. */
  readonly start: number;
  readonly end: number;
  /** The sentence text; for a diagram line, its labels in reading order ("Client → Gateway: play"). */
  readonly text: string;
  /** `text`: offsets point into the answer text; `diagram`: into `ctx.diagram`. */
  readonly source: 'text' | 'diagram';
  readonly kind: SentenceKind;
  /** The phase heading this sentence sits under, when the answer uses headings. */
  readonly section?: PhaseName;
}

export interface CueHit {
  readonly sentence: number;
  readonly cue: string;
  /** Span of the matched words (offsets into the sentence's source string). */
  readonly start: number;
  readonly end: number;
}

export interface RubricPoint {
  readonly id: string;
  readonly text: string;
  readonly covered: boolean;
  /** Sentence indexes that show the point, in order. */
  readonly evidence: number[];
  readonly hits: CueHit[];
  /** The public numbers that go with the point (from the pack). */
  readonly numbers: readonly string[];
  /** Which of those numbers the answer quoted. */
  readonly numbersCited: string[];
  /** Why the interviewer cares (shown for missing points). */
  readonly why?: string;
}

export interface Rubric {
  /** covered / total, 0..1. */
  readonly coverage: number;
  readonly covered: number;
  readonly total: number;
  readonly points: RubricPoint[];
}

export const PHASES = [
  'requirements',
  'capacity',
  'api',
  'data-model',
  'high-level',
  'deep-dives',
  'failure-handling',
  'trade-offs',
  'wrap-up',
] as const;
export type PhaseName = (typeof PHASES)[number];

export interface PhaseResult {
  readonly name: PhaseName;
  readonly label: string;
  readonly present: boolean;
  readonly evidence: number[];
  /** First sentence of the phase (for the timeline), or null when missing. */
  readonly first: number | null;
  /** Only for `requirements`: functional and non-functional evidence. */
  readonly detail?: { readonly functional: number[]; readonly nonFunctional: number[] };
  /** What to do when the phase is missing. */
  readonly hint: string;
}

export type EstimateKind = 'rate' | 'bandwidth' | 'storage' | 'latency' | 'duration' | 'count' | 'percent' | 'money';

export interface Estimate {
  readonly sentence: number;
  /** The figure as written ("50k QPS"). */
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  readonly kind: EstimateKind;
}

export interface Quantitative {
  readonly estimates: Estimate[];
  readonly kinds: EstimateKind[];
  /** True when at least one figure drives a decision ("…, so we need 40 servers"). */
  readonly usedInDecisions: boolean;
  readonly decisionEvidence: number[];
  /** Sentences that do arithmetic (×, ÷, "times", "per"). */
  readonly calculations: number[];
}

export interface TradeOff {
  readonly sentence: number;
  readonly text: string;
  /** The option given up, when stated ("instead of Y"). */
  readonly alternative?: string;
  /** The reason, when stated ("because …"). */
  readonly reason?: string;
  /** Both an alternative and a reason are named. */
  readonly complete: boolean;
}

export const SCALE_TOPICS = ['regions', 'cdn', 'caching', 'chaos', 'experimentation', 'scale-numbers', 'observability'] as const;
export type ScaleTopic = (typeof SCALE_TOPICS)[number];

export interface ScaleAwareness {
  /** Topics this question's rubric calls for. */
  readonly calledFor: ScaleTopic[];
  readonly shown: { readonly topic: ScaleTopic; readonly evidence: number[] }[];
  /** Called for but not shown. */
  readonly missing: ScaleTopic[];
}

export interface Dimension {
  readonly name: 'coverage' | 'structure' | 'quantitative' | 'trade-offs' | 'scale' | 'failure-handling';
  /** 1..4 (1 weak, 4 strong). */
  readonly score: number;
  readonly reason: string;
  readonly evidence: number[];
}

export interface DesignFlag {
  readonly code: string;
  readonly message: string;
  readonly evidence: number[];
}

export interface DesignAnalysis {
  readonly kind: 'design';
  readonly questionId: string;
  readonly score: number;
  readonly verdict: Verdict;
  readonly rubric: Rubric;
  readonly phases: PhaseResult[];
  readonly quantitative: Quantitative;
  readonly tradeOffs: TradeOff[];
  readonly scale: ScaleAwareness;
  readonly dimensions: Dimension[];
  readonly sentences: DesignSentence[];
  readonly flags: DesignFlag[];
  readonly fixes: string[];
  readonly followUp: string;
  /** The reference outline of a strong answer (from the pack), to show after submitting. */
  readonly outline: readonly string[];
  /** `truncated`: the answer or diagram was longer than the analysed maximum and was cut. */
  readonly stats: { readonly words: number; readonly sentences: number; readonly diagramLines: number; readonly truncated: boolean };
}

export interface DesignContext {
  readonly pack: Pack;
  readonly question: Question;
  /** Mermaid source of the candidate's diagram; its labels count as part of the answer. */
  readonly diagram?: string;
  /**
   * Also compare the answer with the pack's other design questions (the `off-question` flag).
   * Default true.
   */
  readonly compareOtherQuestions?: boolean;
}
