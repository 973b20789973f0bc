import { describe, expect, it } from 'vitest';
import { fixturePack } from '../readiness/fixture-pack.js';
import { assessStory, type StoryAssessment } from './assess.js';
import { coverageMatrix, targetValues } from './coverage.js';
import { fakeAnalyzeBehavioral } from './fake-analyzer.js';
import { overuseWarnings, wouldOveruse, type StoryUse } from './overuse.js';
import { composeStory, emptyParts, partAt, storyInputSchema } from './story.js';

const pack = fixturePack();
const opts = { analyze: fakeAnalyzeBehavioral, pack };

const strongStory = {
  title: 'Pushed back on the cache launch',
  situation: 'At Acme our director wanted a risky cache a week before launch',
  task: 'I owned the playback service it touched.',
  action: 'I showed courage and wrote a one-page risk note. I asked the director for thirty minutes.',
  result: 'As a result we delayed two weeks and cut incidents by 40%.',
  tags: ['courage', 'favourite'],
};

describe('story input and composition', () => {
  it('validates input with clear messages and de-duplicates tags', () => {
    const bad = storyInputSchema.safeParse({ title: '  ' });
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.issues[0]?.message).toMatch(/title/);
    const ok = storyInputSchema.parse({ title: 'T', tags: ['a', 'a', 'b'] });
    expect(ok).toEqual({ title: 'T', situation: '', task: '', action: '', result: '', tags: ['a', 'b'] });
  });

  it('composes parts in STAR order with ranges, adding missing full stops', () => {
    const { text, ranges } = composeStory(strongStory);
    expect(text.startsWith('At Acme our director wanted a risky cache a week before launch.\n\nI owned')).toBe(true);
    expect(ranges.map((r) => r.part)).toEqual(['situation', 'task', 'action', 'result']);
    for (const r of ranges) expect(text.slice(r.start, r.end)).toBe(text.slice(r.start, r.end).trim());
    expect(partAt(ranges, text.indexOf('thirty'))).toBe('action');
    expect(partAt(ranges, ranges[0]!.end + 1)).toBeUndefined();
    expect(emptyParts({ situation: 'x', task: ' ', action: '', result: 'y' })).toEqual(['task', 'action']);
  });
});

describe('assessStory', () => {
  it('a complete story: strong, value evidence attributed to the right part, extra suggestions', () => {
    const a = assessStory({ ...strongStory, action: strongStory.action + ' I used candor about the judgment call.' }, opts);
    expect(a.strong).toBe(true);
    expect(a.missing).toEqual([]);
    const courage = a.values.find((v) => v.value === 'courage');
    expect(courage).toMatchObject({ tagged: true, evidence: [{ part: 'action', sentence: 'I showed courage and wrote a one-page risk note.' }] });
    expect(a.suggestedTags).toEqual(['candor', 'judgment']);
    expect(a.unsupportedTags).toEqual([]);
  });

  it('flags empty parts with a message per part and is never strong', () => {
    const a = assessStory({ ...strongStory, result: '' }, opts);
    expect(a.strong).toBe(false);
    expect(a.missing).toEqual(['result']);
    expect(a.flags.find((f) => f.code === 'missing-result')).toMatchObject({ parts: ['result'], message: expect.stringMatching(/No result yet/) });
    // The fake analysis also reports missing-result: reported once, not twice.
    expect(a.flags.filter((f) => f.code === 'missing-result')).toHaveLength(1);
  });

  it('flags a part that is present but does not read as that part', () => {
    const a = assessStory({ ...strongStory, task: 'Everything was on fire.' }, opts);
    expect(a.missing).toEqual(['task']);
    expect(a.flags.find((f) => f.code === 'missing-task')?.message).toMatch(/unclear/);
  });

  it('attributes analysis flags to story parts', () => {
    const a = assessStory({ ...strongStory, result: 'As a result we delayed the launch.' }, opts);
    expect(a.flags.find((f) => f.code === 'no-metrics')?.parts).toEqual(['result']);
  });

  it('reports value tags without evidence', () => {
    const a = assessStory({ ...strongStory, tags: ['courage', 'passion'] }, opts);
    expect(a.unsupportedTags).toEqual(['passion']);
  });

  it('an empty story is assessed without calling the analyser', () => {
    const a = assessStory({ situation: '', task: '', action: '', result: '', tags: ['candor'] }, {
      ...opts,
      analyze: () => {
        throw new Error('should not be called');
      },
    });
    expect(a).toMatchObject({ score: 0, strong: false, missing: ['situation', 'task', 'action', 'result'], unsupportedTags: ['candor'] });
  });
});

