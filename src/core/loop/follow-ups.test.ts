import { describe, expect, it } from 'vitest';
import { readAnalysis } from './analysis-types.js';
import { chooseFollowUps, followUpCount } from './follow-ups.js';
import { closesGap, findGaps, fitsGap, flagLabel, gapLabel, gapTopic, shortPoint } from './gaps.js';
import { mulberry32 } from './prng.js';
import { fakeBehavioral, fakeDesign, fakeJudge } from './test-fixtures.js';
import type { PlannedItem } from './types.js';

const behavioral = (flags: string[], extra: object = {}): ReturnType<typeof readAnalysis> =>
  readAnalysis({ kind: 'behavioral', score: 50, sentences: [], flags: flags.map((code) => ({ code, message: `msg ${code}`, evidence: [] })), fixes: [], ...extra });

const item = (followUps: string[], extra: Partial<PlannedItem> = {}): PlannedItem => ({
  kind: 'question',
  id: 'q',
  text: 'Tell me about a time you disagreed with your manager.',
  category: 'behavioral',
  values: [],
  followUps,
  keyPoints: [],
  why: { covers: [], weak: [], roundMatch: true },
  reason: 'test',
  ...extra,
});

describe('readAnalysis', () => {
  it('keeps the fields the loop reads and survives JSON', () => {
    const a = readAnalysis(fakeBehavioral('We did a thing.'));
    expect(a.kind).toBe('behavioral');
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
  it('recognises a judge result by its tests, and turns anything else into "unavailable"', () => {
    expect(readAnalysis(fakeJudge(['a'], ['b']))).toMatchObject({ kind: 'judge', verdict: 'wrong-answer', passed: 1, total: 2 });
    expect(readAnalysis(null)).toMatchObject({ kind: 'unavailable' });
    expect(readAnalysis({ kind: 'poem' })).toMatchObject({ kind: 'unavailable' });
    expect(readAnalysis({ kind: 'unavailable', message: 'engine down' })).toEqual({ kind: 'unavailable', message: 'engine down' });
  });
  it('tolerates missing and wrongly typed fields', () => {
    const a = readAnalysis({ kind: 'behavioral', score: 'high', flags: [{ code: 'vague' }, { nope: 1 }], sentences: 'x' });
    expect(a).toMatchObject({ kind: 'behavioral', score: 0, sentences: [], flags: [{ code: 'vague', message: 'vague' }] });
  });
});

describe('findGaps', () => {
  it('orders behavioral gaps by what an interviewer probes first and skips delivery flags', () => {
    const gaps = findGaps(behavioral(['fillers', 'no-reflection', 'we-heavy', 'too-long', 'missing-result', 'no-metrics']));
    expect(gaps.map((g) => g.code)).toEqual(['missing-result', 'we-heavy', 'no-metrics', 'no-reflection']);
    expect(gaps[1]).toEqual({ source: 'flag', code: 'we-heavy', detail: 'msg we-heavy' });
  });
  it('probes only the STAR parts the analysis flagged, not every part its structure lacks', () => {
    // A "why Netflix?" answer has no task or result, and the analysis rightly does not flag them.
    expect(findGaps(behavioral([], { star: { missing: ['task', 'result'] } }))).toEqual([]);
    expect(findGaps(behavioral(['missing-task'], { star: { missing: ['task', 'result'] } })).map((g) => g.code)).toEqual(['missing-task']);
  });
  it('lists uncovered design points in rubric order', () => {
    expect(findGaps(readAnalysis(fakeDesign(['region-failover']))).map((g) => g.code)).toEqual(['edge-cache', 'rate-limits']);
  });
  it('lists failing tests for a judge result, none when accepted', () => {
    expect(findGaps(readAnalysis(fakeJudge(['a', 'b'], [])))).toEqual([]);
    expect(findGaps(readAnalysis(fakeJudge(['a'], ['zero ttl'])))).toEqual([{ source: 'test', code: 'zero ttl', detail: 'zero ttl: expected 1' }]);
    const slow = findGaps(readAnalysis({ verdict: 'time-limit', passed: 1, total: 2, tests: [{ name: 'big', passed: false }] }));
    expect(slow.map((g) => g.source)).toEqual(['verdict', 'test']);
  });
  it('finds nothing to probe in an unavailable analysis', () => {
    expect(findGaps({ kind: 'unavailable', message: 'x' })).toEqual([]);
  });
});

describe('fitsGap and closesGap', () => {
  it('matches pack follow-ups to gaps', () => {
    expect(fitsGap('How did you measure the impact?', { source: 'flag', code: 'no-metrics', detail: '' })).toBe(true);
    expect(fitsGap('How did you measure the impact?', { source: 'flag', code: 'missing-result', detail: '' })).toBe(false);
    expect(fitsGap('What did you personally own there?', { source: 'flag', code: 'we-heavy', detail: '' })).toBe(true);
    expect(fitsGap('What would you do differently?', { source: 'flag', code: 'no-reflection', detail: '' })).toBe(true);
    expect(fitsGap('What did you change so it would not happen again?', { source: 'flag', code: 'no-reflection', detail: '' })).toBe(true);
    expect(fitsGap('How did your relationship with the director change afterwards?', { source: 'flag', code: 'no-reflection', detail: '' })).toBe(false);
    expect(fitsGap('What are you learning right now?', { source: 'flag', code: 'no-reflection', detail: '' })).toBe(false);
    expect(fitsGap('How would you cache popular titles near users?', { source: 'rubric', code: 'edge-cache', detail: 'Cache popular titles at the edge near users' })).toBe(true);
    expect(fitsGap('What happens when a region fails?', { source: 'rubric', code: 'edge-cache', detail: 'Cache popular titles at the edge near users' })).toBe(false);
  });
  it('judges a follow-up answer by its analysis, or by simple text checks without one', () => {
    const gap = { source: 'flag', code: 'no-metrics', detail: '' } as const;
    expect(closesGap(gap, 'anything', behavioral([]))).toBe(true);
    expect(closesGap(gap, 'anything', behavioral(['no-metrics']))).toBe(false);
    expect(closesGap(gap, 'It cut the error rate from 4% to 1% over the next quarter.')).toBe(true);
    expect(closesGap(gap, 'It made things a lot better for everyone on the team.')).toBe(false);
    expect(closesGap(gap, 'Yes.')).toBe(false);
    expect(closesGap({ source: 'flag', code: 'missing-result', detail: '' }, 'x', behavioral([], { star: { missing: ['result'] } }))).toBe(false);
    expect(closesGap({ source: 'rubric', code: 'edge-cache', detail: '' }, 'x', readAnalysis(fakeDesign(['edge-cache'])))).toBe(true);
    expect(closesGap({ source: 'test', code: 't', detail: '' }, 'A long enough answer about why that test fails for me.')).toBeUndefined();
  });
  it('judges a "too short" gap by how much the follow-up added, not by its own (always short) analysis', () => {
    const gap = { source: 'flag', code: 'too-short', detail: '' } as const;
    const more = 'We were three weeks from launch and the billing service kept timing out under load. I profiled it, found an unbounded retry loop, capped the retries and added a circuit breaker. Timeouts stopped that week.';
    expect(closesGap(gap, more, behavioral(['too-short']))).toBe(true);
    expect(closesGap(gap, 'I fixed it quickly.', behavioral(['too-short']))).toBe(false);
  });
});

describe('gap words', () => {
  it('names flags in a few words, known ones by code and others from their message', () => {
    expect(flagLabel({ code: 'no-reflection', message: 'No reflection: add what you learned or what you would do differently.' })).toBe('no reflection');
    expect(flagLabel({ code: 'no-estimates', message: 'No numbers: no traffic, bandwidth or storage estimates.' })).toBe('no numbers');
    expect(flagLabel({ code: 'missing-non-functional', message: 'No non-functional requirements (latency, availability, consistency, scale).' })).toBe('no non-functional requirements');
    expect(flagLabel({ code: 'odd-thing', message: 'A very long message that goes on and on without any short lead that could serve as a label.' })).toBe('odd thing');
  });
  it('shortens long rubric points to their lead clause', () => {
    expect(shortPoint('A registry maps each service to its instances (host, port, metadata, zone); instances register on start and deregister on shutdown.')).toBe(
      'A registry maps each service to its instances',
    );
    expect(shortPoint('Turn the numbers into load — 100k tasks heartbeating every 10–30 s is thousands of writes per second.')).toBe('Turn the numbers into load');
    expect(shortPoint('Cache popular titles at the edge near users.')).toBe('Cache popular titles at the edge near users');
    const long = 'Do this and that and the other thing across every single region and every single device family without exception';
    expect(shortPoint(long, 'every-region')).toBe('every region');
    expect(gapTopic({ source: 'rubric', code: 'registry-model', detail: 'A registry maps each service to its instances (host, port); instances register on start.' })).toBe(
      '"A registry maps each service to its instances"',
    );
  });
  it('says what a follow-up is about', () => {
    expect(gapTopic({ source: 'flag', code: 'missing-result', detail: 'x' })).toBe('the result');
    expect(gapTopic({ source: 'rubric', code: 'edge-cache', detail: 'Cache popular titles at the edge near users.' })).toBe('"Cache popular titles at the edge near users"');
    expect(gapLabel({ source: 'test', code: 'zero ttl', detail: 'zero ttl: expected 1' })).toBe('fails the test "zero ttl"');
    expect(gapLabel({ source: 'verdict', code: 'time-limit', detail: '' })).toBe('the solution runs out of time');
  });
});

describe('followUpCount', () => {
  it('asks one or two follow-ups a round', () => {
    expect(followUpCount(1, 0, 0, 0)).toBe(1); // a one-question round always probes
    expect(followUpCount(1, 0, 0, 3)).toBe(2);
    expect(followUpCount(2, 0, 0, 2)).toBe(1); // one per answer with gaps
    expect(followUpCount(2, 0, 0, 0)).toBe(0); // no gap and another question to come
    expect(followUpCount(2, 1, 0, 0)).toBe(1); // last answer, nothing asked yet
    expect(followUpCount(2, 1, 1, 0)).toBe(0);
    expect(followUpCount(3, 2, 2, 5)).toBe(0); // budget spent
  });
});

describe('chooseFollowUps', () => {
  const rng = (): (() => number) => mulberry32(1);
  it("prefers the question's own follow-up when it fits the gap", () => {
    const [f] = chooseFollowUps(item(['Who else was involved?', 'How did you measure the impact?']), behavioral(['no-metrics']), 1, [], rng());
    expect(f).toMatchObject({ text: 'How did you measure the impact?', fromPack: true, gap: { code: 'no-metrics' } });
    expect(f?.reason).toMatch(/own follow-ups/);
  });
  it("uses the analysis's suggestion, then a template, when no pack follow-up fits", () => {
    const suggested = 'What did you personally do, as opposed to the team?';
    const withSuggestion = chooseFollowUps(item(['Who else was involved?']), behavioral(['we-heavy'], { followUp: suggested }), 1, [], rng());
    expect(withSuggestion[0]).toMatchObject({ text: suggested, fromPack: false });
    expect(withSuggestion[0]?.reason).toBe('Gap: "we" hides what you did. The interviewer asks about what you did yourself, with the follow-up the analysis suggested.');
    const template = chooseFollowUps(item(['Who else was involved?']), behavioral(['we-heavy']), 1, [], rng());
    expect(template[0]?.text).toMatch(/What did you personally decide or do/);
  });
  it("ignores the analysis's suggestion when it is about something else than the gap", () => {
    // The real analysis suggests a follow-up for its own top concern, here a value the answer did not show.
    const [f] = chooseFollowUps(item(['Who else was involved?']), behavioral(['missing-task'], { followUp: 'Where in that story did you show Curiosity?' }), 1, [], rng());
    expect(f).toMatchObject({ text: 'What exactly were you responsible for there?', gap: { code: 'missing-task' } });
    expect(f?.reason).toBe('Gap: no task or goal. The interviewer asks about your task.');
  });
  it('takes gaps in order, never repeats a follow-up already asked in the round', () => {
    const two = chooseFollowUps(item(['How did you measure the impact?', 'What would you do differently?']), behavioral(['no-metrics', 'no-reflection']), 2, [], rng());
    expect(two.map((f) => f.gap.code)).toEqual(['no-metrics', 'no-reflection']);
    const again = chooseFollowUps(item(['How did you measure the impact?']), behavioral(['no-metrics']), 1, ['How did you measure the impact?'], rng());
    expect(again[0]?.text).not.toBe('How did you measure the impact?');
  });
  it('probes deeper with a seeded pick of the pack follow-ups when there is no gap', () => {
    const pack = ['A?', 'B?', 'C?'];
    const a = chooseFollowUps(item(pack), behavioral([]), 1, [], mulberry32(5));
    const b = chooseFollowUps(item(pack), behavioral([]), 1, [], mulberry32(5));
    expect(a).toEqual(b);
    expect(a[0]).toMatchObject({ fromPack: true, gap: { source: 'probe' } });
    expect(pack).toContain(a[0]?.text);
  });
  it('asks about a failing test and an uncovered design point', () => {
    const coding = chooseFollowUps(item(['How would you make it thread-safe?'], { kind: 'problem' }), readAnalysis(fakeJudge(['a'], ['expired key'])), 1, [], rng());
    expect(coding[0]?.text).toMatch(/fails the test "expired key"/);
    const design = chooseFollowUps(
      item(['How would you cache popular titles near users?', 'What happens when a region fails?'], { category: 'system-design' }),
      readAnalysis(fakeDesign(['rate-limits'])),
      2,
      [],
      rng(),
    );
    expect(design.map((f) => f.text)).toEqual(['How would you cache popular titles near users?', 'What happens when a region fails?']);
    expect(design.every((f) => f.fromPack)).toBe(true);
  });
  it('asks nothing when no follow-up is wanted', () => {
    expect(chooseFollowUps(item(['A?']), behavioral(['vague']), 0, [], rng())).toEqual([]);
  });
});
