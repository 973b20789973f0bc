import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fixturePack } from '../readiness/fixture-pack.js';
import { escapeText, foldLine, icsDateTime, planToIcs } from './ics.js';
import { layoutPlan } from './layout.js';

const STAMP = Date.UTC(2025, 2, 1, 9, 30, 5);
const utf8 = (s: string): number => new TextEncoder().encode(s).length;

describe('ics helpers', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('formats UTC date-times', () => {
    expect(icsDateTime(STAMP)).toBe('20250301T093005Z');
  });

  it('folds long lines at 75 octets without splitting multi-byte characters', () => {
    const line = 'SUMMARY:' + 'é✓'.repeat(60);
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(utf8(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });
});

describe('planToIcs', () => {
  const pack = fixturePack();
  const long = { ...pack.plans[3]!, phases: [{ ...pack.plans[3]!.phases[0]!, tasks: [{ id: 'warm-up', kind: 'behavioral' as const, text: 'Warm up: say your two strongest stories out loud, then re-read the values; "courage", candor & judgment — in that order. Keep it light; no new material today.' }] }] };
  const layout = layoutPlan({ plans: [pack.plans[0]!, long], role: 'swe', interviewDate: '2025-05-01', today: '2025-03-01', ticks: { 'eight/values': true } });
  const ics = planToIcs(layout, { stamp: STAMP, calendarName: 'Keeper, Netflix plan', url: 'http://127.0.0.1:3000/plan' });

  it('uses CRLF everywhere and keeps every line within 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(utf8(line)).toBeLessThanOrEqual(75);
  });

  it('parses back with ical.js: one event per task plus the interview, unique UIDs, right dates', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    // ical.js leaves X- properties raw; the comma is escaped as TEXT.
    expect(cal.getFirstPropertyValue('x-wr-calname')).toBe('Keeper\\, Netflix plan');
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(layout.tasks.length + 1);
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids[0]).toBe('eight.stories.20250501@keeper.local');

    const first = events[0]!;
    expect(first.summary).toBe('Task stories');
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe('2025-03-06');
    expect(first.endDate.toString()).toBe('2025-03-07');
    expect(first.description).toContain('Phase: Foundations');
    const stamp = first.component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toString()).toBe('2025-03-01T09:30:05Z');

    const done = events.find((e) => e.uid.startsWith('eight.values.'))!;
    expect(done.summary).toBe('✓ Task values');

    const warm = events.find((e) => e.uid.startsWith('day.warm-up.'))!;
    expect(warm.summary).toBe(long.phases[0]!.tasks[0]!.text); // escaping and folding round-trip exactly
    expect(warm.startDate.toString()).toBe('2025-05-01');

    const interview = events[events.length - 1]!;
    expect(interview.summary).toBe('Interview day');
    expect(interview.uid).toBe('interview.20250501@keeper.local');
  });

  it('is a pure function of its inputs', () => {
    expect(planToIcs(layout, { stamp: STAMP, calendarName: 'Keeper, Netflix plan', url: 'http://127.0.0.1:3000/plan' })).toBe(ics);
    expect(planToIcs(layout, { stamp: STAMP, includeInterview: false })).not.toContain('SUMMARY:Interview day');
  });
});
