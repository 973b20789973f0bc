/**
 * STAR labelling of every sentence: features (star-features.ts) → emission scores with the fitted
 * weights (star-weights.ts) → Viterbi decoding with S→T→A→R transition preferences (star-decoder.ts).
 * Also the summary (missing parts, shares) and, per sentence, the signals behind its label.
 */
import type { SentenceFeatures } from './features.js';
import type { LexiconName } from './lexicon.js';
import { FeatureScorer, marginalsFlat, pinIndexes, transitionMatrix, viterbiFlat, type StarModel } from './star-decoder.js';
import { writeSequenceFeatures } from './star-features.js';
import { STAR_WEIGHTS } from './star-weights.js';
import { STAR_LABELS, STAR_PARTS, type StarLabel, type StarPart, type StarSummary } from './types.js';

export interface StarLabelling {
  readonly labels: readonly StarLabel[];
  /** Posterior probability of the chosen label, 0..1 (2 decimals). */
  readonly confidence: readonly number[];
  /** Up to three readable signals per sentence. */
  readonly why: readonly (readonly string[])[];
}

const LEXICON_WORDS: Partial<Record<LexiconName, string>> = {
  situation: 'sets the scene',
  task: 'names the goal or responsibility',
  action: 'describes a step taken',
  result: 'states an outcome',
  outcome: 'reports a change',
  reflection: 'reflects on the lesson',
  meta: 'talks about the answer itself',
  tangent: 'goes off on a tangent',
  habitual: 'describes a habit, not a specific time',
  hypothetical: 'is hypothetical',
  anchor: 'anchors the story in time',
};

