import { describe, expect, it } from 'vitest';
import { fixturePack } from '../readiness/fixture-pack.js';
import { choosePlans, layoutPlan, planSpan } from './layout.js';

const plans = fixturePack().plans;
const base = { plans, role: 'swe' as const };

describe('choosePlans', () => {
  it('picks the longest plan that fits the days left, plus the day-of plan', () => {
    const pick = (days: number) => {
      const c = choosePlans(plans, 'swe', days);
      return [c.main?.horizon, c.dayOf?.horizon, c.scale];
    };
    expect(pick(90)).toEqual(['8-weeks', 'day-of', 1]);
    expect(pick(56)).toEqual(['8-weeks', 'day-of', 1]);
    expect(pick(40)).toEqual(['4-weeks', 'day-of', 1]);
    expect(pick(10)).toEqual(['1-week', 'day-of', 1]);
    expect(pick(0)).toEqual([undefined, 'day-of', 1]);
  });

  it('compresses the shortest plan when even it does not fit', () => {
    const c = choosePlans(plans, 'swe', 3);
    expect(c.main?.horizon).toBe('1-week');
    expect(c.scale).toBeCloseTo(3 / 7);
  });

  it('honours a forced horizon and falls back to all plans for an unknown role', () => {
    expect(choosePlans(plans, 'swe', 90, '1-week').main?.id).toBe('one');
    expect(choosePlans(plans, 'pm', 90).main?.id).toBe('eight');
    expect(planSpan(plans[0]!)).toBe(56);
  });
});

describe('layoutPlan', () => {
  it('lays tasks out backwards from the interview date, spread through each phase', () => {
    const l = layoutPlan({ ...base, interviewDate: '2025-05-01', today: '2025-03-01' });
    expect(l).toMatchObject({ status: 'ok', daysLeft: 61, horizon: '8-weeks', total: 10, done: 0 });
    expect(l.plans.map((p) => p.id)).toEqual(['eight', 'day']);
    const foundations = l.phases[0]!;
    expect([foundations.start, foundations.end]).toEqual(['2025-03-06', '2025-04-02']);
    // 4 tasks over 28 days: every 7 days from the phase start.
    expect(foundations.tasks.map((t) => t.date)).toEqual(['2025-03-06', '2025-03-13', '2025-03-20', '2025-03-27']);
    expect(l.tasks[l.tasks.length - 1]).toMatchObject({ key: 'day/rest', date: '2025-05-01' });
    expect(l.tasks.map((t) => t.date)).toEqual([...l.tasks.map((t) => t.date)].sort());
    expect(l.next?.key).toBe('eight/stories');
    expect(l.overdue).toEqual([]);
  });

  it('keeps the horizon chosen on the start date as days pass', () => {
    const later = layoutPlan({ ...base, interviewDate: '2025-05-01', today: '2025-04-20', startDate: '2025-03-01' });
    expect(later).toMatchObject({ horizon: '8-weeks', startDate: '2025-03-01', daysLeft: 11 });
    expect(layoutPlan({ ...base, interviewDate: '2025-05-01', today: '2025-04-20' }).horizon).toBe('1-week');
  });

  it('keeps every date on or after today when compressed', () => {
    const l = layoutPlan({ ...base, interviewDate: '2025-03-04', today: '2025-03-01' });
    expect(l.status).toBe('compressed');
    expect(l.tasks.every((t) => t.date >= '2025-03-01' && t.date <= '2025-03-04')).toBe(true);
  });

  it('interview today: only the day-of plan; past interview: status past', () => {
    const today = layoutPlan({ ...base, interviewDate: '2025-03-01', today: '2025-03-01' });
    expect(today.status).toBe('interview-today');
    expect(today.tasks.map((t) => t.key)).toEqual(['day/warm-up', 'day/rest']);
    expect(today.dueToday).toHaveLength(2);
    const past = layoutPlan({ ...base, interviewDate: '2025-02-01', today: '2025-03-01', startDate: '2025-01-01' });
    expect(past.status).toBe('past');
    expect(past.daysLeft).toBe(-28);
    expect(past.horizon).toBe('4-weeks');
    expect(past.overdue).toEqual([]);
  });

  it('no plans in the pack: status no-plan', () => {
    expect(layoutPlan({ plans: [], role: 'swe', interviewDate: '2025-05-01', today: '2025-03-01' }).status).toBe('no-plan');
  });

  it('tracks done: manual ticks, data ticks one task per activity inside the phase, false overrides data', () => {
    const at = (date: string) => Date.parse(`${date}T12:00:00Z`);
    const l = layoutPlan({
      ...base,
      interviewDate: '2025-05-01',
      startDate: '2025-03-01',
      today: '2025-04-10',
      ticks: { 'eight/values': true, 'eight/coding-b': false },
      activity: [
        { kind: 'coding', at: at('2025-03-10') },
        { kind: 'coding', at: at('2025-03-11') },
        { kind: 'coding', at: at('2025-03-01') }, // before the phase: does not count
        { kind: 'mock-loop', at: at('2025-04-08') },
      ],
    });
    const task = (key: string) => l.tasks.find((t) => t.key === key)!;
    expect(task('eight/values')).toMatchObject({ done: true, doneBy: 'manual' });
    expect(task('eight/coding-a')).toMatchObject({ done: true, doneBy: 'data' });
    expect(task('eight/coding-b')).toMatchObject({ done: false, overdue: true });
    expect(task('eight/mock')).toMatchObject({ done: true, doneBy: 'data' });
    expect(task('eight/stories')).toMatchObject({ done: false, overdue: true });
    expect(l.done).toBe(3);
    expect(l.overdue.map((t) => t.key)).toEqual(['eight/stories', 'eight/coding-b', 'eight/design']);
  });

  it('gives repeated task ids distinct keys', () => {
    const dup = [{ ...plans[2]!, phases: [{ ...plans[2]!.phases[0]!, tasks: [...plans[2]!.phases[0]!.tasks, plans[2]!.phases[0]!.tasks[0]!] }] }];
    const l = layoutPlan({ plans: dup, role: 'swe', interviewDate: '2025-03-10', today: '2025-03-01' });
    expect(l.tasks.map((t) => t.key)).toEqual(['one/stories', 'one/coding', 'one/mock', 'one/stories#2']);
  });
});
