import { describe, expect, it } from 'vitest';
import { practice } from './fixture-pack.js';
import { codingStats, dimensionSeries, filterRecords, questionHistory, roundSeries, valueHitSeries, valueSeries } from './progress.js';
import { MS_PER_DAY } from './time.js';

const D1 = Date.UTC(2025, 2, 1, 9);
const D2 = D1 + MS_PER_DAY;

const records = [
  practice({ questionId: 'b1', at: D1, score: 40, valuesTargeted: ['courage'], valuesShown: [], dimensions: [{ name: 'structure', score: 2 }, { name: 'specificity', score: 1 }] }),
  practice({ questionId: 'b2', at: D1 + 1000, score: 60, valuesTargeted: ['candor'], valuesShown: ['candor'], dimensions: [{ name: 'structure', score: 3 }] }),
  practice({ questionId: 'b1', at: D2, score: 80, valuesTargeted: ['courage'], valuesShown: ['courage'], dimensions: [{ name: 'structure', score: 4 }, { name: 'specificity', score: 3 }] }),
  practice({ questionId: 'ttl-cache', at: D1, score: 50, round: 'coding', kind: 'coding', coding: { verdict: 'wrong-answer', passed: 10, total: 20, ms: 30, explained: false } }),
  practice({ questionId: 'ttl-cache', at: D2, score: 100, round: 'coding', kind: 'coding', coding: { verdict: 'accepted', passed: 20, total: 20, ms: 12, explained: true } }),
  practice({ questionId: 'token-bucket', at: D2, score: 100, round: 'coding', kind: 'coding', coding: { verdict: 'accepted', passed: 8, total: 8, ms: 9, explained: true } }),
];

describe('series', () => {
  it('empty history gives empty series', () => {
    expect(dimensionSeries([])).toEqual({ keys: [], points: [] });
    expect(codingStats([])).toMatchObject({ attempts: 0, accepted: 0, passRate: 0, problems: [] });
    expect(questionHistory([], 'b1')).toMatchObject({ attempts: [], best: undefined, latest: undefined, change: undefined });
  });

  it('dimension means per day', () => {
    const s = dimensionSeries(records);
    expect(s.keys).toEqual(['structure', 'specificity']);
    expect(s.points).toEqual([
      { date: '2025-03-01', values: { structure: 2.5, specificity: 1 }, counts: { structure: 2, specificity: 1 } },
      { date: '2025-03-02', values: { structure: 4, specificity: 3 }, counts: { structure: 1, specificity: 1 } },
    ]);
  });

  it('value scores and hit rates per day', () => {
    expect(valueSeries(records).points.map((p) => p.values)).toEqual([{ courage: 40, candor: 60 }, { courage: 80 }]);
    expect(valueHitSeries(records).points.map((p) => p.values)).toEqual([{ courage: 0, candor: 100 }, { courage: 100 }]);
  });

  it('round scores per day, in the local time zone', () => {
    const s = roundSeries(records, 15 * 60); // UTC+15 pushes 09:00 UTC into the next local day
    expect(s.points.map((p) => p.date)).toEqual(['2025-03-02', '2025-03-03']);
    expect(s.points[0]?.values).toEqual({ behavioral: 50, coding: 50 });
  });
});

describe('codingStats', () => {
  it('pass rates, accepted counts and best times per problem', () => {
    const c = codingStats(records);
    expect(c).toMatchObject({ attempts: 3, accepted: 2, passRate: 83.3 });
    expect(c.problems.find((p) => p.problemId === 'ttl-cache')).toMatchObject({ attempts: 2, accepted: 1, passRate: 75, bestMs: 12 });
    expect(c.daily.points[1]?.values).toEqual({ passRate: 100, ms: 10.5 });
  });
});

describe('questionHistory and filters', () => {
  it('history of one question with change', () => {
    expect(questionHistory(records, 'b1')).toMatchObject({ best: 80, latest: 80, change: 40 });
  });
  it('filters by round, value, time and score; newest first', () => {
    expect(filterRecords(records, { round: 'coding' }).map((r) => r.questionId)).toEqual(['ttl-cache', 'token-bucket', 'ttl-cache']);
    expect(filterRecords(records, { value: 'courage' }).map((r) => r.score)).toEqual([80, 40]);
    expect(filterRecords(records, { from: D2, minScore: 90 }).length).toBe(2);
    expect(filterRecords(records, { to: D2, kind: 'behavioral' }).length).toBe(2);
  });
});
