import { describe, expect, it } from 'vitest';
import { fixturePack, practice } from './fixture-pack.js';
import { computeReadiness, levelOf, recencyWeight, requiredRounds, type RoundReadiness } from './readiness.js';
import { MS_PER_DAY } from './time.js';

const NOW = Date.UTC(2025, 2, 15, 12);
const daysAgo = (d: number): number => NOW - d * MS_PER_DAY;
const loop = fixturePack().loops[0]!;
const roundOf = (rs: readonly RoundReadiness[], k: string): RoundReadiness | undefined => rs.find((r) => r.round === k);

describe('recencyWeight', () => {
  it('halves every half-life and never exceeds 1', () => {
    expect(recencyWeight(NOW, NOW)).toBe(1);
    expect(recencyWeight(daysAgo(14), NOW)).toBeCloseTo(0.5, 10);
    expect(recencyWeight(daysAgo(28), NOW)).toBeCloseTo(0.25, 10);
    expect(recencyWeight(NOW + MS_PER_DAY, NOW)).toBe(1);
  });
});

describe('computeReadiness', () => {
  it('empty history: every round and the overall say "not enough data"', () => {
    const r = computeReadiness({ records: [], now: NOW, loop });
    // Required rounds first, then the optional hiring-manager round (shown, not counted).
    expect(r.rounds.map((x) => x.round)).toEqual(['behavioral', 'coding', 'system-design', 'hiring-manager']);
    expect(r.rounds.every((x) => x.status === 'not-enough-data')).toBe(true);
    expect(r.overall.status).toBe('not-enough-data');
    if (r.overall.status === 'not-enough-data') expect(r.overall.missing).toEqual(['behavioral', 'coding', 'system-design']);
  });

  it('empty history without a loop has nothing to rate', () => {
    const r = computeReadiness({ records: [], now: NOW });
    expect(r.rounds).toEqual([]);
    expect(r.overall.status).toBe('not-enough-data');
  });

  it('one attempt is not enough evidence, however good', () => {
    const r = computeReadiness({ records: [practice({ questionId: 'b1', at: daysAgo(0), score: 98 })], now: NOW, loop });
    const b = roundOf(r.rounds, 'behavioral');
    expect(b?.status).toBe('not-enough-data');
    expect(b?.attempts).toBe(1);
    if (b?.status === 'not-enough-data') expect(b.need).toMatch(/2 more attempt/);
    expect(b && 'score' in b).toBe(false);
  });

  it('three attempts on one question are still not enough: two distinct questions are required', () => {
    const records = [0, 1, 2].map((d) => practice({ questionId: 'b1', at: daysAgo(d), score: 80 }));
    const b = roundOf(computeReadiness({ records, now: NOW }).rounds, 'behavioral');
    expect(b?.status).toBe('not-enough-data');
    if (b?.status === 'not-enough-data') expect(b.need).toMatch(/distinct question/);
  });

  it('recent attempts give a recency-weighted score', () => {
    const records = [
      practice({ questionId: 'b1', at: daysAgo(14), score: 40 }),
      practice({ questionId: 'b2', at: daysAgo(0), score: 80 }),
      practice({ questionId: 'b3', at: daysAgo(0), score: 80 }),
    ];
    const b = roundOf(computeReadiness({ records, now: NOW }).rounds, 'behavioral');
    expect(b?.status).toBe('ok');
    // (0.5·40 + 80 + 80) / 2.5 = 72
    if (b?.status === 'ok') {
      expect(b.score).toBe(72);
      expect(b.level).toBe('close');
      expect(b.evidence).toBe(2.5);
    }
  });

  it('stale attempts fade below the evidence bar', () => {
    const records = ['b1', 'b2', 'b3', 'b1'].map((q, i) => practice({ questionId: q, at: daysAgo(40 + i), score: 90 }));
    const b = roundOf(computeReadiness({ records, now: NOW }).rounds, 'behavioral');
    expect(b?.status).toBe('not-enough-data');
    if (b?.status === 'not-enough-data') expect(b.need).toMatch(/recent practice/);
    expect(b?.attempts).toBe(4);
    // The same attempts seen 40 days earlier were fresh and enough.
    const then = roundOf(computeReadiness({ records, now: daysAgo(40) }).rounds, 'behavioral');
    expect(then?.status).toBe('ok');
  });

  it('attempts outside the window are ignored entirely', () => {
    const records = ['b1', 'b2', 'b3'].map((q) => practice({ questionId: q, at: daysAgo(120), score: 90 }));
    const b = roundOf(computeReadiness({ records, now: NOW, loop }).rounds, 'behavioral');
    expect(b?.attempts).toBe(0);
  });

  it('future attempts (clock skew) are not counted as evidence yet', () => {
    const records = ['b1', 'b2', 'b3'].map((q) => practice({ questionId: q, at: NOW + MS_PER_DAY, score: 90 }));
    const b = roundOf(computeReadiness({ records, now: NOW, loop }).rounds, 'behavioral');
    expect(b?.attempts).toBe(0);
  });

  it('mixed rounds: overall needs every required round and leans on the weakest', () => {
    const records = [
      ...['b1', 'b2', 'b3'].map((q, i) => practice({ questionId: q, at: daysAgo(i), score: 90 })),
      ...['ttl-cache', 'token-bucket', 'ttl-cache'].map((q, i) => practice({ questionId: q, at: daysAgo(i), score: 60, round: 'coding', kind: 'coding' })),
      ...['d1', 'd2'].map((q, i) => practice({ questionId: q, at: daysAgo(i), score: 80, round: 'system-design', kind: 'design' })),
      practice({ questionId: 'hm1', at: daysAgo(1), score: 20, round: 'hiring-manager' }),
    ];
    const partial = computeReadiness({ records, now: NOW, loop });
    expect(partial.overall.status).toBe('not-enough-data');
    if (partial.overall.status === 'not-enough-data') expect(partial.overall.missing).toEqual(['system-design']);
    // The optional hiring-manager round is reported but does not block or count.
    expect(roundOf(partial.rounds, 'hiring-manager')?.status).toBe('not-enough-data');

    const full = computeReadiness({ records: [...records, practice({ questionId: 'd3', at: daysAgo(0), score: 80, round: 'system-design' })], now: NOW, loop });
    expect(full.overall.status).toBe('ok');
    if (full.overall.status === 'ok') {
      // mean(90, 60, 80) = 76.67, min 60 → (76.67 + 60) / 2 = 68.3 → 68
      expect(full.overall.score).toBe(68);
      expect(full.overall.weakest).toBe('coding');
      expect(full.overall.level).toBe('close');
    }
  });

  it('reports the trend against a week ago', () => {
    const records = [
      ...['b1', 'b2', 'b3'].map((q, i) => practice({ questionId: q, at: daysAgo(10 + i), score: 50 })),
      ...['b1', 'b2', 'b3'].map((q, i) => practice({ questionId: q, at: daysAgo(i), score: 90 })),
    ];
    const b = roundOf(computeReadiness({ records, now: NOW }).rounds, 'behavioral');
    expect(b?.status).toBe('ok');
    if (b?.status === 'ok') {
      expect(b.trend).toBeGreaterThan(20);
      expect(b.score).toBeGreaterThan(70);
    }
  });

  it('options change the evidence bar', () => {
    const one = [practice({ questionId: 'b1', at: NOW, score: 70 })];
    const r = computeReadiness({ records: one, now: NOW, options: { minAttempts: 1, minQuestions: 1, minEvidence: 0.5 } });
    expect(r.overall).toMatchObject({ status: 'ok', score: 70 });
  });
});

describe('levels and rounds', () => {
  it('maps scores to levels', () => {
    expect(levelOf(80)).toBe('ready');
    expect(levelOf(75)).toBe('ready');
    expect(levelOf(60)).toBe('close');
    expect(levelOf(54)).toBe('not-yet');
  });
  it('lists required rounds without optional ones', () => {
    expect(requiredRounds(loop)).toEqual(['behavioral', 'coding', 'system-design']);
  });
});
