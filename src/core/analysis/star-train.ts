/**
 * Fits the STAR labeller's weights as a linear-chain CRF: maximise the log-likelihood of the gold
 * label sequences (forward-backward gives the expected feature counts) with a Gaussian prior
 * centred on the hand-set weights of star-prior.ts (L2 pull towards the prior, not towards zero),
 * using full-batch Adagrad. Pure and deterministic. Used by `npm run eval -- --train` on the dev
 * corpus only; the fitted weights are written to star-weights.ts.
 */
import { END, START, type StarModel } from './star-decoder.js';
import { STAR_LABELS, type StarLabel } from './types.js';

export interface TrainingSequence {
  readonly features: readonly (readonly string[])[];
  readonly labels: readonly StarLabel[];
}

export interface TrainOptions {
  /** Passes over the data (full-batch gradient steps). */
  readonly iterations?: number;
  /** Strength of the pull towards the prior (L2 coefficient). */
  readonly l2?: number;
  /** Multiplier of `l2` per feature (e.g. stronger for word features, which memorise). Default 1. */
  readonly l2Scale?: (feature: string) => number;
  readonly learningRate?: number;
  /** Starting weights and centre of the prior (e.g. STAR_PRIOR). */
  readonly prior?: StarModel;
  /** Drop weights whose magnitude is below this in the result. */
  readonly prune?: number;
  /**
   * Multiply the fitted transition weights by this (default 1). Emission weights fitted on a small
   * corpus are over-confident; giving the S→T→A→R transitions more say generalises better to answers
   * written in another voice (chosen on dev: train on one writing session, test on the other).
   */
  readonly transitionScale?: number;
}

const L = STAR_LABELS.length;
const FROM = [...STAR_LABELS, START];
const TO = [...STAR_LABELS, END];

function logSumExp(xs: readonly number[]): number {
  let m = -Infinity;
  for (const x of xs) if (x > m) m = x;
  if (m === -Infinity) return m;
  let s = 0;
  for (const x of xs) s += Math.exp(x - m);
  return m + Math.log(s);
}

