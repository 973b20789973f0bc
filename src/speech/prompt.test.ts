import { describe, expect, it } from 'vitest';
import { technicalTerms, vocabularyPrompt } from './prompt.js';

describe('vocabularyPrompt', () => {
  it('starts with the question and adds its technical terms before the common ones', () => {
    const prompt = vocabularyPrompt({
      text: 'Design a rate limiter for the Netflix API gateway (Zuul) at 1M QPS.',
      keyPoints: [{ text: 'Token bucket per client in EVCache' }, 'p99 under 10ms'],
      values: ['judgment'],
    });
    expect(prompt.startsWith('Interview answer to: Design a rate limiter')).toBe(true);
    for (const term of ['1M', 'QPS', 'EVCache', 'p99', '10ms', 'judgment']) expect(prompt).toContain(term);
    expect(prompt.indexOf('EVCache')).toBeLessThan(prompt.indexOf('Kafka'));
    expect(prompt.length).toBeLessThanOrEqual(600);
  });

  it('never repeats a term already in the question and respects the limit', () => {
    const prompt = vocabularyPrompt({ text: 'Tell me about Kafka.' }, 120);
    expect(prompt.match(/Kafka/g)).toHaveLength(1);
    expect(prompt.length).toBeLessThanOrEqual(120);
  });

  it('finds acronyms, numbers, camelCase and hyphenated words', () => {
    expect(technicalTerms('We moved from REST to gRPC, cut p99 by 40% with a read-through EVCache layer.')).toEqual(
      expect.arrayContaining(['REST', 'gRPC', 'p99', 'read-through', 'EVCache']),
    );
    expect(technicalTerms('a plain sentence with nothing special')).toEqual([]);
  });
});