describe('coverageMatrix', () => {
  const values = targetValues(pack);
  const assess = (s: typeof strongStory): StoryAssessment => assessStory(s, opts);

  it('targets current values only', () => {
    expect(values.map((v) => v.id)).toEqual(['courage', 'candor', 'judgment']);
  });

  it('no stories: every value is a gap', () => {
    const m = coverageMatrix({ stories: [], assessments: {}, values });
    expect(m.complete).toBe(false);
    expect(m.gaps.map((g) => [g.value, g.missing])).toEqual([
      ['courage', 2],
      ['candor', 2],
      ['judgment', 2],
    ]);
    expect(m.values.every((v) => v.status === 'missing')).toBe(true);
  });

  it('cells: strong, weak (not strong / no evidence / unassessed), suggested, none', () => {
    const s1 = { id: 's1', ...strongStory, tags: ['courage', 'judgment'] };
    const s2 = { id: 's2', ...strongStory, title: 'No result', result: '', tags: ['courage'] };
    const s3 = { id: 's3', ...strongStory, title: 'Fresh', tags: ['candor'] };
    const m = coverageMatrix({ stories: [s1, s2, s3], assessments: { s1: assess(s1), s2: assess(s2) }, values });
    const cell = (story: string, value: string) => m.rows[m.stories.findIndex((s) => s.id === story)]?.[values.findIndex((v) => v.id === value)];
    expect(cell('s1', 'courage')).toMatchObject({ state: 'strong', note: 'I showed courage and wrote a one-page risk note.' });
    expect(cell('s1', 'judgment')).toMatchObject({ state: 'weak', note: 'the story does not show Judgment yet' });
    expect(cell('s1', 'candor')?.state).toBe('none');
    expect(cell('s2', 'courage')).toMatchObject({ state: 'weak', note: 'missing result' });
    expect(cell('s3', 'candor')).toMatchObject({ state: 'weak', note: 'not analysed yet' });
    expect(m.values.find((v) => v.id === 'courage')).toMatchObject({ strong: 1, tagged: 2, gap: 1, status: 'partial' });
    expect(m.gaps.find((g) => g.value === 'courage')?.message).toMatch(/strengthen a tagged story or add one/);
  });

  it('adding a second strong story covers the value', () => {
    const s1 = { id: 's1', ...strongStory };
    const s2 = { id: 's2', ...strongStory, title: 'Another' };
    const before = coverageMatrix({ stories: [s1], assessments: { s1: assess(s1) }, values });
    const after = coverageMatrix({ stories: [s1, s2], assessments: { s1: assess(s1), s2: assess(s2) }, values });
    expect(before.values[0]).toMatchObject({ id: 'courage', strong: 1, status: 'partial' });
    expect(after.values[0]).toMatchObject({ id: 'courage', strong: 2, gap: 0, status: 'covered' });
    expect(after.covered).toBe(1);
    expect(after.gaps.map((g) => g.value)).toEqual(['candor', 'judgment']);
  });

  it('suggests values found in untagged stories', () => {
    const s = { id: 's', ...strongStory, tags: [] };
    const m = coverageMatrix({ stories: [s], assessments: { s: assess(s) }, values });
    expect(m.rows[0]?.[0]?.state).toBe('suggested');
  });
});

describe('overuse', () => {
  const use = (storyId: string, questionId: string, sessionId?: string, round?: string, at = 0): StoryUse => ({ storyId, questionId, sessionId, round, at });

  it('warns when one story answers too many questions in a loop or a round', () => {
    const uses = [use('s1', 'q1', 'L', 'behavioral'), use('s1', 'q2', 'L', 'behavioral'), use('s1', 'q3', 'L', 'hiring-manager'), use('s2', 'q4', 'L', 'behavioral')];
    const w = overuseWarnings(uses, {}, (id) => (id === 's1' ? 'Cache launch' : id));
    expect(w.map((x) => [x.scope, x.storyId, x.count])).toEqual([
      ['loop', 's1', 3],
      ['round', 's1', 2],
    ]);
    expect(w[0]?.message).toMatch(/"Cache launch" answered 3 questions in one loop/);
  });

  it('counts a repeated question once and keeps sessions apart', () => {
    const uses = [use('s1', 'q1', 'A', 'behavioral'), use('s1', 'q1', 'A', 'behavioral'), use('s1', 'q2', 'B'), use('s1', 'q3', 'B')];
    expect(overuseWarnings(uses)).toEqual([]);
  });

  it('warns when one story dominates recent solo practice', () => {
    const uses = [1, 2, 3, 4, 5].map((i) => use('s1', `q${i}`, undefined, undefined, i)).concat([use('s2', 'q9', undefined, undefined, 6)]);
    const w = overuseWarnings(uses);
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ scope: 'recent', storyId: 's1', count: 5 });
    expect(overuseWarnings(uses.slice(0, 3))).toEqual([]); // too few to judge
  });

  it('wouldOveruse checks before the story is used', () => {
    const uses = [use('s1', 'q1', 'L'), use('s1', 'q2', 'L')];
    expect(wouldOveruse(uses, 's1', 'L', 'q3')).toBe(true);
    expect(wouldOveruse(uses, 's1', 'L', 'q2')).toBe(false);
    expect(wouldOveruse(uses, 's1', 'M', 'q3')).toBe(false);
  });
});

describe('normalizeBehavioral', () => {
  it('fills safe defaults for partial analyser output', async () => {
    const { normalizeBehavioral, behavioralFrom } = await import('./normalize.js');
    const n = normalizeBehavioral({ kind: 'behavioral', score: 150, words: 3 });
    expect(n).toMatchObject({ score: 100, verdict: 'strong-hire', sentences: [], star: { missing: [] }, values: [], flags: [], fixes: [] });
    expect(normalizeBehavioral(null)).toMatchObject({ score: 0, verdict: 'strong-no-hire' });
    const wrapped = behavioralFrom(() => ({ score: 65, values: [{ value: 'courage', evidence: [0, 'x'] }, { evidence: [] }] }));
    expect(wrapped('text', { pack }).values).toEqual([{ value: 'courage', evidence: [0] }]);
    // The real contract shape passes through unchanged where it matters.
    const real = fakeAnalyzeBehavioral('At Acme it broke. I fixed it. As a result it cut errors 40%.', { pack });
    expect(normalizeBehavioral(real)).toMatchObject({ score: real.score, verdict: real.verdict, sentences: real.sentences, values: real.values });
  });
});
