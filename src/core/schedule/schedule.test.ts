import { describe, expect, it } from 'vitest';
import { practice } from '../readiness/fixture-pack.js';
import { MS_PER_DAY } from '../readiness/time.js';
import { newCard, ratingForScore, reviewCard } from './card.js';
import { buildSchedule, dueBefore, dueToday, upcoming } from './schedule.js';

const T = Date.UTC(2025, 2, 1, 10);
const day = (n: number, h = 10): number => Date.UTC(2025, 2, 1 + n, h);

describe('ratingForScore', () => {
  it('maps score bands to FSRS ratings', () => {
    expect([0, 39, 40, 59, 60, 84, 85, 100].map(ratingForScore)).toEqual(['again', 'again', 'hard', 'hard', 'good', 'good', 'easy', 'easy']);
  });
});

describe('reviewCard', () => {
  it('a new card is due now; better ratings push the next review further out', () => {
    expect(newCard(T)).toMatchObject({ due: T, reps: 0, state: 'new', lastReview: undefined });
    const dues = (['again', 'hard', 'good', 'easy'] as const).map((r) => reviewCard(undefined, r, T).due);
    expect(dues[0]).toBe(T + MS_PER_DAY);
    for (let i = 1; i < dues.length; i++) expect(dues[i]!).toBeGreaterThan(dues[i - 1]!);
  });

  it('is deterministic and JSON-safe', () => {
    const a = reviewCard(reviewCard(undefined, 'hard', T), 'good', day(3));
    const b = reviewCard(reviewCard(undefined, 'hard', T), 'good', day(3));
    expect(a).toEqual(b);
    expect(JSON.parse(JSON.stringify(a))).toEqual({ ...a, lastReview: a.lastReview });
    expect(a.lastReview).toBe(day(3));
    expect(a.reps).toBe(2);
  });

  it('a lapse after a good run counts and brings the card back soon', () => {
    let c = reviewCard(undefined, 'good', T);
    c = reviewCard(c, 'good', c.due);
    const lapsed = reviewCard(c, 'again', c.due);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due - c.due).toBeLessThanOrEqual(2 * MS_PER_DAY);
  });

  it('caps intervals at the configured maximum', () => {
    let c = reviewCard(undefined, 'easy', T);
    for (let i = 0; i < 6; i++) c = reviewCard(c, 'easy', c.due, { maximumIntervalDays: 10 });
    expect(c.scheduledDays).toBeLessThanOrEqual(10);
  });
});

describe('buildSchedule', () => {
  it('empty history: nothing scheduled, nothing due', () => {
    expect(buildSchedule([])).toEqual([]);
    expect(dueToday([], T)).toEqual([]);
  });

  it('only questions that were weak at least once join', () => {
    const items = buildSchedule([practice({ questionId: 'strong', at: T, score: 90 }), practice({ questionId: 'weak', at: T, score: 30 })]);
    expect(items.map((i) => i.questionId)).toEqual(['weak']);
    expect(items[0]).toMatchObject({ reviews: 1, lastScore: 30, lastRating: 'again', worstScore: 30, dueAt: T + MS_PER_DAY });
  });

  it('one weak attempt: due tomorrow, not today; due today once tomorrow comes', () => {
    const items = buildSchedule([practice({ questionId: 'q', at: T, score: 35 })]);
    expect(dueToday(items, T)).toEqual([]);
    expect(dueToday(items, day(1, 8)).map((i) => i.questionId)).toEqual(['q']);
    expect(upcoming(items, T).map((i) => i.questionId)).toEqual(['q']);
  });

  it('"today" follows the candidate\'s time zone', () => {
    const items = buildSchedule([practice({ questionId: 'q', at: Date.UTC(2025, 2, 1, 20), score: 35 })]); // due 2025-03-02 20:00 UTC
    expect(dueToday(items, Date.UTC(2025, 2, 2, 9), 0).length).toBe(1);
    expect(dueToday(items, Date.UTC(2025, 2, 2, 9), -300).length).toBe(1); // 04:00 local, day ends 05:00 UTC next day
    expect(dueToday(items, Date.UTC(2025, 2, 2, 9), 300).length).toBe(0); // 14:00 local, day ends 19:00 UTC
  });

  it('stale weak attempts are overdue and come first, weakest first on ties', () => {
    const items = buildSchedule([
      practice({ questionId: 'recent', at: day(20), score: 30 }),
      practice({ questionId: 'stale-b', at: T, score: 50 }),
      practice({ questionId: 'stale-a', at: T, score: 20 }),
    ]);
    const due = dueToday(items, day(30));
    expect(due.map((i) => i.questionId)).toEqual(['stale-a', 'stale-b', 'recent']);
  });

  it('improving scores push the question out; a relapse brings it back', () => {
    const improving = buildSchedule([
      practice({ questionId: 'q', at: T, score: 30 }),
      practice({ questionId: 'q', at: day(1), score: 70 }),
      practice({ questionId: 'q', at: day(4), score: 90 }),
    ])[0]!;
    expect(improving.dueAt - day(4)).toBeGreaterThan(5 * MS_PER_DAY);
    const relapse = buildSchedule([
      practice({ questionId: 'q', at: T, score: 30 }),
      practice({ questionId: 'q', at: day(1), score: 70 }),
      practice({ questionId: 'q', at: day(4), score: 20 }),
    ])[0]!;
    expect(relapse.dueAt).toBeLessThan(improving.dueAt);
    expect(relapse.card.lapses).toBe(1);
  });

  it('replays attempts in time order whatever the input order', () => {
    const rs = [practice({ questionId: 'q', at: day(2), score: 80 }), practice({ questionId: 'q', at: T, score: 30 })];
    expect(buildSchedule(rs)).toEqual(buildSchedule([...rs].reverse()));
  });

  it('snooze and drop overrides', () => {
    const rs = [practice({ questionId: 'q', at: T, score: 30 })];
    const snoozed = buildSchedule(rs, { overrides: { q: { snoozedUntil: day(5), at: day(1) } } });
    expect(snoozed[0]?.dueAt).toBe(day(5));
    expect(dueBefore(snoozed, day(4)).length).toBe(0);
    expect(buildSchedule(rs, { overrides: { q: { dropped: true, at: day(1) } } })).toEqual([]);
    // A new weak attempt after dropping puts it back; a snooze older than the last attempt no longer applies.
    const again = [...rs, practice({ questionId: 'q', at: day(2), score: 20 })];
    expect(buildSchedule(again, { overrides: { q: { dropped: true, at: day(1) } } })).toHaveLength(1);
    expect(buildSchedule(again, { overrides: { q: { snoozedUntil: day(9), at: day(1) } } })[0]?.snoozedUntil).toBeUndefined();
  });
});
