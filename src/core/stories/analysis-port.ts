/**
 * The part of the behavioral analysis (CONTRACTS.md, "Behavioral analysis (JSON)") the story bank
 * reads, restated structurally so the analyser can be passed in: the real `analyzeBehavioral`
 * from src/core/analysis fits this type, and tests pass a fake.
 */
import type { Pack } from '../pack/build.js';
import type { Question } from '../pack/schema.js';

export type StarLabel = 'situation' | 'task' | 'action' | 'result' | 'other';
export type Verdict = 'strong-no-hire' | 'no-hire' | 'hire' | 'strong-hire';

export interface AnalysisSentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly star?: StarLabel | undefined;
}

export interface AnalysisFlag {
  readonly code: string;
  readonly message: string;
  readonly evidence?: readonly unknown[] | undefined;
}

export interface BehavioralAnalysisLike {
  readonly kind: 'behavioral';
  readonly score: number;
  readonly verdict: Verdict;
  readonly sentences: readonly AnalysisSentence[];
  readonly star: { readonly missing: readonly string[]; readonly shares?: Readonly<Record<string, number>> | undefined };
  readonly values: readonly { readonly value: string; readonly evidence: readonly number[] }[];
  readonly dimensions: readonly { readonly name: string; readonly score: number; readonly reason?: string | undefined }[];
  readonly flags: readonly AnalysisFlag[];
  readonly fixes: readonly string[];
  readonly followUp?: string | undefined;
}

export interface AnalyzeOptions {
  readonly pack: Pack;
  readonly question?: Question | undefined;
}

/** `analyzeBehavioral(text, { pack, question? })`. */
export type AnalyzeBehavioral = (text: string, options: AnalyzeOptions) => BehavioralAnalysisLike;
