import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCueIndex, compileCue, isNegated, matchCue, matchIndex, type CueIndex, type TaggedMatch } from './cues.js';
import { LEXICON_INDEX } from './lexicon.js';
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

  it('reports, at one token, the surface form\'s cues before the lemma\'s, each cue once', () => {
    const shared = compileCue('push back');
    const index = buildCueIndex([
      { cue: compileCue('pushed', { lemmatize: false }), tag: 'form' },
      { cue: shared, tag: 'first' },
      { cue: shared, tag: 'second' },
      { cue: compileCue('push'), tag: 'lemma' },
    ]);
    const found = matchIndex(index, tokens('I pushed back.'));
    expect(found.map((m) => m.tag)).toEqual(['form', 'first', 'lemma']);
  });
});

/** What `matchIndex` must return: every cue under the token's keys tried in `byKey` order (the plain scan it replaces). */
function scanByKey<T>(index: CueIndex<T>, toks: ReturnType<typeof tokens>, negationAware: boolean): TaggedMatch<T>[] {
  const out: TaggedMatch<T>[] = [];
  toks.forEach((t, k) => {
    const seen = new Set<unknown>();
    for (const key of t.lemma === t.lower ? [t.lower] : [t.lower, t.lemma]) {
      for (const { cue, tag } of index.byKey.get(key) ?? []) {
        if (seen.has(cue)) continue;
        seen.add(cue);
        const m = matchCue(cue, toks.slice(k), false);
        if (!m || m.first !== 0) continue;
        const last = m.last + k;
        if (negationAware && !cue.negative && isNegated(toks, k, last)) continue;
        out.push({ cue: cue.source, first: k, last, negative: cue.negative, tag });
      }
    }
  });
  return out;
}

describe('matchIndex', () => {
  const words = ['I', 'we', 'pushed', 'back', 'did', "n't", 'not', 'the', 'a', 'plan', 'at', 'my', 'last', 'job', 'was', 'to', 'make', 'sure', 'learned', 'that', 'then', ',', '.', 'so', 'data', 'showed', 'it', 'first', 'never', 'failed', 'had', 'would', 'have', 'um', 'kind', 'of', 'like'];

  it('finds what a plain scan of every cue under each token finds, in the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }), fc.boolean(), (picked, negationAware) => {
        const toks = tokens(picked.join(' '));
        expect(matchIndex(LEXICON_INDEX, toks, negationAware)).toEqual(scanByKey(LEXICON_INDEX, toks, negationAware));
      }),
      { numRuns: 300 },
    );
  });
});
