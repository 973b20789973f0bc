import { describe, expect, it } from 'vitest';
import { readAnswer } from './pipeline.js';
import { labelStar } from './star.js';
import { TEST_PACK } from './test-pack.js';
import { findValues } from './values.js';

const values = (text: string, targets: string[] = []) => {
  const sentences = readAnswer(text).sentences;
  return findValues(sentences, labelStar(sentences).labels, TEST_PACK, { values: targets });
};

describe('findValues', () => {
  it('finds values from the pack cues with the evidence sentence and behaviour', () => {
    const r = values('Our director wanted to ship early. I pushed back with the incident data. We found the root cause and shipped a proper fix.', ['courage']);
    const courage = r.values.find((v) => v.value === 'courage');
    expect(courage).toMatchObject({ target: true, evidence: [1], lists: ['current', 'legacy'] });
    expect(courage?.behaviours[0]).toMatchObject({ behaviour: 'Challenged a decision with reasons', cue: 'push back', sentence: 1 });
    expect(r.values.find((v) => v.value === 'judgment')?.evidence).toEqual([2]);
    expect(r.missing).toEqual([]);
  });

  it('is negation-aware: not pushing back is not courage', () => {
    const r = values("Our director wanted to ship early. I didn't push back, and we shipped.", ['courage']);
    expect(r.values.map((v) => v.value)).not.toContain('courage');
    expect(r.missing).toEqual(['courage']);
  });

  it("does not credit someone else's behaviour", () => {
    const r = values('My manager pushed back on the plan. The launch moved a week.');
    expect(r.values).toEqual([]);
  });

  it('covers both value lists', () => {
    const r = values('I wrote a short memo for the directors and shared it before the meeting.');
    expect(r.values.map((v) => [v.value, v.lists])).toEqual([['communication', ['legacy']]]);
  });
});
