import { describe, expect, it } from 'vitest';
import { readAnswer } from './pipeline.js';

const first = (text: string) => {
  const s = readAnswer(text).sentences[0];
  if (!s) throw new Error('no sentence');
  return s;
};

describe('verb groups', () => {
  it('reads subject person and tense', () => {
    expect(first('I rewrote the cache layer.')).toMatchObject({ agent: 'i', tense: 'past', iActions: 1 });
    expect(first('We migrated the database.')).toMatchObject({ agent: 'we', tense: 'past', weActions: 1 });
    expect(first('I would talk to them first.')).toMatchObject({ agent: 'i', tense: 'conditional', iActions: 0 });
    expect(first('I always write a design doc.')).toMatchObject({ agent: 'i', tense: 'present', iActions: 0 });
  });

  it('does not count background or states as actions', () => {
    expect(first('I had designed the service years before.').iActions).toBe(0);
    expect(first('We were rebuilding the pipeline.').progressive).toBe(true);
    expect(first('I was the tech lead.').iActions).toBe(0);
  });

  it('spots agentless passive voice but not "I was excited"', () => {
    expect(first('The service was rewritten over the weekend.').agentlessPassive).toBe(true);
    expect(first('I was excited about it.').agentlessPassive).toBe(false);
  });

  it('shares the subject across coordinated verbs', () => {
    expect(first('I wrote the doc and shared it with the team.').iActions).toBe(2);
  });

  it('reads a typed note without a subject as told by the speaker, in the past only', () => {
    expect(first('Booked 30 min with him.')).toMatchObject({ agent: 'i', tense: 'past', iActions: 1 });
    expect(first('Then shipped it to 5% of users.')).toMatchObject({ agent: 'i', iActions: 1 });
    expect(first('- asked to find out why p99 doubled.')).toMatchObject({ agent: 'i' });
    // An imperative up front is advice, not a step taken.
    expect(first('Measure before you buy hardware.').iActions).toBe(0);
    // A subject later in the sentence is not overridden.
    expect(first('Last spring the team migrated the parser.')).toMatchObject({ agent: 'other', iActions: 0 });
  });
});

describe('sentences of answers typed in lower case', () => {
  it('ends a sentence at a full stop before a lower-case word, but not after an abbreviation', () => {
    const texts = readAnswer('was on the payments team. pushed a fix on friday, e.g. the retry change. it held at 5 p.m. on launch day.').sentences.map((s) => s.text);
    expect(texts).toEqual(['was on the payments team.', 'pushed a fix on friday, e.g. the retry change.', 'it held at 5 p.m. on launch day.']);
  });
});
