import { describe, expect, it } from 'vitest';
import { emissionScores, marginals, viterbi } from './star-decoder.js';
import { trainStarModel, type TrainingSequence } from './star-train.js';

// A toy language: "ctx" marks situation, "goal" task, "did" action, "won" result.
const seq = (words: string[]): TrainingSequence => ({
  features: words.map((w) => ['bias', `w=${w}`]),
  labels: words.map((w) => (w === 'ctx' ? 'situation' : w === 'goal' ? 'task' : w === 'did' ? 'action' : 'result')),
});
const DATA = [seq(['ctx', 'goal', 'did', 'did', 'won']), seq(['ctx', 'did', 'won']), seq(['won', 'ctx', 'goal', 'did']), seq(['goal', 'did', 'did', 'won', 'won'])];

describe('trainStarModel (linear-chain CRF)', () => {
  it('learns to label the training data', () => {
    const model = trainStarModel(DATA, { iterations: 60, l2: 0.1 });
    for (const d of DATA) {
      const em = d.features.map((f) => emissionScores(model, f));
      expect(viterbi(model, em)).toEqual(d.labels);
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(trainStarModel(DATA, { iterations: 20 }))).toBe(JSON.stringify(trainStarModel(DATA, { iterations: 20 })));
  });

  it('stays at the prior when there is no data, and marginals are probabilities', () => {
    const prior = { emit: { 'task|w=goal': 2 }, trans: { 'START>situation': 1 } };
    const model = trainStarModel([], { prior, iterations: 5 });
    expect(model.emit['task|w=goal']).toBe(2);
    const m = marginals(model, [emissionScores(model, ['w=goal']), emissionScores(model, ['w=x'])]);
    for (const row of m) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
});
