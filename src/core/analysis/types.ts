/**
 * Public types of the answer-analysis engine. The JSON shape of `BehavioralAnalysis` is a stable
 * contract (see /work/shared/CONTRACTS.md, "Behavioral analysis (JSON)"): fields may be added,
 * never renamed or removed.
 */

export const STAR_LABELS = ['situation', 'task', 'action', 'result', 'other'] as const;
export type StarLabel = (typeof STAR_LABELS)[number];
/** The four STAR parts (everything but `other`). */
export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof STAR_PARTS)[number];

/** One analysed sentence. `start`/`end` are UTF-16 offsets into the input text (end exclusive). */
export interface AnalysisSentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly star: StarLabel;
  /** The labeller's posterior probability for `star`, 0..1. */
  readonly confidence: number;
  /** Short reasons the labeller chose `star` (the strongest signals), for the UI's tooltip. */
  readonly why: readonly string[];
}

export type FlagCode =
  | 'missing-situation'
  | 'missing-task'
  | 'missing-action'
  | 'missing-result'
  | 'no-metrics'
  | 'vague'
  | 'we-heavy'
  | 'blame'
  | 'no-reflection'
  | 'off-question'
  | 'no-example'
  | 'too-short'
  | 'too-long'
  | 'rambling'
  | 'fillers'
  | 'hedging'
  | 'never-failed'
  | 'passive-voice'
  | 'pace-fast'
  | 'pace-slow'
  | 'long-pauses'
  | 'truncated'
  | 'empty';

export type FlagSeverity = 'info' | 'minor' | 'major';

export interface AnalysisFlag {
  readonly code: FlagCode;
  readonly message: string;
  /** Sentence indexes the flag points at (may be empty when it is about what is absent). */
  readonly evidence: readonly number[];
  readonly severity: FlagSeverity;
}

export type DimensionName = 'structure' | 'specificity' | 'ownership' | 'values' | 'reflection' | 'fit' | 'delivery';

export interface Dimension {
  readonly name: DimensionName;
  /** 1 (weak) … 4 (strong). */
  readonly score: 1 | 2 | 3 | 4;
  readonly reason: string;
  readonly evidence: readonly number[];
}

/** A value of the pack the answer shows, with the sentences that show it. */
export interface ValueEvidence {
  readonly value: string;
  readonly name: string;
  readonly lists: readonly string[];
  /** True when the question targets this value. */
  readonly target: boolean;
  readonly evidence: readonly number[];
  /** Which of the pack's evidence behaviours matched, with the cue and the sentence. */
  readonly behaviours: readonly { readonly behaviour: string; readonly cue: string; readonly sentence: number }[];
}

/** Measured delivery from a recording (all optional; what is present overrides the estimate). */
export interface MeasuredDelivery {
  /** Speaking time in seconds. */
  readonly durationSeconds?: number;
  /** Measured pace in words per minute. */
  readonly wpm?: number;
  /** Pauses longer than ~1 s. */
  readonly pauses?: { readonly count: number; readonly longestSeconds?: number; readonly totalSeconds?: number };
  /** Filler count measured from the audio, when the transcriber keeps fillers. */
  readonly fillers?: number;
  /** False when the transcription engine drops "um"/"uh": filler counts cannot be trusted. */
  readonly transcriptKeepsFillers?: boolean;
}

export interface StarSummary {
  readonly missing: readonly StarPart[];
  readonly shares: Readonly<Record<StarPart, number>>;
  /** Sentence labels in order, e.g. "RSTAAR" (O for other). */
  readonly sequence: string;
}

export interface DeliverySummary {
  readonly words: number;
  /** Estimated (150 wpm) or measured speaking time. */
  readonly seconds: number;
  readonly measured: boolean;
  readonly wpm: number;
  readonly fillers: number;
  readonly hedges: number;
  readonly fillersTrusted: boolean;
}

export interface OwnershipSummary {
  /** First-person-singular ("I") and plural ("we") agents in action sentences. */
  readonly iActions: number;
  readonly weActions: number;
  readonly passiveSentences: readonly number[];
}

export interface BehavioralAnalysis {
  readonly kind: 'behavioral';
  readonly score: number;
  readonly verdict: Verdict;
  readonly sentences: readonly AnalysisSentence[];
  readonly star: StarSummary;
  readonly values: readonly ValueEvidence[];
  /** Values the question targets that the answer does not show. */
  readonly missingValues: readonly string[];
  readonly dimensions: readonly Dimension[];
  readonly flags: readonly AnalysisFlag[];
  readonly fixes: readonly string[];
  readonly followUp: string;
  readonly delivery: DeliverySummary;
  readonly ownership: OwnershipSummary;
  /** Characters analysed (less than the input length when the input was capped). */
  readonly analyzedChars: number;
  readonly questionId?: string;
}

export type Verdict = 'strong-no-hire' | 'no-hire' | 'hire' | 'strong-hire';
