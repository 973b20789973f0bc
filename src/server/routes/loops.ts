/**
 * Mock loops over HTTP: plan, create, read, list, send events, delete. The server stamps every
 * event with its own clock and performs analysis itself, so clients send only what the candidate did.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { levelSchema, roleSchema } from '../../core/pack/index.js';
import type { Judge } from '../../judge/index.js';
import type { RouteDeps } from '../deps.js';
import { AppError } from '../errors.js';
import { createLoopCodeRunner } from '../loop-judge.js';
import { createLoopService, type ClientEvent } from '../loop-service.js';
import { defineRoute } from '../route.js';
import { userIdOf } from '../user.js';
import { MAX_ANSWER_CHARS } from './analyze.js';

const planBody = z.strictObject({
  role: roleSchema,
  level: levelSchema,
  seed: z.string().min(1).max(100).optional(),
  loopId: z.string().min(1).max(120).optional(),
  roundIds: z.array(z.string().min(1).max(120)).min(1).max(20).optional(),
  includeOptional: z.boolean().optional(),
  questionIds: z.array(z.string().min(1).max(120)).min(1).max(10).optional(),
  /** Every round's length in minutes instead of the pack's (short practice). */
  minutes: z.number().min(0.05).max(240).optional(),
});

const text = z.string({ error: 'text must be a string' }).max(MAX_ANSWER_CHARS, `the answer is longer than ${MAX_ANSWER_CHARS} characters; shorten it`);
const draft = text.optional();
const MAX_DIAGRAM_CHARS = 50_000;
/** The recording of a spoken answer (POST /api/recordings): its measured pace, pauses and fillers feed the analysis. */
const recordingId = z.string().min(1).max(120).optional();

export const loopEventBody = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start') }),
  z.strictObject({ type: z.literal('question-shown'), exchangeId: z.string().max(60).optional() }),
  z.strictObject({ type: z.literal('answer-submitted'), text, diagram: z.string().max(MAX_DIAGRAM_CHARS, `the diagram is longer than ${MAX_DIAGRAM_CHARS} characters; simplify it`).optional(), recordingId }),
  z.strictObject({ type: z.literal('follow-up-answered'), text, recordingId }),
  z.strictObject({ type: z.literal('code-submitted'), code: text, language: z.enum(['typescript', 'javascript']).optional() }),
  z.strictObject({ type: z.literal('time-up'), round: z.number().int().min(0).max(50).optional(), draft }),
  z.strictObject({ type: z.literal('round-ended'), draft }),
  z.strictObject({ type: z.literal('abandoned') }),
  z.strictObject({ type: z.literal('resumed') }),
]);

const idParams = z.object({ id: z.string().min(1).max(120) });

export function loopRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const shared = (deps as RouteDeps & { judge?: Judge }).judge;
  const service = createLoopService({
    pack: deps.pack,
    store: deps.store,
    analyze: deps.analyze,
    runCode: createLoopCodeRunner(deps.pack, shared),
    now: deps.now,
    newId: deps.newId,
  });

  defineRoute(app, {
    method: 'POST',
    url: '/loops/plan',
    summary: 'Preview the plan of a mock loop for a role and level (nothing is stored)',
    description: 'Questions are chosen with a seeded generator: the same seed and history give the same plan. Each pick says why it was chosen.',
    tags: ['loops'],
    body: planBody,
    handler: async ({ body, req }) => {
      const result = await service.plan(userIdOf(req), body);
      if (!result.ok) throw new AppError('UNPROCESSABLE', `Cannot plan this loop: ${result.error.message}.`);
      return result.plan;
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/loops',
    summary: 'Start a new mock loop (planned and stored; send a "start" event to begin the first round)',
    tags: ['loops'],
    body: planBody,
    handler: async ({ body, req, reply }) => {
      const created = await service.create(userIdOf(req), body);
      void reply.status(201);
      return created;
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/loops',
    summary: "The current user's mock loops, most recent first (without their state)",
    tags: ['loops'],
    query: z.strictObject({ phase: z.enum(['ready', 'in-round', 'between-rounds', 'debriefing', 'finished', 'abandoned']).optional() }),
    handler: ({ query, req }) => service.list(userIdOf(req), query.phase),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/loops/:id',
    summary: 'One mock loop: its plan, every answer, analysis and follow-up, and the debrief once finished',
    tags: ['loops'],
    params: idParams,
    handler: ({ params, req }) => service.get(userIdOf(req), params.id),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/loops/:id/events',
    summary: 'Send what the candidate did (start a round, answer, follow-up answer, code, time up, end round, abandon, resume)',
    description: 'The server stamps the event with its clock, analyses answers and runs code itself, saves, and returns the new state. An event that does not fit the loop now is a 409 with the reason.',
    tags: ['loops'],
    params: idParams,
    body: loopEventBody,
    handler: ({ params, body, req }) => {
      const { recordingId: spoken, ...event } = body as ClientEvent & { recordingId?: string };
      return service.dispatch(userIdOf(req), params.id, event as ClientEvent, spoken ? { recordingId: spoken } : {});
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/loops/:id',
    summary: 'Delete a mock loop',
    tags: ['loops'],
    params: idParams,
    handler: async ({ params, req, reply }) => {
      await service.remove(userIdOf(req), params.id);
      void reply.status(204);
      return undefined;
    },
  });
}
