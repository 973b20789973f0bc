/**
 * A review card as plain JSON (epoch-ms instants), and the FSRS step that moves it.
 * Wraps ts-fsrs: day-level scheduling (no short-term steps), no fuzz — the same history always
 * gives the same dates — and intervals capped to fit an interview horizon.
 */
import { fsrs, generatorParameters, Rating, State, type CardInput, type FSRS, type Grade } from 'ts-fsrs';
import { MS_PER_DAY } from '../readiness/time.js';

export type CardState = 'new' | 'learning' | 'review' | 'relearning';

export interface ReviewCard {
  /** When the card is next due, epoch ms. */
  readonly due: number;
  readonly stability: number;
  readonly difficulty: number;
  readonly scheduledDays: number;
  readonly learningSteps: number;
  readonly reps: number;
  readonly lapses: number;
  readonly state: CardState;
  readonly lastReview: number | undefined;
}

/** FSRS rating names, worst to best. */
export type ReviewRating = 'again' | 'hard' | 'good' | 'easy';

/** Score bands (0..100) for the ratings; see docs/readiness.md. */
export const RATING_BANDS = { hard: 40, good: 60, easy: 85 } as const;

/** again < 40 ≤ hard < 60 ≤ good < 85 ≤ easy. */
export function ratingForScore(score: number): ReviewRating {
  if (score >= RATING_BANDS.easy) return 'easy';
  if (score >= RATING_BANDS.good) return 'good';
  if (score >= RATING_BANDS.hard) return 'hard';
  return 'again';
}

const GRADE: Record<ReviewRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const STATE_NAME: Record<State, CardState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};
const STATE_OF: Record<CardState, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

export interface SchedulerOptions {
  /** Longest gap between reviews, days. Default 30 (preparation rarely spans more than 8 weeks). */
  readonly maximumIntervalDays?: number;
  /** Target recall probability. Default 0.9. */
  readonly requestRetention?: number;
}

const DEFAULT_MAX_INTERVAL = 30;
const schedulers = new Map<string, FSRS>();

function scheduler(o: SchedulerOptions = {}): FSRS {
  const max = o.maximumIntervalDays ?? DEFAULT_MAX_INTERVAL;
  const retention = o.requestRetention ?? 0.9;
  const key = `${max}:${retention}`;
  let f = schedulers.get(key);
  if (!f) {
    f = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false, maximum_interval: max, request_retention: retention }));
    schedulers.set(key, f);
  }
  return f;
}

function toInput(c: ReviewCard): CardInput {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: 0,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: STATE_OF[c.state],
    last_review: c.lastReview ?? null,
  };
}

/** A card never reviewed, due at `now`. */
export function newCard(now: number): ReviewCard {
  // Built by hand: ts-fsrs' createEmptyCard reads the clock when given a falsy instant.
  return { due: now, stability: 0, difficulty: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 'new', lastReview: undefined };
}

/** Reviews a card at `at` with a rating; returns the moved card. */
export function reviewCard(card: ReviewCard | undefined, rating: ReviewRating, at: number, options?: SchedulerOptions): ReviewCard {
  const from = card ?? newCard(at);
  // A review earlier than the last one (out-of-order history) is treated as happening at the last review.
  const when = from.lastReview !== undefined && at < from.lastReview ? from.lastReview : at;
  const { card: c } = scheduler(options).next(toInput(from), when, GRADE[rating]);
  // ts-fsrs keeps easy > good > hard even past maximum_interval; we hold the cap.
  const max = options?.maximumIntervalDays ?? DEFAULT_MAX_INTERVAL;
  const capped = c.scheduled_days > max;
  return {
    due: capped ? when + max * MS_PER_DAY : c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    scheduledDays: capped ? max : c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: STATE_NAME[c.state],
    lastReview: c.last_review?.getTime() ?? when,
  };
}
