import { describe, expect, it } from 'vitest';
import { readAnswer, splitSentences } from './pipeline.js';
import { MAX_ANALYZED_CHARS, prepareText } from './sanitize.js';

describe('splitSentences', () => {
  it('returns exact UTF-16 offsets into the input', () => {
    const text = 'At my last job 🎉 we shipped v2.0 on Jan. 5. Latency fell from 850 ms to 120 ms! Did it work? Yes.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'At my last job 🎉 we shipped v2.0 on Jan. 5.',
      'Latency fell from 850 ms to 120 ms!',
      'Did it work?',
      'Yes.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('keeps abbreviations and decimals inside a sentence', () => {
    const s = splitSentences('We used e.g. Kafka and Dr. Smith agreed the U.S. team would take 3.5 days. Then it shipped.');
    expect(s).toHaveLength(2);
  });

  it('ends sentences at line breaks and splits a run-on transcript', () => {
    expect(splitSentences('Situation: the build was slow\nTask: fix it\nAction: I cached it')).toHaveLength(3);
    const runOn = Array.from({ length: 60 }, (_, i) => `and then I did step ${i}`).join(' ');
    const parts = splitSentences(runOn);
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(runOn.slice(p.start, p.end)).toBe(p.text);
  });

  it('splits when wink glues a period to a word ("2x. I")', () => {
    expect(splitSentences('Revenue grew 2x. I was proud.')).toHaveLength(2);
  });
});

describe('readAnswer', () => {
  it('caps the work and says so', () => {
    const big = 'I shipped the fix. '.repeat(2000);
    const r = readAnswer(big);
    expect(r.truncated).toBe(true);
    expect(r.analyzedChars).toBeLessThanOrEqual(MAX_ANALYZED_CHARS);
    expect(r.sentences.length).toBeGreaterThan(100);
  });

  it('blanks HTML tags and control characters without moving offsets', () => {
    const input = '<p>I <b>rewrote</b> the job.</p>\u0000 It ran faster.';
    const prepared = prepareText(input);
    expect(prepared.text).toHaveLength(input.length);
    const r = readAnswer(input);
    expect(r.sentences.map((s) => s.text)).toEqual(['I <b>rewrote</b> the job.', 'It ran faster.']);
    expect(r.sentences[0]?.iActions).toBe(1);
  });

  it('breaks up huge tokens and never throws on odd input', () => {
    for (const input of ['', '   ', '!?'.repeat(500), 'x'.repeat(50_000), '\uD800 lone', '家族 与 работа مرحبا', '🎉'.repeat(100)]) {
      expect(() => readAnswer(input)).not.toThrow();
    }
  });

  it('breaks up every run of over 100 non-space characters (each 100th becomes a space), and only those', () => {
    const run = 'x'.repeat(250);
    const input = `a ${'y'.repeat(100)} ${run}\n${run}`;
    const text = prepareText(input).text;
    expect(text).toHaveLength(input.length);
    const broken = `${'x'.repeat(99)} ${'x'.repeat(99)} ${'x'.repeat(50)}`;
    expect(text).toBe(`a ${'y'.repeat(100)} ${broken}\n${broken}`);
  });

  it('computes features: quantities, agent, tense, explicit labels', () => {
    const [s] = readAnswer('Result: we cut p99 latency from 850 ms to 120 ms, a 3x win worth $8M.').sentences;
    expect(s?.label).toBe('result');
    expect(s?.quantities.map((q) => q.kind)).toEqual(expect.arrayContaining(['percentile', 'latency', 'multiplier', 'money']));
    const [t] = readAnswer('I had to decide by Friday.').sentences;
    expect(t?.agent).toBe('i');
    expect(t?.tense).toBe('past');
  });
});
