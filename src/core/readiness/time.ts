/**
 * Time and calendar arithmetic without the clock: instants are epoch milliseconds (UTC),
 * calendar days are ISO dates `YYYY-MM-DD`. Pure integer maths (days-from-civil), so core code
 * never touches `Date`.
 */

export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

/** An ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number (days since 1970-01-01). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  const back = civilFromDays(daysFromCivil(y, mo, d));
  return back.month === mo && back.day === d;
}

/** Day number of an ISO date; throws on a malformed date (validate input with `isIsoDate` first). */
export function dayNumber(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m || !isIsoDate(date)) throw new Error(`not an ISO date (YYYY-MM-DD): ${date}`);
  return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isoFromDayNumber(days: number): IsoDate {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function addDays(date: IsoDate, n: number): IsoDate {
  return isoFromDayNumber(dayNumber(date) + n);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The local calendar date of an instant, for a time zone `offsetMinutes` east of UTC (e.g. +120 for CEST). */
export function localDate(ms: number, offsetMinutes = 0): IsoDate {
  return isoFromDayNumber(Math.floor((ms + offsetMinutes * MS_PER_MINUTE) / MS_PER_DAY));
}

/** The instant at which a local calendar date ends (exclusive), for the given offset. */
export function endOfLocalDay(date: IsoDate, offsetMinutes = 0): number {
  return (dayNumber(date) + 1) * MS_PER_DAY - offsetMinutes * MS_PER_MINUTE;
}

/** Parses an ISO-8601 instant (`2025-03-01T10:00:00.000Z`, offsets allowed; a bare date is midnight UTC). */
export function parseInstant(value: string): number | undefined {
  const m = ISO_INSTANT.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return undefined;
  const h = Number(m[4] ?? 0);
  const mi = Number(m[5] ?? 0);
  const s = Number(m[6] ?? 0);
  if (h > 23 || mi > 59 || s > 60) return undefined;
  const frac = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  let offset = 0;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  }
  return daysFromCivil(y, mo, d) * MS_PER_DAY + ((h * 60 + mi - offset) * 60 + s) * 1000 + frac;
}

/** Formats an instant as an ISO-8601 UTC string with milliseconds, like `Date#toISOString`. */
export function formatInstant(ms: number): string {
  const days = Math.floor(ms / MS_PER_DAY);
  const rest = ms - days * MS_PER_DAY;
  const h = Math.floor(rest / 3_600_000);
  const mi = Math.floor((rest % 3_600_000) / 60_000);
  const s = Math.floor((rest % 60_000) / 1000);
  const frac = Math.floor(rest % 1000);
  return `${isoFromDayNumber(days)}T${pad(h)}:${pad(mi)}:${pad(s)}.${pad(frac, 3)}Z`;
}
