/**
 * iCalendar (RFC 5545) export of a laid-out plan: one all-day VEVENT per task plus the interview
 * itself. A pure string builder — CRLF line endings, TEXT escaping (§3.3.11), lines folded at 75
 * octets without splitting a UTF-8 character (§3.1), one stable UID per task, DTSTAMP passed in.
 */
import { addDays, formatInstant } from '../readiness/time.js';
import type { PlanLayout } from './layout.js';

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into chunks of at most 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // a continuation line's leading space counts
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF + ' ');
}

/** `2025-03-01` → `20250301`. */
const icsDate = (iso: string): string => iso.replace(/-/g, '');

/** Epoch ms → `20250301T101500Z`. */
export function icsDateTime(ms: number): string {
  return formatInstant(ms).replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

export interface IcsOptions {
  /** DTSTAMP of every event (when the file was produced), epoch ms. */
  readonly stamp: number;
  /** Domain part of UIDs. Default `keeper.local`. */
  readonly uidDomain?: string;
  readonly calendarName?: string;
  /** Link shown in each event's description (e.g. the app URL). */
  readonly url?: string | undefined;
  /** Add an event for the interview day itself. Default true. */
  readonly includeInterview?: boolean;
}

const uidPart = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, '-');

export function planToIcs(layout: PlanLayout, options: IcsOptions): string {
  const domain = options.uidDomain ?? 'keeper.local';
  const stamp = icsDateTime(options.stamp);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Keeper//Interview preparation plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName ?? 'Interview preparation')}`,
  ];
  const event = (uid: string, date: string, summary: string, description: string, categories: string[]): void => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(date)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(date, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `CATEGORIES:${categories.map(escapeText).join(',')}`,
      'TRANSP:TRANSPARENT',
      ...(options.url ? [`URL:${options.url}`] : []),
      'END:VEVENT',
    );
  };
  for (const t of layout.tasks) {
    const uid = `${uidPart(t.key.replace('/', '.'))}.${icsDate(layout.interviewDate)}@${domain}`;
    const description = [`Phase: ${t.phase}`, `Practice: ${t.kind}`, t.done ? 'Done.' : 'Not done yet.', ...(options.url ? [options.url] : [])].join('\n');
    event(uid, t.date, `${t.done ? '✓ ' : ''}${t.text}`, description, ['Keeper', t.kind]);
  }
  if (options.includeInterview ?? true) {
    event(
      `interview.${icsDate(layout.interviewDate)}@${domain}`,
      layout.interviewDate,
      'Interview day',
      'Your interview. Sleep well, eat, arrive early; you have prepared.',
      ['Keeper', 'interview'],
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