export function trainStarModel(data: readonly TrainingSequence[], options: TrainOptions = {}): StarModel {
  const iterations = options.iterations ?? 150;
  const l2 = options.l2 ?? 0.3;
  const lr = options.learningRate ?? 0.3;
  const prior = options.prior ?? { emit: {}, trans: {} };

  // Index features: feature name → id; emission weight index = id * L + label.
  const featIds = new Map<string, number>();
  const seqs = data.map((s) => ({
    feats: s.features.map((fs) =>
      fs.map((f) => {
        let id = featIds.get(f);
        if (id === undefined) {
          id = featIds.size;
          featIds.set(f, id);
        }
        return id;
      }),
    ),
    gold: s.labels.map((l) => STAR_LABELS.indexOf(l)),
  }));
  // Features the prior knows keep their weights even if the data never shows them.
  for (const key of Object.keys(prior.emit)) {
    const f = key.slice(key.indexOf('|') + 1);
    if (!featIds.has(f)) featIds.set(f, featIds.size);
  }
  const names = [...featIds.keys()];
  const F = names.length;
  const emitPrior = new Float64Array(F * L);
  names.forEach((f, id) => STAR_LABELS.forEach((l, j) => (emitPrior[id * L + j] = prior.emit[`${l}|${f}`] ?? 0)));
  const transPrior = new Float64Array(FROM.length * TO.length);
  FROM.forEach((a, i) => TO.forEach((b, j) => (transPrior[i * TO.length + j] = prior.trans[`${a}>${b}`] ?? 0)));
  const emitL2 = new Float64Array(F * L);
  names.forEach((f, id) => {
    const scale = options.l2Scale ? options.l2Scale(f) : 1;
    for (let j = 0; j < L; j++) emitL2[id * L + j] = l2 * scale;
  });
  const emit = Float64Array.from(emitPrior);
  const trans = Float64Array.from(transPrior);
  const gEmitSq = new Float64Array(F * L);
  const gTransSq = new Float64Array(trans.length);
  const tIdx = (i: number, j: number): number => i * TO.length + j;
  const startRow = L; // FROM index of START
  const endCol = L; // TO index of END

  for (let it = 0; it < iterations; it++) {
    const gEmit = new Float64Array(F * L);
    const gTrans = new Float64Array(trans.length);
    for (const seq of seqs) {
      const n = seq.feats.length;
      if (n === 0) continue;
      const em = seq.feats.map((fs) => {
        const row = new Array<number>(L).fill(0);
        for (const id of fs) for (let j = 0; j < L; j++) row[j] = (row[j] ?? 0) + (emit[id * L + j] ?? 0);
        return row;
      });
      // Forward / backward in log space.
      const alpha: number[][] = [];
      alpha.push(STAR_LABELS.map((_, j) => (trans[tIdx(startRow, j)] ?? 0) + (em[0]?.[j] ?? 0)));
      for (let k = 1; k < n; k++) {
        alpha.push(STAR_LABELS.map((_, j) => logSumExp(STAR_LABELS.map((__, i) => (alpha[k - 1]?.[i] ?? 0) + (trans[tIdx(i, j)] ?? 0))) + (em[k]?.[j] ?? 0)));
      }
      const beta: number[][] = new Array<number[]>(n);
      beta[n - 1] = STAR_LABELS.map((_, i) => trans[tIdx(i, endCol)] ?? 0);
      for (let k = n - 2; k >= 0; k--) {
        beta[k] = STAR_LABELS.map((_, i) => logSumExp(STAR_LABELS.map((__, j) => (trans[tIdx(i, j)] ?? 0) + (em[k + 1]?.[j] ?? 0) + (beta[k + 1]?.[j] ?? 0))));
      }
      const logZ = logSumExp(STAR_LABELS.map((_, j) => (alpha[n - 1]?.[j] ?? 0) + (beta[n - 1]?.[j] ?? 0)));
      // Gradient of the log-likelihood: observed − expected.
      for (let k = 0; k < n; k++) {
        const fs = seq.feats[k] ?? [];
        const g = seq.gold[k] ?? 0;
        for (let j = 0; j < L; j++) {
          const p = Math.exp((alpha[k]?.[j] ?? 0) + (beta[k]?.[j] ?? 0) - logZ);
          const delta = (j === g ? 1 : 0) - p;
          if (delta === 0) continue;
          for (const id of fs) gEmit[id * L + j] = (gEmit[id * L + j] ?? 0) + delta;
        }
      }
      const g0 = seq.gold[0] ?? 0;
      gTrans[tIdx(startRow, g0)] = (gTrans[tIdx(startRow, g0)] ?? 0) + 1;
      for (let j = 0; j < L; j++) gTrans[tIdx(startRow, j)] = (gTrans[tIdx(startRow, j)] ?? 0) - Math.exp((alpha[0]?.[j] ?? 0) + (beta[0]?.[j] ?? 0) - logZ);
      const gn = seq.gold[n - 1] ?? 0;
      gTrans[tIdx(gn, endCol)] = (gTrans[tIdx(gn, endCol)] ?? 0) + 1;
      for (let i = 0; i < L; i++) gTrans[tIdx(i, endCol)] = (gTrans[tIdx(i, endCol)] ?? 0) - Math.exp((alpha[n - 1]?.[i] ?? 0) + (beta[n - 1]?.[i] ?? 0) - logZ);
      for (let k = 1; k < n; k++) {
        const a = seq.gold[k - 1] ?? 0;
        const b = seq.gold[k] ?? 0;
        gTrans[tIdx(a, b)] = (gTrans[tIdx(a, b)] ?? 0) + 1;
        for (let i = 0; i < L; i++) {
          for (let j = 0; j < L; j++) {
            const p = Math.exp((alpha[k - 1]?.[i] ?? 0) + (trans[tIdx(i, j)] ?? 0) + (em[k]?.[j] ?? 0) + (beta[k]?.[j] ?? 0) - logZ);
            gTrans[tIdx(i, j)] = (gTrans[tIdx(i, j)] ?? 0) - p;
          }
        }
      }
    }
    // Gaussian prior centred on the hand-set weights, then an Adagrad ascent step.
    for (let x = 0; x < emit.length; x++) {
      const g = (gEmit[x] ?? 0) - (emitL2[x] ?? l2) * ((emit[x] ?? 0) - (emitPrior[x] ?? 0));
      gEmitSq[x] = (gEmitSq[x] ?? 0) + g * g;
      emit[x] = (emit[x] ?? 0) + (lr * g) / (Math.sqrt(gEmitSq[x] ?? 0) + 1e-8);
    }
    for (let x = 0; x < trans.length; x++) {
      const g = (gTrans[x] ?? 0) - l2 * ((trans[x] ?? 0) - (transPrior[x] ?? 0));
      gTransSq[x] = (gTransSq[x] ?? 0) + g * g;
      trans[x] = (trans[x] ?? 0) + (lr * g) / (Math.sqrt(gTransSq[x] ?? 0) + 1e-8);
    }
  }

  const prune = options.prune ?? 0.01;
  const round = (v: number): number => Math.round(v * 1000) / 1000;
  const emitOut: Record<string, number> = {};
  const keys: [string, number][] = [];
  names.forEach((f, id) => STAR_LABELS.forEach((l, j) => keys.push([`${l}|${f}`, emit[id * L + j] ?? 0])));
  keys.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [k, v] of keys) if (Math.abs(round(v)) >= prune) emitOut[k] = round(v);
  const transOut: Record<string, number> = {};
  FROM.forEach((a, i) => TO.forEach((b, j) => {
    const v = round((trans[tIdx(i, j)] ?? 0) * (options.transitionScale ?? 1));
    if (Math.abs(v) >= prune) transOut[`${a}>${b}`] = v;
  }));
  return { emit: emitOut, trans: transOut };
}
