/**
 * The STAR sequence decoder: a first-order Viterbi search over the labels of all sentences.
 * Score of a labelling = Σ emission(sentence, label) + Σ transition(previous label, label),
 * with START and END pseudo-labels. Transitions carry the S→T→A→R preference while still
 * allowing result-first answers, a skipped task and a return to context. A sentence the
 * candidate labelled ("Task: …") is pinned to that label.
 */
import { STAR_LABELS, type StarLabel } from './types.js';

export type Weights = Readonly<Record<string, number>>;

export interface StarModel {
  /** Emission weights: `${label}|${feature}` → weight. */
  readonly emit: Weights;
  /** Transition weights: `${from}>${to}` with from ∈ labels ∪ {START}, to ∈ labels ∪ {END}. */
  readonly trans: Weights;
  /**
   * Evidence needed to keep a part: when no sentence decoded as that part has a posterior
   * probability of at least this, the part is treated as absent and the answer is decoded again
   * without it (so a missing situation is not invented on the first sentence). Chosen on dev.
   */
  readonly presence?: Readonly<Partial<Record<StarLabel, number>>>;
}

export const START = 'START';
export const END = 'END';

const byFeature = new WeakMap<Weights, Map<string, Float64Array>>();

/** The emission weights regrouped by feature (one vector over the labels), cached per model. */
export function featureVectors(model: StarModel): Map<string, Float64Array> {
  let m = byFeature.get(model.emit);
  if (m) return m;
  m = new Map();
  for (const key of Object.keys(model.emit)) {
    const bar = key.indexOf('|');
    const j = STAR_LABELS.indexOf(key.slice(0, bar) as StarLabel);
    if (j < 0) continue;
    const f = key.slice(bar + 1);
    let v = m.get(f);
    if (!v) {
      v = new Float64Array(STAR_LABELS.length);
      m.set(f, v);
    }
    v[j] = model.emit[key] ?? 0;
  }
  byFeature.set(model.emit, m);
  return m;
}

/** Emission score of each label for one sentence's features. */
export function emissionScores(model: StarModel, features: readonly string[]): number[] {
  const vectors = featureVectors(model);
  const out = new Array<number>(STAR_LABELS.length).fill(0);
  for (const f of features) {
    const v = vectors.get(f);
    if (!v) continue;
    for (let j = 0; j < out.length; j++) out[j] = (out[j] ?? 0) + (v[j] ?? 0);
  }
  return out;
}

/**
 * Best label sequence. `pinned[k]` forces sentence k's label. Ties break towards the earlier
 * label in STAR_LABELS order, so the result is deterministic.
 */
export function viterbi(
  model: StarModel,
  emissions: readonly (readonly number[])[],
  pinned: readonly (StarLabel | undefined)[] = [],
  forbidden: ReadonlySet<StarLabel> = new Set(),
): StarLabel[] {
  const n = emissions.length;
  if (n === 0) return [];
  const L = STAR_LABELS.length;
  const score: number[][] = [];
  const back: number[][] = [];
  const allowed = (k: number, j: number): boolean => {
    const p = pinned[k];
    const label = STAR_LABELS[j] ?? 'other';
    return p === undefined ? !forbidden.has(label) : label === p;
  };
  const t = (from: string, to: string): number => model.trans[`${from}>${to}`] ?? 0;
  score.push(STAR_LABELS.map((label, j) => (allowed(0, j) ? (emissions[0]?.[j] ?? 0) + t(START, label) : -Infinity)));
  back.push(new Array<number>(L).fill(-1));
  for (let k = 1; k < n; k++) {
    const row: number[] = [];
    const brow: number[] = [];
    for (let j = 0; j < L; j++) {
      if (!allowed(k, j)) {
        row.push(-Infinity);
        brow.push(0);
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      for (let i = 0; i < L; i++) {
        const v = (score[k - 1]?.[i] ?? -Infinity) + t(STAR_LABELS[i] ?? '', STAR_LABELS[j] ?? '');
        if (v > best) {
          best = v;
          arg = i;
        }
      }
      row.push(best + (emissions[k]?.[j] ?? 0));
      brow.push(arg);
    }
    score.push(row);
    back.push(brow);
  }
  let best = -Infinity;
  let arg = 0;
  for (let j = 0; j < L; j++) {
    const v = (score[n - 1]?.[j] ?? -Infinity) + t(STAR_LABELS[j] ?? '', END);
    if (v > best) {
      best = v;
      arg = j;
    }
  }
  const path = new Array<number>(n).fill(0);
  path[n - 1] = arg;
  for (let k = n - 1; k > 0; k--) path[k - 1] = back[k]?.[path[k] ?? 0] ?? 0;
  return path.map((j) => STAR_LABELS[j] ?? 'other');
}

function logSumExp(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  if (m === -Infinity) return m;
  let s = 0;
  for (const x of xs) s += Math.exp(x - m);
  return m + Math.log(s);
}

/**
 * Posterior probability of each label for each sentence (forward-backward over the same scores
 * as `viterbi`, read as a linear-chain CRF). Rows sum to 1. Pinned sentences get probability 1.
 */
export function marginals(model: StarModel, emissions: readonly (readonly number[])[], pinned: readonly (StarLabel | undefined)[] = []): number[][] {
  const n = emissions.length;
  if (n === 0) return [];
  const L = STAR_LABELS.length;
  const t = (from: string, to: string): number => model.trans[`${from}>${to}`] ?? 0;
  const em = (k: number, j: number): number => {
    const p = pinned[k];
    if (p !== undefined && STAR_LABELS[j] !== p) return -Infinity;
    return emissions[k]?.[j] ?? 0;
  };
  const alpha: number[][] = [STAR_LABELS.map((l, j) => t(START, l) + em(0, j))];
  for (let k = 1; k < n; k++) {
    alpha.push(STAR_LABELS.map((l, j) => logSumExp(STAR_LABELS.map((p, i) => (alpha[k - 1]?.[i] ?? -Infinity) + t(p, l))) + em(k, j)));
  }
  const beta: number[][] = new Array<number[]>(n);
  beta[n - 1] = STAR_LABELS.map((l) => t(l, END));
  for (let k = n - 2; k >= 0; k--) {
    beta[k] = STAR_LABELS.map((l) => logSumExp(STAR_LABELS.map((q, j) => t(l, q) + em(k + 1, j) + (beta[k + 1]?.[j] ?? -Infinity))));
  }
  const logZ = logSumExp(STAR_LABELS.map((_, j) => (alpha[n - 1]?.[j] ?? -Infinity) + (beta[n - 1]?.[j] ?? -Infinity)));
  const out: number[][] = [];
  for (let k = 0; k < n; k++) {
    const row: number[] = [];
    for (let j = 0; j < L; j++) {
      const v = Math.exp((alpha[k]?.[j] ?? -Infinity) + (beta[k]?.[j] ?? -Infinity) - logZ);
      row.push(Number.isFinite(v) ? v : 0);
    }
    out.push(row);
  }
  return out;
}
