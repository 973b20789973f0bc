import { describe, expect, it } from 'vitest';
import { sentenceAt, sentenceTimes } from './align.js';

const text = 'We had an outage. I fixed the cache. Errors fell to zero.';
const sentences = [
  { start: 0, end: 17 },
  { start: 18, end: 36 },
  { start: 37, end: 57 },
];

describe('sentenceTimes', () => {
  it('uses the word timings of the first word of each sentence', () => {
    const words = text.split(' ').map((word, i) => ({ word, start: 1 + i, end: 1.8 + i }));
    expect(sentenceTimes(text, sentences, words, 14)).toEqual([
      { start: 1, end: 5 },
      { start: 5, end: 9 },
      { start: 9, end: 14 },
    ]);
  });

  it('still lines up when the corrected text has a different number of words', () => {
    const words = ['We', 'had', 'outage', 'I', 'fixed', 'the', 'cache', 'errors', 'fell', 'zero'].map((word, i) => ({ word, start: i, end: i + 0.5 }));
    const times = sentenceTimes(text, sentences, words, 10);
    expect(times[1]?.start).toBeGreaterThanOrEqual(3);
    expect(times[1]?.start).toBeLessThanOrEqual(4);
    expect(times[2]?.start).toBeGreaterThanOrEqual(7);
  });

  it('spreads by characters when there are no timings', () => {
    const times = sentenceTimes(text, sentences, [], 57);
    expect(times.map((t) => t.start)).toEqual([0, 18, 37]);
  });
});

describe('sentenceAt', () => {
  it('finds the sentence playing at a time', () => {
    const times = [
      { start: 1, end: 5 },
      { start: 5, end: 9 },
    ];
    expect(sentenceAt(times, 0.5)).toBe(-1);
    expect(sentenceAt(times, 4.9)).toBe(0);
    expect(sentenceAt(times, 6)).toBe(1);
  });
});
