/**
 * Overall score (0–100) and verdict on the Netflix scale. The score is a weighted mean of the
 * dimension scores, less fixed penalties for red flags, so it can only rise when a dimension
 * improves or a red flag goes away (monotone in quality). A red flag also caps the verdict at
 * "no-hire": one strong "no" sinks a candidate in a unanimous panel.
 */
import type { AnalysisFlag, Dimension, DimensionName, Verdict } from './types.js';

export const DIMENSION_WEIGHTS: Readonly<Record<DimensionName, number>> = {
  structure: 0.2,
  specificity: 0.18,
  ownership: 0.16,
  values: 0.1,
  reflection: 0.1,
  fit: 0.16,
  delivery: 0.1,
};

const PENALTIES: Partial<Record<AnalysisFlag['code'], number>> = { blame: 12, 'never-failed': 15, 'off-question': 8 };
const RED_FLAGS = new Set<AnalysisFlag['code']>(['blame', 'never-failed', 'off-question']);

export const VERDICT_THRESHOLDS: readonly { readonly min: number; readonly verdict: Verdict }[] = [
  { min: 80, verdict: 'strong-hire' },
  { min: 60, verdict: 'hire' },
  { min: 40, verdict: 'no-hire' },
  { min: 0, verdict: 'strong-no-hire' },
];

export function overallScore(dimensions: readonly Dimension[], flags: readonly AnalysisFlag[]): number {
  let sum = 0;
  let weights = 0;
  for (const d of dimensions) {
    const w = DIMENSION_WEIGHTS[d.name];
    sum += w * ((d.score - 1) / 3);
    weights += w;
  }
  let score = weights > 0 ? (sum / weights) * 100 : 0;
  for (const f of flags) score -= PENALTIES[f.code] ?? 0;
  return Math.max(0, Math.min(100, Math.round(score)));
}

export function verdictFor(score: number, flags: readonly AnalysisFlag[]): Verdict {
  const verdict = VERDICT_THRESHOLDS.find((t) => score >= t.min)?.verdict ?? 'strong-no-hire';
  if (flags.some((f) => RED_FLAGS.has(f.code)) && (verdict === 'hire' || verdict === 'strong-hire')) return 'no-hire';
  return verdict;
}
