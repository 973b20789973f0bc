/**
 * STAR labelling of every sentence: features (star-features.ts) → emission scores with the fitted
 * weights (star-weights.ts) → Viterbi decoding with S→T→A→R transition preferences (star-decoder.ts).
 * Also the summary (missing parts, shares) and, per sentence, the signals behind its label.
 */
import type { SentenceFeatures } from './features.js';
import type { LexiconName } from './lexicon.js';
import { emissionScores, featureVectors, marginals, viterbi, type StarModel } from './star-decoder.js';
import { sequenceFeatures } from './star-features.js';
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

/** A readable description of a feature as it occurs in this sentence, or undefined for opaque ones. */
function describe(feature: string, s: SentenceFeatures): string | undefined {
  if (feature.startsWith('lex=')) {
    const name = feature.slice(4) as LexiconName;
    const words = LEXICON_WORDS[name];
    const hit = s.hits[name]?.[0];
    if (!words || !hit) return undefined;
    return `${words} ("${quote(s, hit.first, hit.last)}")`;
  }
  if (feature === 'i-action' || feature === 'i-action-2') return 'you act in the first person ("I …")';
  if (feature === 'we-action') return 'the team acts ("we …")';
  if (feature === 'q=any' || feature === 'q=2+') {
    const q = s.quantities.find((x) => x.kind !== 'date');
    return q ? `gives a measure ("${q.text}")` : undefined;
  }
  if (feature === 'progressive') return 'describes what was going on (was …ing)';
  if (feature === 'past-perfect') return 'gives background (had …)';
  if (feature === 'stative-past') return 'describes a state (was/had)';
  if (feature === 'tense=conditional' || feature === 'has-conditional') return 'uses "would/could/should"';
  if (feature === 'only-present') return 'is in the present tense';
  if (feature === 'frame=summary') return 'sums up the outcome ("the short version…")';
  if (feature === 'frame=context') return 'steps back to give context';
  if (feature === 'frame=hindsight') return 'looks back on it';
  if (feature === 'narr=present') return 'part of a story told in the present tense';
  if (feature === 'pos=first') return 'opens the answer';
  if (feature === 'pos=last') return 'closes the answer';
  if (feature.startsWith('label=')) return 'you labelled it';
  if (feature.startsWith('verb=') && !feature.includes('&')) return `main verb "${feature.slice(5)}"`;
  if (feature === 'agentless-passive' || feature === 'passive') return 'passive voice';
  return undefined;
}

function explain(model: StarModel, features: readonly string[], s: SentenceFeatures, chosen: number, runnerUp: number): string[] {
  const vectors = featureVectors(model);
  const scored = features
    .map((f) => {
      const v = vectors.get(f);
      return { f, d: v ? (v[chosen] ?? 0) - (v[runnerUp] ?? 0) : 0 };
    })
    .filter((x) => x.d > 0)
    .sort((x, y) => y.d - x.d || (x.f < y.f ? -1 : 1));
  const out: string[] = [];
  for (const { f } of scored) {
    const text = describe(f, s);
    if (text && !out.includes(text)) out.push(text);
    if (out.length === 3) break;
  }
  return out;
}

/** Labels every sentence. Sentences the candidate labelled ("Task: …") keep that label. */
export function labelStar(sentences: readonly SentenceFeatures[], model: StarModel = STAR_WEIGHTS): StarLabelling {
  const feats = sequenceFeatures(sentences);
  const emissions = feats.map((f) => emissionScores(model, f));
  const pinned = sentences.map((s) => s.label);
  let labels = viterbi(model, emissions, pinned);
  const post = marginals(model, emissions, pinned);
  // A part is kept only with positive evidence: some sentence decoded as it with enough posterior.
  const presence = model.presence;
  if (presence) {
    const weak = new Set<StarLabel>();
    for (const part of STAR_PARTS) {
      const need = presence[part];
      if (need === undefined) continue;
      const j = STAR_LABELS.indexOf(part);
      let best = -1;
      labels.forEach((l, k) => {
        if (l === part) best = Math.max(best, post[k]?.[j] ?? 0);
      });
      if (best >= 0 && best < need && !pinned.includes(part)) weak.add(part);
    }
    if (weak.size > 0) labels = viterbi(model, emissions, pinned, weak);
  }
  const confidence: number[] = [];
  const why: string[][] = [];
  labels.forEach((label, k) => {
    const j = STAR_LABELS.indexOf(label);
    const row = post[k] ?? [];
    confidence.push(Math.round((row[j] ?? 0) * 100) / 100);
    const em = emissions[k] ?? [];
    let runner = j === 0 ? 1 : 0;
    em.forEach((v, i) => {
      if (i !== j && v > (em[runner] ?? -Infinity)) runner = i;
    });
    const s = sentences[k];
    why.push(s ? explain(model, feats[k] ?? [], s, j, runner) : []);
  });
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
