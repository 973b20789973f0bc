/**
 * Progress series for charts: score per dimension, per value, per round over time (one point per
 * local day, the mean of that day's attempts), coding pass rates and times, per-question history,
 * and attempt filters. Pure aggregation over practice records.
 */
import type { RoundKind } from '../pack/schema.js';
import type { PracticeRecord } from './record.js';
import { localDate, type IsoDate } from './time.js';

/** One chart point: the day and the mean of each series that has data that day. */
export interface SeriesPoint {
  readonly date: IsoDate;
  readonly values: Readonly<Record<string, number>>;
  readonly counts: Readonly<Record<string, number>>;
}

export interface Series {
  /** Series names, in first-seen order. */
  readonly keys: readonly string[];
  readonly points: readonly SeriesPoint[];
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Groups (day, key, value) samples into daily means. */
function dailyMeans(samples: readonly { at: number; key: string; value: number }[], tzOffsetMinutes: number): Series {
  const keys: string[] = [];
  const days = new Map<IsoDate, Map<string, { sum: number; n: number }>>();
  for (const s of [...samples].sort((a, b) => a.at - b.at)) {
    if (!keys.includes(s.key)) keys.push(s.key);
    const date = localDate(s.at, tzOffsetMinutes);
    let day = days.get(date);
    if (!day) days.set(date, (day = new Map()));
    const acc = day.get(s.key) ?? { sum: 0, n: 0 };
    day.set(s.key, { sum: acc.sum + s.value, n: acc.n + 1 });
  }
  const points = [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([date, m]) => ({
      date,
      values: Object.fromEntries([...m].map(([k, a]) => [k, round1(a.sum / a.n)])),
      counts: Object.fromEntries([...m].map(([k, a]) => [k, a.n])),
    }));
  return { keys, points };
}

/** Analysis dimensions (1..4) per day. */
export function dimensionSeries(records: readonly PracticeRecord[], tzOffsetMinutes = 0): Series {
  return dailyMeans(
    records.flatMap((r) => r.dimensions.map((d) => ({ at: r.at, key: d.name, value: d.score }))),
    tzOffsetMinutes,
  );
}

/** Score (0..100) of answers to questions targeting each value, per day. */
export function valueSeries(records: readonly PracticeRecord[], tzOffsetMinutes = 0): Series {
  return dailyMeans(
    records.flatMap((r) => r.valuesTargeted.map((v) => ({ at: r.at, key: v, value: r.score }))),
    tzOffsetMinutes,
  );
}

/** Share (0..100) of answers targeting a value that showed it, per day. */
export function valueHitSeries(records: readonly PracticeRecord[], tzOffsetMinutes = 0): Series {
  return dailyMeans(
    records.flatMap((r) => r.valuesTargeted.map((v) => ({ at: r.at, key: v, value: r.valuesShown.includes(v) ? 100 : 0 }))),
    tzOffsetMinutes,
  );
}

/** Score (0..100) per round kind, per day. */
export function roundSeries(records: readonly PracticeRecord[], tzOffsetMinutes = 0): Series {
  return dailyMeans(
    records.map((r) => ({ at: r.at, key: r.round, value: r.score })),
    tzOffsetMinutes,
  );
}

export interface CodingProblemStats {
  readonly problemId: string;
  readonly attempts: number;
  readonly accepted: number;
  /** Mean share of tests passed, 0..100. */
  readonly passRate: number;
  /** Fastest accepted run, ms. */
  readonly bestMs: number | undefined;
  readonly history: readonly { readonly at: number; readonly passRate: number; readonly ms: number | undefined; readonly verdict: string }[];
}

export interface CodingStats {
  readonly attempts: number;
  readonly accepted: number;
  readonly passRate: number;
  readonly problems: readonly CodingProblemStats[];
  /** Pass rate and run time per day, across problems. */
  readonly daily: Series;
}

export function codingStats(records: readonly PracticeRecord[], tzOffsetMinutes = 0): CodingStats {
  const coding = records.filter((r) => r.coding !== undefined).sort((a, b) => a.at - b.at);
  const rate = (r: PracticeRecord): number => (r.coding && r.coding.total > 0 ? (100 * r.coding.passed) / r.coding.total : 0);
  const byProblem = new Map<string, PracticeRecord[]>();
  for (const r of coding) byProblem.set(r.questionId, [...(byProblem.get(r.questionId) ?? []), r]);
  const problems = [...byProblem].map(([problemId, rs]): CodingProblemStats => {
    const acceptedRuns = rs.filter((r) => r.coding?.verdict === 'accepted');
    const times = acceptedRuns.flatMap((r) => (r.coding?.ms !== undefined ? [r.coding.ms] : []));
    return {
      problemId,
      attempts: rs.length,
      accepted: acceptedRuns.length,
      passRate: round1(rs.reduce((s, r) => s + rate(r), 0) / rs.length),
      bestMs: times.length > 0 ? Math.min(...times) : undefined,
      history: rs.map((r) => ({ at: r.at, passRate: round1(rate(r)), ms: r.coding?.ms, verdict: r.coding?.verdict ?? 'unknown' })),
    };
  });
  const daily = dailyMeans(
    coding.flatMap((r) => [
      { at: r.at, key: 'passRate', value: rate(r) },
      ...(r.coding?.ms !== undefined ? [{ at: r.at, key: 'ms', value: r.coding.ms }] : []),
    ]),
    tzOffsetMinutes,
  );
  return {
    attempts: coding.length,
    accepted: coding.filter((r) => r.coding?.verdict === 'accepted').length,
    passRate: coding.length > 0 ? round1(coding.reduce((s, r) => s + rate(r), 0) / coding.length) : 0,
    problems,
    daily,
  };
}

export interface QuestionHistory {
  readonly questionId: string;
  readonly attempts: readonly { readonly id: string; readonly at: number; readonly score: number; readonly flags: readonly string[] }[];
  readonly best: number | undefined;
  readonly latest: number | undefined;
  /** latest − first, when there are two or more attempts. */
  readonly change: number | undefined;
}

export function questionHistory(records: readonly PracticeRecord[], questionId: string): QuestionHistory {
  const rs = records.filter((r) => r.questionId === questionId).sort((a, b) => a.at - b.at);
  const first = rs[0];
  const last = rs[rs.length - 1];
  return {
    questionId,
    attempts: rs.map((r) => ({ id: r.id, at: r.at, score: r.score, flags: r.flags })),
    best: rs.length > 0 ? Math.max(...rs.map((r) => r.score)) : undefined,
    latest: last?.score,
    change: first && last && rs.length > 1 ? round1(last.score - first.score) : undefined,
  };
}

export interface RecordFilter {
  readonly round?: RoundKind | undefined;
  readonly kind?: string | undefined;
  readonly questionId?: string | undefined;
  readonly value?: string | undefined;
  readonly from?: number | undefined;
  readonly to?: number | undefined;
  readonly minScore?: number | undefined;
  readonly maxScore?: number | undefined;
}

/** Filters records; `from` inclusive, `to` exclusive. Newest first. */
export function filterRecords(records: readonly PracticeRecord[], f: RecordFilter): PracticeRecord[] {
  return records
    .filter(
      (r) =>
        (f.round === undefined || r.round === f.round) &&
        (f.kind === undefined || r.kind === f.kind) &&
        (f.questionId === undefined || r.questionId === f.questionId) &&
        (f.value === undefined || r.valuesTargeted.includes(f.value) || r.valuesShown.includes(f.value)) &&
        (f.from === undefined || r.at >= f.from) &&
        (f.to === undefined || r.at < f.to) &&
        (f.minScore === undefined || r.score >= f.minScore) &&
        (f.maxScore === undefined || r.score <= f.maxScore),
    )
    .sort((a, b) => b.at - a.at);
}
