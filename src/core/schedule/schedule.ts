/**
 * Spaced repetition of weak questions. A question joins the schedule once one of its attempts
 * scores below `weakBelow`; from then on its whole history is replayed through FSRS (each attempt
 * is a review rated from its score), so the schedule is a pure function of the attempts.
 * The candidate can snooze or drop a question (overrides, stored by the platform).
 */
import type { PracticeRecord } from '../readiness/record.js';
import { endOfLocalDay, localDate } from '../readiness/time.js';
import { ratingForScore, reviewCard, type ReviewCard, type ReviewRating, type SchedulerOptions } from './card.js';

export const WEAK_BELOW = 70;

export interface ReviewItem {
  readonly questionId: string;
  readonly card: ReviewCard;
  readonly reviews: number;
  readonly lastScore: number;
  readonly lastRating: ReviewRating;
  readonly lastAt: number;
  /** The lowest score seen; why the question is on the schedule. */
  readonly worstScore: number;
  /** Snoozed until this instant (epoch ms), if the candidate snoozed it. */
  readonly snoozedUntil: number | undefined;
  /** When the item shows up: the later of the FSRS due date and the snooze. */
  readonly dueAt: number;
}

export interface ScheduleOverride {
  /** Removed from the schedule by the candidate (until a new weak attempt after `at`). */
  readonly dropped?: boolean | undefined;
  readonly snoozedUntil?: number | undefined;
  /** When the override was made, epoch ms. */
  readonly at: number;
}

export interface ScheduleOptions extends SchedulerOptions {
  readonly weakBelow?: number;
  readonly overrides?: Readonly<Record<string, ScheduleOverride | undefined>>;
}

export function buildSchedule(records: readonly PracticeRecord[], options: ScheduleOptions = {}): ReviewItem[] {
  const weakBelow = options.weakBelow ?? WEAK_BELOW;
  const byQuestion = new Map<string, PracticeRecord[]>();
  for (const r of [...records].sort((a, b) => a.at - b.at)) {
    const list = byQuestion.get(r.questionId);
    if (list) list.push(r);
    else byQuestion.set(r.questionId, [r]);
  }
  const items: ReviewItem[] = [];
  for (const [questionId, rs] of byQuestion) {
    if (!rs.some((r) => r.score < weakBelow)) continue;
    const override = options.overrides?.[questionId];
    if (override?.dropped && !rs.some((r) => r.at > override.at && r.score < weakBelow)) continue;
    let card: ReviewCard | undefined;
    let rating: ReviewRating = 'again';
    for (const r of rs) {
      rating = ratingForScore(r.score);
      card = reviewCard(card, rating, r.at, options);
    }
    const last = rs[rs.length - 1];
    if (!card || !last) continue;
    const snoozedUntil = override?.snoozedUntil !== undefined && override.at >= last.at ? override.snoozedUntil : undefined;
    items.push({
      questionId,
      card,
      reviews: rs.length,
      lastScore: last.score,
      lastRating: rating,
      lastAt: last.at,
      worstScore: Math.min(...rs.map((r) => r.score)),
      snoozedUntil,
      dueAt: Math.max(card.due, snoozedUntil ?? 0),
    });
  }
  return items.sort((a, b) => a.dueAt - b.dueAt || a.lastScore - b.lastScore || (a.questionId < b.questionId ? -1 : 1));
}

/** Items due strictly before `until` (epoch ms), most overdue first. */
export function dueBefore(items: readonly ReviewItem[], until: number): ReviewItem[] {
  return items.filter((i) => i.dueAt < until);
}

/** Items due by the end of the candidate's local day (time zone `offsetMinutes` east of UTC). */
export function dueToday(items: readonly ReviewItem[], now: number, offsetMinutes = 0): ReviewItem[] {
  return dueBefore(items, endOfLocalDay(localDate(now, offsetMinutes), offsetMinutes));
}

/** Items not due today, soonest first: what is coming up. */
export function upcoming(items: readonly ReviewItem[], now: number, offsetMinutes = 0, limit = 10): ReviewItem[] {
  const end = endOfLocalDay(localDate(now, offsetMinutes), offsetMinutes);
  return items.filter((i) => i.dueAt >= end).slice(0, limit);
}
