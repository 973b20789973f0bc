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
});
