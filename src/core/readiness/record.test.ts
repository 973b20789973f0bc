import { describe, expect, it } from 'vitest';
import { fixturePack } from './fixture-pack.js';
import { recordFromAttempt, recordsFromAttempts } from './record.js';

const pack = fixturePack();

describe('recordFromAttempt', () => {
  it('reads a behavioral attempt: dimensions, values, flags, duration, round from the question', () => {
    const r = recordFromAttempt(
      {
        id: 'a1',
        kind: 'behavioral',
        questionId: 'b1',
        score: 72,
        createdAt: '2025-03-01T10:00:00.000Z',
        meta: { durationSec: 120, storyId: 's1' },
        analysis: {
          kind: 'behavioral',
          score: 72,
          dimensions: [{ name: 'structure', score: 3 }, { name: 'bad' }],
          values: [{ value: 'courage', evidence: [1] }],
          flags: [{ code: 'no-metrics', message: '…' }],
        },
      },
      pack,
    );
    expect(r).toMatchObject({
      round: 'behavioral',
      score: 72,
      dimensions: [{ name: 'structure', score: 3 }],
      valuesShown: ['courage'],
      valuesTargeted: ['courage'],
      flags: ['no-metrics'],
      durationSec: 120,
      targetSeconds: [90, 150],
      timed: true,
      storyId: 's1',
      coding: undefined,
    });
    expect(r?.at).toBe(Date.UTC(2025, 2, 1, 10));
  });

  it('reads a coding attempt from the judge JSON, with or without an explanation', () => {
    const judge = { problem: 'ttl-cache', verdict: 'accepted', passed: 20, total: 20, ms: 12.5, tests: [] };
    const plain = recordFromAttempt({ id: 'c1', kind: 'coding', questionId: 'ttl-cache', score: 100, createdAt: '2025-03-01T10:00:00Z', analysis: judge }, pack);
    expect(plain?.round).toBe('coding');
    expect(plain?.coding).toEqual({ verdict: 'accepted', passed: 20, total: 20, ms: 12.5, explained: false });
    const explained = recordFromAttempt(
      {
        id: 'c2',
        kind: 'coding',
        questionId: 'ttl-cache',
        score: Number.NaN,
        createdAt: '2025-03-01T10:00:00Z',
        analysis: { judge: { ...judge, passed: 15 } },
        meta: { explanation: 'I keep a map from key to value and expiry, and a min-heap of expiries so count stays cheap; edge case: same key set twice.' },
      },
      pack,
    );
    expect(explained?.coding?.explained).toBe(true);
    expect(explained?.score).toBe(75); // derived from passed/total when the stored score is unusable
  });

  it('takes the round from meta first, and guesses design for unknown design questions', () => {
    expect(recordFromAttempt({ id: 'x', kind: 'behavioral', questionId: 'b1', score: 1, createdAt: '2025-03-01', analysis: null, meta: { round: 'director' } }, pack)?.round).toBe('director');
    expect(recordFromAttempt({ id: 'x', kind: 'design', questionId: 'unknown', score: 1, createdAt: '2025-03-01', analysis: null })?.round).toBe('system-design');
  });

  it('drops unreadable rows and sorts oldest first', () => {
    const rs = recordsFromAttempts(
      [
        { id: 'late', kind: 'behavioral', questionId: 'b1', score: 1, createdAt: '2025-03-02T00:00:00Z', analysis: {} },
        { id: 'bad', kind: 'behavioral', questionId: 'b1', score: 1, createdAt: 'not a date', analysis: {} },
        { id: 'early', kind: 'behavioral', questionId: 'b1', score: 150, createdAt: '2025-03-01T00:00:00Z', analysis: {} },
      ],
      pack,
    );
    expect(rs.map((r) => r.id)).toEqual(['early', 'late']);
    expect(rs[0]?.score).toBe(100);
  });
});
