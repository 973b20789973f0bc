/** Shapes the Practice page reads: the behavioral analysis (CONTRACTS.md) and stored attempts. */
export type { AnalysisFlag, AnalysisSentence, BehavioralAnalysis, Dimension, StarLabel, ValueEvidence } from '../../../../src/core/analysis/types.js';
import type { BehavioralAnalysis } from '../../../../src/core/analysis/types.js';

/** An attempt as GET /api/attempts returns it. */
export interface Attempt {
  readonly id: string;
  readonly kind: string;
  readonly questionId: string;
  readonly answer: string;
  readonly analysis: BehavioralAnalysis;
  readonly score: number;
  readonly meta: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
}

/** POST /api/attempts answers 201 with this. */
export interface AttemptCreated {
  readonly id: string;
  readonly analysis: BehavioralAnalysis;
}

/** Question categories practised on this page (design and coding have their own pages). */
export const PRACTICE_CATEGORIES = new Set(['behavioral', 'hiring-manager', 'leadership', 'manager', 'data-science', 'machine-learning', 'product']);
