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

const L = STAR_LABELS.length;
/** Row/column of START and END in a transition matrix (after the labels). */
const EDGE = L;
const W = L + 1;

const byTrans = new WeakMap<Weights, Float64Array>();

/**
 * The transition weights as a (labels + START) × (labels + END) matrix: `m[from * (L + 1) + to]`,
 * START and END at index L. Cached per model (keyed by its `trans` object, which is never mutated).
 */
export function transitionMatrix(model: StarModel): Float64Array {
  let m = byTrans.get(model.trans);
  if (m) return m;
  m = new Float64Array(W * W);
  const from = [...STAR_LABELS, START];
  const to = [...STAR_LABELS, END];
  for (let i = 0; i < W; i++) for (let j = 0; j < W; j++) m[i * W + j] = model.trans[`${from[i] ?? ''}>${to[j] ?? ''}`] ?? 0;
  byTrans.set(model.trans, m);
  return m;
}

/** A pinned sentence's label index; FREE when not pinned, NONE when pinned to something that is not a label. */
const FREE = -1;
const NONE = -2;

/** Pinned labels as indexes (FREE / NONE, see above). */
export function pinIndexes(pinned: readonly (StarLabel | undefined)[], n: number): Int8Array {
  const out = new Int8Array(n).fill(FREE);
  for (let k = 0; k < n; k++) {
    const p = pinned[k];
    if (p !== undefined) {
      const j = STAR_LABELS.indexOf(p);
      out[k] = j < 0 ? NONE : j;
    }
  }
  return out;
}

/**
 * `viterbi` over flat emissions (`em[k * L + j]`) and pin indexes; `forbidden[j]` true excludes
 * label j from unpinned sentences. Same arithmetic, in the same order, as the plain definition.
 */
