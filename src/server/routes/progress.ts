/**
 * Progress, readiness, checklist, spaced-repetition reviews and the dashboard. Every view is
 * computed from the stored attempts by the pure functions in src/core (see docs/readiness.md).
 * `tz` (minutes east of UTC, e.g. 60 for CET) places attempts and "today" on the candidate's days.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { findQuestion, ROUND_KINDS } from '../../core/pack/index.js';
import {
  codingStats,
  dimensionSeries,
  filterRecords,
  formatInstant,
  MS_PER_DAY,
  parseInstant,
  questionHistory,
  roundSeries,
  valueHitSeries,
  valueSeries,
  type PracticeRecord,
} from '../../core/readiness/index.js';
import type { ReviewItem } from '../../core/schedule/index.js';
import type { RouteDeps } from '../deps.js';
import { AppError } from '../errors.js';
import { loadRecords, overview, suggestions, titleOf } from '../progress-service.js';
import { defineRoute } from '../route.js';
import { userIdOf } from '../user.js';

export const tzField = z.coerce.number().int().min(-840, 'tz is minutes east of UTC, between -840 and 840').max(840, 'tz is minutes east of UTC, between -840 and 840').optional();
const tzQuery = z.strictObject({ tz: tzField });
const instant = z
  .string()
  .refine((s) => parseInstant(s) !== undefined, 'use an ISO date or date-time, e.g. 2025-03-01 or 2025-03-01T10:00:00Z')
  .optional();

const attemptsQuery = z.strictObject({
  round: z.enum(ROUND_KINDS).optional(),
  kind: z.string().max(40).optional(),
  questionId: z.string().max(120).optional(),
  value: z.string().max(60).optional(),
  from: instant,
  to: instant,
  minScore: z.coerce.number().min(0).max(100).optional(),
  maxScore: z.coerce.number().min(0).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  tz: tzField,
});

const reviewBody = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('snooze'), days: z.number().int().min(1, 'snooze for at least 1 day').max(60, 'snooze for at most 60 days') }),
  z.strictObject({ action: z.literal('drop') }),
  z.strictObject({ action: z.literal('reset') }),
]);

const iso = (ms: number): string => formatInstant(ms);

function attemptSummary(deps: RouteDeps, r: PracticeRecord) {
  return {
    id: r.id,
    questionId: r.questionId,
    title: titleOf(deps.pack, r.questionId),
    at: iso(r.at),
    round: r.round,
    kind: r.kind,
    score: Math.round(r.score),
    flags: r.flags,
    valuesShown: r.valuesShown,
    valuesTargeted: r.valuesTargeted,
    durationSec: r.durationSec,
    coding: r.coding,
    storyId: r.storyId,
  };
}

function reviewSummary(deps: RouteDeps, i: ReviewItem) {
  return {
    questionId: i.questionId,
    title: titleOf(deps.pack, i.questionId),
    round: findQuestion(deps.pack, i.questionId)?.round ?? (deps.pack.problems.some((p) => p.id === i.questionId) ? 'coding' : undefined),
    dueAt: iso(i.dueAt),
    lastScore: Math.round(i.lastScore),
    lastRating: i.lastRating,
    reviews: i.reviews,
    worstScore: Math.round(i.worstScore),
    snoozedUntil: i.snoozedUntil !== undefined ? iso(i.snoozedUntil) : undefined,
    state: i.card.state,
  };
}

export function progressRoutes(app: FastifyInstance, deps: RouteDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/progress',
    summary: 'Chart series: score per dimension, per value and per round over time; coding pass rates and times',
    tags: ['progress'],
    query: tzQuery,
    handler: async ({ query, req }) => {
      const tz = query.tz ?? 0;
      const records = await loadRecords(deps, userIdOf(req));
      return {
        attempts: records.length,
        questions: new Set(records.map((r) => r.questionId)).size,
        first: records[0] ? iso(records[0].at) : undefined,
        last: records.length > 0 ? iso(records[records.length - 1]!.at) : undefined,
        dimensions: dimensionSeries(records, tz),
        values: valueSeries(records, tz),
        valueHits: valueHitSeries(records, tz),
        rounds: roundSeries(records, tz),
        coding: codingStats(records, tz),
      };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/progress/attempts',
    summary: 'Attempts with filters (round, kind, question, value, time range, score range), newest first',
    tags: ['progress'],
    query: attemptsQuery,
    handler: async ({ query, req }) => {
      const records = await loadRecords(deps, userIdOf(req));
      const items = filterRecords(records, {
        round: query.round,
        kind: query.kind,
        questionId: query.questionId,
        value: query.value,
        from: query.from ? parseInstant(query.from) : undefined,
        // A bare date as `to` includes that whole day.
        to: query.to ? (parseInstant(query.to) ?? 0) + (/^\d{4}-\d{2}-\d{2}$/.test(query.to) ? MS_PER_DAY : 0) : undefined,
        minScore: query.minScore,
        maxScore: query.maxScore,
      });
      return { total: items.length, items: items.slice(0, query.limit ?? 200).map((r) => attemptSummary(deps, r)) };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/progress/questions/:id',
    summary: 'The history of one question: every attempt, best, latest and change',
    tags: ['progress'],
    params: z.object({ id: z.string().min(1).max(120) }),
    handler: async ({ params, req }) => {
      const records = await loadRecords(deps, userIdOf(req));
      const history = questionHistory(records, params.id);
      return { ...history, title: titleOf(deps.pack, params.id), attempts: history.attempts.map((a) => ({ ...a, at: iso(a.at), score: Math.round(a.score) })) };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/readiness',
    summary: 'Readiness per round and overall (recency-weighted, with an evidence bar) and the checklist',
    tags: ['progress'],
    query: tzQuery,
    handler: async ({ query, req }) => {
      const o = await overview(deps, userIdOf(req), query.tz ?? 0);
      return {
        loop: o.loop ? { id: o.loop.id, title: o.loop.title } : undefined,
        readiness: { ...o.readiness, at: iso(o.readiness.at) },
        checklist: o.checklist,
      };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/checklist',
    summary: 'The pre-interview checklist, ticked from data where a rule applies and by hand elsewhere',
    tags: ['progress'],
    handler: async ({ req }) => (await overview(deps, userIdOf(req), 0)).checklist,
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/checklist/:id',
    summary: 'Tick or untick a checklist item by hand (done: null clears the manual tick)',
    tags: ['progress'],
    params: z.object({ id: z.string().min(1).max(120) }),
    body: z.strictObject({ done: z.boolean().nullable() }),
    handler: async ({ params, body, req }) => {
      if (!deps.pack.guidance.checklist.some((i) => i.id === params.id)) {
        throw new AppError('RESOURCE_NOT_FOUND', `There is no checklist item "${params.id}". GET /api/checklist lists them.`);
      }
      const userId = userIdOf(req);
      if (body.done === null) await deps.store.progress.clearTick(userId, 'checklist', params.id);
      else await deps.store.progress.setTick(userId, 'checklist', params.id, body.done, deps.now().toISOString());
      return (await overview(deps, userId, 0)).checklist;
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/reviews',
    summary: 'Spaced repetition of weak questions: due today and coming up',
    tags: ['progress'],
    query: tzQuery,
    handler: async ({ query, req }) => {
      const o = await overview(deps, userIdOf(req), query.tz ?? 0);
      return { today: o.today, due: o.due.map((i) => reviewSummary(deps, i)), upcoming: o.upcoming.map((i) => reviewSummary(deps, i)), total: o.schedule.length };
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/reviews/:questionId',
    summary: 'Snooze a review for some days, drop the question from the schedule, or reset either',
    tags: ['progress'],
    params: z.object({ questionId: z.string().min(1).max(120) }),
    body: reviewBody,
    handler: async ({ params, body, req }) => {
      const userId = userIdOf(req);
      const now = deps.now();
      if (body.action === 'reset') await deps.store.progress.clearOverride(userId, params.questionId);
      else {
        await deps.store.progress.setOverride(userId, {
          questionId: params.questionId,
          dropped: body.action === 'drop',
          snoozedUntil: body.action === 'snooze' ? new Date(now.getTime() + body.days * MS_PER_DAY).toISOString() : undefined,
          at: now.toISOString(),
        });
      }
      return { ok: true };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/dashboard',
    summary: 'Home page data: countdown, readiness, reviews due today, next best practice, recent results, checklist and plan progress',
    tags: ['progress'],
    query: tzQuery,
    handler: async ({ query, req }) => {
      const o = await overview(deps, userIdOf(req), query.tz ?? 0);
      const recent = [...o.records].sort((a, b) => b.at - a.at).slice(0, 6);
      return {
        today: o.today,
        preparation: o.prep ?? null,
        countdown: o.plan ? { interviewDate: o.plan.interviewDate, daysLeft: o.plan.daysLeft, status: o.plan.status } : null,
        loop: o.loop ? { id: o.loop.id, title: o.loop.title } : null,
        readiness: { ...o.readiness, at: iso(o.readiness.at) },
        due: o.due.map((i) => reviewSummary(deps, i)),
        next: suggestions(deps, o),
        recent: recent.map((r) => attemptSummary(deps, r)),
        checklist: { done: o.checklist.done, total: o.checklist.total, items: o.checklist.items },
        plan: o.plan
          ? { horizon: o.plan.horizon, done: o.plan.done, total: o.plan.total, today: o.plan.dueToday, overdue: o.plan.overdue.length, next: o.plan.next ?? null }
          : null,
        stories: { count: o.stories.stories.length, covered: o.stories.matrix.covered, total: o.stories.matrix.total, warnings: o.stories.warnings.length },
      };
    },
  });
}
