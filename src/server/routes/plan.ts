/**
 * The preparation plan: set the interview date and role, see the pack's plan laid out backwards
 * from that date, tick tasks, and export the plan as an iCalendar (.ics) file.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ROLES } from '../../core/pack/index.js';
import { planToIcs } from '../../core/plan/index.js';
import { isIsoDate, localDate } from '../../core/readiness/index.js';
import type { RouteDeps } from '../deps.js';
import { AppError } from '../errors.js';
import { loadPrep, overview, PREP_SETTING, type PrepSettings } from '../progress-service.js';
import { defineRoute } from '../route.js';
import { userIdOf } from '../user.js';
import { tzField } from './progress.js';

const isoDate = z.string().refine(isIsoDate, 'use a calendar date written YYYY-MM-DD, e.g. 2025-06-30');

const prepBody = z.strictObject({
  interviewDate: isoDate,
  role: z.enum(ROLES),
  level: z.string().max(20).optional(),
  loopId: z.string().max(120).optional(),
  horizon: z.enum(['8-weeks', '4-weeks', '1-week', 'day-of']).optional(),
  tz: z.number().int().min(-840).max(840).optional(),
});

export function planRoutes(app: FastifyInstance, deps: RouteDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/plan',
    summary: 'The preparation settings and the plan laid out backwards from the interview date (null until a date is set)',
    tags: ['plan'],
    query: z.strictObject({ tz: tzField }),
    handler: async ({ query, req }) => {
      const o = await overview(deps, userIdOf(req), query.tz ?? 0);
      return { today: o.today, preparation: o.prep ?? null, plan: o.plan ?? null };
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/plan',
    summary: 'Set the interview date, role (and optionally level, loop, horizon); the plan starts today',
    tags: ['plan'],
    body: prepBody,
    handler: async ({ body, req }) => {
      const userId = userIdOf(req);
      const now = deps.now();
      const today = localDate(now.getTime(), body.tz ?? 0);
      if (body.interviewDate < today) {
        throw new AppError('VALIDATION_FAILED', `interviewDate ${body.interviewDate} is in the past (today is ${today}); give the date of your interview.`);
      }
      if (body.loopId && !deps.pack.loops.some((l) => l.id === body.loopId)) {
        throw new AppError('VALIDATION_FAILED', `loopId "${body.loopId}" is not a loop of this pack; GET /api/pack lists the loops.`);
      }
      const previous = await loadPrep(deps, userId);
      const keepStart = previous && previous.interviewDate === body.interviewDate && previous.role === body.role && previous.horizon === body.horizon;
      const prep: PrepSettings = {
        interviewDate: body.interviewDate,
        role: body.role,
        level: body.level,
        loopId: body.loopId,
        horizon: body.horizon,
        startDate: keepStart ? previous.startDate : today,
      };
      await deps.store.settings.set(userId, PREP_SETTING, prep, now);
      const o = await overview(deps, userId, body.tz ?? 0);
      return { today: o.today, preparation: o.prep ?? null, plan: o.plan ?? null };
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/plan',
    summary: 'Forget the interview date and plan (ticks are kept)',
    tags: ['plan'],
    handler: async ({ req, reply }) => {
      await deps.store.settings.set(userIdOf(req), PREP_SETTING, null, deps.now());
      void reply.status(204);
      return undefined;
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/plan/tasks',
    summary: 'Tick a plan task done or not done by its key (e.g. "eight-weeks/write-stories"); done: null returns it to data-driven ticking',
    tags: ['plan'],
    body: z.strictObject({ key: z.string().min(1).max(200), done: z.boolean().nullable(), tz: z.number().int().min(-840).max(840).optional() }),
    handler: async ({ body, req }) => {
      const userId = userIdOf(req);
      const before = await overview(deps, userId, body.tz ?? 0);
      if (!before.plan) throw new AppError('CONFLICT', 'No interview date is set yet: PUT /api/plan with interviewDate and role first.');
      if (!before.plan.tasks.some((t) => t.key === body.key)) {
        throw new AppError('RESOURCE_NOT_FOUND', `There is no task "${body.key}" in your plan; GET /api/plan lists the task keys.`);
      }
      if (body.done === null) await deps.store.progress.clearTick(userId, 'plan', body.key);
      else await deps.store.progress.setTick(userId, 'plan', body.key, body.done, deps.now().toISOString());
      const o = await overview(deps, userId, body.tz ?? 0);
      return { today: o.today, preparation: o.prep ?? null, plan: o.plan ?? null };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/plan.ics',
    summary: 'The plan as an iCalendar file (RFC 5545): one all-day event per task plus the interview',
    tags: ['plan'],
    query: z.strictObject({ tz: tzField }),
    handler: async ({ query, req, reply }) => {
      const o = await overview(deps, userIdOf(req), query.tz ?? 0);
      if (!o.plan) throw new AppError('CONFLICT', 'No interview date is set yet: PUT /api/plan with interviewDate and role first.');
      const host = req.headers.host ?? '127.0.0.1';
      const ics = planToIcs(o.plan, {
        stamp: deps.now().getTime(),
        calendarName: `${deps.pack.meta.company} interview preparation`,
        url: `${req.protocol}://${host}/`,
      });
      void reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="interview-plan-${o.plan.interviewDate}.ics"`);
      return ics;
    },
  });
}