export function viterbiFlat(trans: Float64Array, em: Float64Array, n: number, pin: Int8Array, forbidden?: readonly boolean[]): StarLabel[] {
  if (n === 0) return [];
  const score = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  for (let j = 0; j < L; j++) {
    const p = pin[0] ?? FREE;
    const ok = p === FREE ? forbidden?.[j] !== true : p === j;
    score[j] = ok ? (em[j] ?? 0) + (trans[EDGE * W + j] ?? 0) : -Infinity;
  }
  for (let k = 1; k < n; k++) {
    const p = pin[k] ?? FREE;
    const prev = (k - 1) * L;
    const row = k * L;
    for (let j = 0; j < L; j++) {
      const ok = p === FREE ? forbidden?.[j] !== true : p === j;
      if (!ok) {
        score[row + j] = -Infinity;
        back[row + j] = 0;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      for (let i = 0; i < L; i++) {
        const v = (score[prev + i] ?? -Infinity) + (trans[i * W + j] ?? 0);
        if (v > best) {
          best = v;
          arg = i;
        }
      }
      score[row + j] = best + (em[row + j] ?? 0);
      back[row + j] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let j = 0; j < L; j++) {
    const v = (score[last + j] ?? -Infinity) + (trans[j * W + EDGE] ?? 0);
    if (v > best) {
      best = v;
      arg = j;
    }
  }
  const out = new Array<StarLabel>(n);
  let j = arg;
  for (let k = n - 1; k >= 0; k--) {
    out[k] = STAR_LABELS[j] ?? 'other';
    if (k > 0) j = back[k * L + j] ?? 0;
  }
  return out;
}

/** Emission rows as one flat array (`em[k * L + j]`); missing entries are 0. */
function flatten(emissions: readonly (readonly number[])[]): Float64Array {
  const out = new Float64Array(emissions.length * L);
  emissions.forEach((row, k) => {
    for (let j = 0; j < L; j++) out[k * L + j] = row[j] ?? 0;
  });
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
  return viterbiFlat(transitionMatrix(model), flatten(emissions), n, pinIndexes(pinned, n), STAR_LABELS.map((l) => forbidden.has(l)));
}

/** log Σ exp(xs[0..L)), computed as max + log Σ exp(x − max) (summed in index order). */
function logSumExp(xs: Float64Array): number {
  let m = -Infinity;
  for (let i = 0; i < L; i++) {
    const x = xs[i] ?? -Infinity;
    if (x > m) m = x;
  }
  if (m === -Infinity) return m;
  let s = 0;
  for (let i = 0; i < L; i++) s += Math.exp((xs[i] ?? -Infinity) - m);
  return m + Math.log(s);
}

/**
 * `marginals` over flat emissions and pin indexes; the posteriors are returned flat
 * (`post[k * L + j]`). Same arithmetic, in the same order, as the plain definition.
 */
export function marginalsFlat(trans: Float64Array, emissions: Float64Array, n: number, pin: Int8Array): Float64Array {
  const out = new Float64Array(n * L);
  if (n === 0) return out;
  // Emissions with pinned sentences' other labels at −∞.
  const em = new Float64Array(n * L);
  for (let k = 0; k < n; k++) {
    const p = pin[k] ?? FREE;
    for (let j = 0; j < L; j++) em[k * L + j] = p !== FREE && p !== j ? -Infinity : (emissions[k * L + j] ?? 0);
  }
  const xs = new Float64Array(L);
  const alpha = new Float64Array(n * L);
  for (let j = 0; j < L; j++) alpha[j] = (trans[EDGE * W + j] ?? 0) + (em[j] ?? 0);
  for (let k = 1; k < n; k++) {
    for (let j = 0; j < L; j++) {
      for (let i = 0; i < L; i++) xs[i] = (alpha[(k - 1) * L + i] ?? -Infinity) + (trans[i * W + j] ?? 0);
      alpha[k * L + j] = logSumExp(xs) + (em[k * L + j] ?? 0);
    }
  }
  const beta = new Float64Array(n * L);
  for (let l = 0; l < L; l++) beta[(n - 1) * L + l] = trans[l * W + EDGE] ?? 0;
  for (let k = n - 2; k >= 0; k--) {
    for (let l = 0; l < L; l++) {
      for (let j = 0; j < L; j++) xs[j] = (trans[l * W + j] ?? 0) + (em[(k + 1) * L + j] ?? 0) + (beta[(k + 1) * L + j] ?? -Infinity);
      beta[k * L + l] = logSumExp(xs);
    }
  }
  for (let j = 0; j < L; j++) xs[j] = (alpha[(n - 1) * L + j] ?? -Infinity) + (beta[(n - 1) * L + j] ?? -Infinity);
  const logZ = logSumExp(xs);
  for (let i = 0; i < n * L; i++) {
    const v = Math.exp((alpha[i] ?? -Infinity) + (beta[i] ?? -Infinity) - logZ);
    out[i] = Number.isFinite(v) ? v : 0;
  }
  return out;
}

/**
 * Posterior probability of each label for each sentence (forward-backward over the same scores
 * as `viterbi`, read as a linear-chain CRF). Rows sum to 1. Pinned sentences get probability 1.
 */
export function marginals(model: StarModel, emissions: readonly (readonly number[])[], pinned: readonly (StarLabel | undefined)[] = []): number[][] {
  const n = emissions.length;
  const flat = marginalsFlat(transitionMatrix(model), flatten(emissions), n, pinIndexes(pinned, n));
  const out: number[][] = [];
  for (let k = 0; k < n; k++) out.push(Array.from(flat.subarray(k * L, (k + 1) * L)));
  return out;
}

/**
 * The model's features, numbered, for scoring: weights in one flat array (`weights[id * L + j]`) and
 * lookup tables from names — or from a prefix and the rest of a name — to ids (contiguous data:
 * scoring runs right after wink has been through the caches).
 */
interface FeatureIndex {
  readonly names: readonly string[];
  readonly weights: Float64Array;
  /** Scoring pass that last counted each feature (so it counts once per sentence). */
  readonly seen: Float64Array;
  readonly byName: Map<string, number>;
  /** Per name prefix ("w=", "verb2=" …): the rest of the name → id; built on first use. */
  readonly byPrefix: Map<string, Map<string, number>>;
  /** Per prefix and infix ("verb=", "&agent="): a → b → id of `${prefix}${a}${infix}${b}`; built on first use. */
  readonly byPair: Map<string, Map<string, Map<string, Map<string, number>>>>;
}

const indexes = new WeakMap<Weights, FeatureIndex>();

function featureIndex(model: StarModel): FeatureIndex {
  let index = indexes.get(model.emit);
  if (index) return index;
  const vectors = featureVectors(model);
  const names: string[] = [];
  const weights = new Float64Array(vectors.size * L);
  const byName = new Map<string, number>();
  for (const [name, v] of vectors) {
    const id = names.length;
    names.push(name);
    weights.set(v, id * L);
    byName.set(name, id);
  }
  index = { names, weights, seen: new Float64Array(names.length), byName, byPrefix: new Map(), byPair: new Map() };
  indexes.set(model.emit, index);
  return index;
}

function prefixTable(index: FeatureIndex, prefix: string): Map<string, number> {
  const known = index.byPrefix.get(prefix);
  if (known) return known;
  const table = new Map<string, number>();
  for (let id = 0; id < index.names.length; id++) {
    const name = index.names[id] ?? '';
    if (name.startsWith(prefix)) table.set(name.slice(prefix.length), id);
  }
  index.byPrefix.set(prefix, table);
  return table;
}

function pairTable(index: FeatureIndex, prefix: string, infix: string): Map<string, Map<string, number>> {
  let byInfix = index.byPair.get(prefix);
  if (!byInfix) {
    byInfix = new Map();
    index.byPair.set(prefix, byInfix);
  }
  const known = byInfix.get(infix);
  if (known) return known;
  const table = new Map<string, Map<string, number>>();
  for (let id = 0; id < index.names.length; id++) {
    const name = index.names[id] ?? '';
    if (!name.startsWith(prefix)) continue;
    // Every split of the rest at an occurrence of the infix (a name is found whichever way it was cut).
    for (let at = name.indexOf(infix, prefix.length); at >= 0; at = name.indexOf(infix, at + 1)) {
      const a = name.slice(prefix.length, at);
      let row = table.get(a);
      if (!row) {
        row = new Map();
        table.set(a, row);
      }
      row.set(name.slice(at + infix.length), id);
    }
  }
  byInfix.set(infix, table);
  return table;
}

/** Scoring passes so far (a new number per sentence scored; FeatureIndex.seen). */
let passes = 0;

/**
 * A feature sink (star-features.ts) that scores as it goes: for sentence k (after `begin(k)`) it
 * adds the weights of each feature the model knows, once, in the order the features come, to
 * `emissions[k * L + j]` — exactly `emissionScores` of the feature names, whose unknown features
 * count 0 — and keeps the known features (ids) for the explanation. Names the model has no weight
 * for are never built. Sentences are scored one at a time (a pass is not interleaved with another).
 */
export class FeatureScorer {
  readonly emissions: Float64Array;
  /** Per sentence, the ids of the features the model knows, in order of first occurrence. */
  readonly features: number[][];
  private readonly index: FeatureIndex;
  private row = 0;
  private pass = 0;
  private current: number[] = [];

  constructor(model: StarModel, n: number) {
    this.index = featureIndex(model);
    this.emissions = new Float64Array(n * L);
    this.features = Array.from({ length: n }, () => []);
  }

  /** Name of feature `id`. */
  name(id: number): string {
    return this.index.names[id] ?? '';
  }

  /** Weight of feature `id` for label `j`. */
  weight(id: number, j: number): number {
    return this.index.weights[id * L + j] ?? 0;
  }

  begin(k: number): void {
    this.row = k * L;
    this.pass = ++passes;
    this.current = this.features[k] ?? [];
  }

  add(name: string): void {
    const id = this.index.byName.get(name);
    if (id !== undefined) this.take(id);
  }

  addValue(prefix: string, value: string): void {
    const id = prefixTable(this.index, prefix).get(value);
    if (id !== undefined) this.take(id);
  }

  addPair(prefix: string, a: string, infix: string, b: string): void {
    const id = pairTable(this.index, prefix, infix).get(a)?.get(b);
    if (id !== undefined) this.take(id);
  }

  private take(id: number): void {
    const { seen, weights } = this.index;
    if (seen[id] === this.pass) return;
    seen[id] = this.pass;
    this.current.push(id);
    const em = this.emissions;
    const row = this.row;
    const at = id * L;
    for (let j = 0; j < L; j++) em[row + j] = (em[row + j] ?? 0) + (weights[at + j] ?? 0);
  }
}
