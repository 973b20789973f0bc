import { describe, expect, it } from 'vitest';
import { buildCueIndex, compileCue, matchCue, matchIndex } from './cues.js';
import { tokenize } from './nlp.js';

const tokens = (text: string) => tokenize(text).tokens;

describe('compileCue / matchCue', () => {
  it('matches by lemma, case-insensitively', () => {
    const cue = compileCue('push back');
    expect(matchCue(cue, tokens('I Pushed Back on the launch date.'))).toMatchObject({ first: 1, last: 2 });
    expect(matchCue(cue, tokens('She pushes back every time.'))).toBeDefined();
    expect(matchCue(cue, tokens('I pushed the button back.'))).toBeUndefined();
  });

  it('lets * skip up to three tokens, and no more', () => {
    const cue = compileCue('disagree with * plan');
    expect(matchCue(cue, tokens('I disagreed with the plan.'))).toBeDefined();
    expect(matchCue(cue, tokens('I disagreed with her whole launch plan.'))).toBeDefined();
    expect(matchCue(cue, tokens('I disagreed with my very long and detailed plan.'))).toBeUndefined();
  });

  it('accepts any alternative in [a|b]', () => {
    const cue = compileCue('take [a|the] risk');
    expect(matchCue(cue, tokens('I took a risk.'))).toBeDefined();
    expect(matchCue(cue, tokens('We took the risk together.'))).toBeDefined();
    expect(matchCue(cue, tokens('We took no risk.'))).toBeUndefined();
  });

  it('ignores negated matches unless the cue is itself negative', () => {
    expect(matchCue(compileCue('push back'), tokens("I didn't push back."))).toBeUndefined();
    expect(matchCue(compileCue('question the plan'), tokens('I never questioned the plan.'))).toBeUndefined();
    expect(matchCue(compileCue('push back'), tokens("I didn't push back."), false)).toBeDefined();
    expect(matchCue(compileCue('not my fault'), tokens("It wasn't my fault."))).toMatchObject({ negative: true });
  });

  it('supports exact forms with = (engine lexicons)', () => {
    const cue = compileCue('i =think', { lemmatize: false });
    expect(matchCue(cue, tokens('I think it worked.'))).toBeDefined();
    expect(matchCue(cue, tokens('I thought it worked.'))).toBeUndefined();
  });

  it('indexes many cues by first word and returns tagged matches in order', () => {
    const index = buildCueIndex([
      { cue: compileCue('root cause'), tag: 'judgment' },
      { cue: compileCue('push back'), tag: 'courage' },
    ]);
    const found = matchIndex(index, tokens('I pushed back and found the root cause.'));
    expect(found.map((m) => m.tag)).toEqual(['courage', 'judgment']);
  });

  it('ignores empty or odd cue text instead of throwing', () => {
    expect(compileCue('*').parts).toEqual([]);
    expect(matchCue(compileCue(''), tokens('anything'))).toBeUndefined();
    expect(compileCue('[]  foo').parts).toHaveLength(1);
  });
});