function quote(s: SentenceFeatures, first: number, last: number): string {
  const a = s.tokens[first];
  const b = s.tokens[last];
  if (!a || !b) return '';
  const text = s.text.slice(a.start - s.start, b.end - s.start);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** Describes a feature as it occurs in a sentence (undefined when it cannot here). */
type Describer = (s: SentenceFeatures) => string | undefined;

const fixed = (text: string): Describer => () => text;

/**
 * How to describe a feature in words, from its name alone; undefined for opaque features (never
 * described, whatever the sentence).
 */
function describer(feature: string): Describer | undefined {
  if (feature.startsWith('lex=')) {
    const name = feature.slice(4) as LexiconName;
    const words = LEXICON_WORDS[name];
    if (!words) return undefined;
    return (s) => {
      const hit = s.hits[name]?.[0];
      return hit ? `${words} ("${quote(s, hit.first, hit.last)}")` : undefined;
    };
  }
  if (feature === 'i-action' || feature === 'i-action-2') return fixed('you act in the first person ("I …")');
  if (feature === 'we-action') return fixed('the team acts ("we …")');
  if (feature === 'q=any' || feature === 'q=2+') {
    return (s) => {
      const q = s.quantities.find((x) => x.kind !== 'date');
      return q ? `gives a measure ("${q.text}")` : undefined;
    };
  }
  if (feature === 'progressive') return fixed('describes what was going on (was …ing)');
  if (feature === 'past-perfect') return fixed('gives background (had …)');
  if (feature === 'stative-past') return fixed('describes a state (was/had)');
  if (feature === 'tense=conditional' || feature === 'has-conditional') return fixed('uses "would/could/should"');
  if (feature === 'only-present') return fixed('is in the present tense');
  if (feature === 'frame=summary') return fixed('sums up the outcome ("the short version…")');
  if (feature === 'frame=context') return fixed('steps back to give context');
  if (feature === 'frame=hindsight') return fixed('looks back on it');
  if (feature === 'narr=present') return fixed('part of a story told in the present tense');
  if (feature === 'pos=first') return fixed('opens the answer');
  if (feature === 'pos=last') return fixed('closes the answer');
  if (feature.startsWith('label=')) return fixed('you labelled it');
  if (feature.startsWith('verb=') && !feature.includes('&')) return fixed(`main verb "${feature.slice(5)}"`);
  if (feature === 'agentless-passive' || feature === 'passive') return fixed('passive voice');
  return undefined;
}

/** `describer` per feature name (names come from the models' weights, so this stays small). */
const describers = new Map<string, Describer | null>();

function describerOf(feature: string): Describer | undefined {
  let d = describers.get(feature);
  if (d === undefined) {
    d = describer(feature) ?? null;
    describers.set(feature, d);
  }
  return d ?? undefined;
}

interface Candidate {
  readonly name: string;
  readonly margin: number;
  readonly describe: Describer;
}

/**
 * Up to three readable signals for the chosen label: the sentence's features that favour it over
 * the runner-up most (weight difference, then name), described in words. Opaque features are left
 * out before sorting (they would be skipped anyway).
 */
function explain(scorer: FeatureScorer, features: readonly number[], s: SentenceFeatures, chosen: number, runnerUp: number): string[] {
  const candidates: Candidate[] = [];
  for (const id of features) {
    const margin = scorer.weight(id, chosen) - scorer.weight(id, runnerUp);
    if (!(margin > 0)) continue;
    const name = scorer.name(id);
    const describe = describerOf(name);
    if (describe) candidates.push({ name, margin, describe });
  }
  candidates.sort((x, y) => y.margin - x.margin || (x.name < y.name ? -1 : 1));
  const out: string[] = [];
  for (const c of candidates) {
    const text = c.describe(s);
    if (text && !out.includes(text)) out.push(text);
    if (out.length === 3) break;
  }
  return out;
}

/** Labels every sentence. Sentences the candidate labelled ("Task: …") keep that label. */
export function labelStar(sentences: readonly SentenceFeatures[], model: StarModel = STAR_WEIGHTS): StarLabelling {
  const n = sentences.length;
  const L = STAR_LABELS.length;
  // Emission scores of every sentence, and the features behind them (see FeatureScorer).
  const scorer = new FeatureScorer(model, n);
  writeSequenceFeatures(sentences, scorer);
  const em = scorer.emissions;
  const trans = transitionMatrix(model);
  const pinned = sentences.map((s) => s.label);
  const pin = pinIndexes(pinned, n);
  let labels = viterbiFlat(trans, em, n, pin);
  const post = marginalsFlat(trans, em, n, pin);
  // A part is kept only with positive evidence: some sentence decoded as it with enough posterior.
  const presence = model.presence;
  if (presence) {
    const weak = new Set<StarLabel>();
    for (const part of STAR_PARTS) {
      const need = presence[part];
      if (need === undefined) continue;
      const j = STAR_LABELS.indexOf(part);
      let best = -1;
      for (let k = 0; k < n; k++) if (labels[k] === part) best = Math.max(best, post[k * L + j] ?? 0);
      if (best >= 0 && best < need && !pinned.includes(part)) weak.add(part);
    }
    if (weak.size > 0) labels = viterbiFlat(trans, em, n, pin, STAR_LABELS.map((l) => weak.has(l)));
  }
  const confidence: number[] = [];
  const why: string[][] = [];
  for (let k = 0; k < n; k++) {
    const j = STAR_LABELS.indexOf(labels[k] ?? 'other');
    confidence.push(Math.round((post[k * L + j] ?? 0) * 100) / 100);
    const row = k * L;
    let runner = j === 0 ? 1 : 0;
    for (let i = 0; i < L; i++) if (i !== j && (em[row + i] ?? 0) > (em[row + runner] ?? -Infinity)) runner = i;
    const s = sentences[k];
    why.push(s ? explain(scorer, scorer.features[k] ?? [], s, j, runner) : []);
  }
  return { labels, confidence, why };
}

/** Missing parts, the share of words in each part, and the label sequence ("STAARR"). */
export function summarizeStar(sentences: readonly SentenceFeatures[], labels: readonly StarLabel[]): StarSummary {
  const words: Record<StarPart, number> = { situation: 0, task: 0, action: 0, result: 0 };
  let total = 0;
  labels.forEach((label, k) => {
    const w = sentences[k]?.wordCount ?? 0;
    if (label !== 'other') words[label] += w;
    total += w;
  });
  const shares = Object.fromEntries(STAR_PARTS.map((p) => [p, total > 0 ? Math.round((words[p] / total) * 100) / 100 : 0])) as Record<StarPart, number>;
  const present = new Set(labels);
  const missing = STAR_PARTS.filter((p) => !present.has(p));
  const letter: Record<StarLabel, string> = { situation: 'S', task: 'T', action: 'A', result: 'R', other: 'O' };
  return { missing, shares, sequence: labels.map((l) => letter[l]).join('') };
}
