import { describe, expect, it } from 'vitest';
import { readAnswer } from './pipeline.js';

const kinds = (text: string) => (readAnswer(text).sentences[0]?.quantities ?? []).map((q) => `${q.kind}:${q.text}`);

describe('findQuantities', () => {
  it('finds technical quantities wink does not know', () => {
    expect(kinds('p99 fell to 850 ms.')).toEqual(['percentile:p99', 'latency:850 ms']);
    expect(kinds('It was 3x faster and 120ms at peak.')).toEqual(['multiplier:3x', 'latency:120ms']);
    expect(kinds('We saved $8M and 2.5 TB.')).toEqual(['money:$8M', 'size:2.5 TB']);
    expect(kinds('It handles 10k QPS.')[0]).toMatch(/^rate:/);
  });

  it('finds percentages, fractions, money, durations and multipliers in words', () => {
    expect(kinds('Errors dropped 40% in two weeks.')).toEqual(['percent:40%', 'duration:two weeks']);
    expect(kinds('Costs fell by about a third.')).toEqual(['percent:a third']);
    expect(kinds('Sign-ups doubled.')).toEqual(['multiplier:doubled']);
    expect(kinds('It cost ninety percent less.')).toEqual(['percent:ninety percent']);
  });

  it('treats time references as dates, not measures', () => {
    const [s] = readAnswer('After a month he was convinced, and it launched a week later.').sentences;
    expect(s?.measures).toBe(0);
    expect(readAnswer('One of our engineers helped.').sentences[0]?.measures).toBe(0);
  });
});
