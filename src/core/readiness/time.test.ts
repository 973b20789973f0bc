import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  endOfLocalDay,
  formatInstant,
  isIsoDate,
  localDate,
  parseInstant,
} from './time.js';

describe('calendar arithmetic', () => {
  it('agrees with Date on random instants', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000_000_000, max: 5_000_000_000_000 }), (ms) => {
        expect(formatInstant(ms)).toBe(new Date(ms).toISOString());
        expect(parseInstant(new Date(ms).toISOString())).toBe(ms);
        expect(localDate(ms)).toBe(new Date(ms).toISOString().slice(0, 10));
      }),
    );
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-03-30', -56)).toBe('2025-02-02');
    expect(daysBetween('2025-01-01', '2025-03-01')).toBe(59);
    expect(daysBetween('2025-03-01', '2025-01-01')).toBe(-59);
  });

  it('validates ISO dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(() => addDays('tomorrow', 1)).toThrow(/ISO date/);
  });

  it('parses offsets and rejects garbage', () => {
    expect(parseInstant('2025-03-01T10:00:00+02:00')).toBe(Date.UTC(2025, 2, 1, 8));
    expect(parseInstant('2025-03-01')).toBe(Date.UTC(2025, 2, 1));
    expect(parseInstant('2025-03-01T10:00Z')).toBe(Date.UTC(2025, 2, 1, 10));
    expect(parseInstant('yesterday')).toBeUndefined();
    expect(parseInstant('2025-02-30T00:00:00Z')).toBeUndefined();
  });

  it('finds local days for a time zone', () => {
    const ms = Date.UTC(2025, 2, 1, 23, 30); // 23:30 UTC = 01:30 next day in UTC+2
    expect(localDate(ms, 120)).toBe('2025-03-02');
    expect(localDate(ms, -300)).toBe('2025-03-01');
    expect(endOfLocalDay('2025-03-02', 120)).toBe(Date.UTC(2025, 2, 2, 22));
  });
});
