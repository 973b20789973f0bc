/** POST /api/analyze (stateless analysis) and the attempts endpoints (analysis stored durably). */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { MeasuredDelivery } from '../../core/analysis/index.js';
import { findQuestion, type Question } from '../../core/pack/index.js';
import type { RouteDeps } from '../deps.js';
import { AppError } from '../errors.js';
import { deliveryOfRecording } from '../recorded-delivery.js';
import { defineRoute } from '../route.js';
import { userIdOf } from '../user.js';

/** Fastify's content type for JSON it serialises (kept byte for byte when sending JSON text). */
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Longest answer accepted, in characters (about 30 minutes of speech is ~5,000 words). */
export const MAX_ANSWER_CHARS = 100_000;

const answer = z
  .string({ error: 'answer must be a string of text' })
  .max(MAX_ANSWER_CHARS, `answer is longer than ${MAX_ANSWER_CHARS} characters; shorten it`);

/** A recording of the answer (POST /api/recordings): its measured pace, pauses and fillers feed the delivery dimension. */
const recordingId = z.string().min(1).max(120).optional();

export const analyzeBody = z.strictObject({
  questionId: z.string().min(1).max(120).optional(),
  answer,
  diagram: z.string().max(50_000).optional(),
  recordingId,
});

export const attemptBody = z.strictObject({
  questionId: z.string().min(1).max(120),
  answer,
  diagram: z.string().max(50_000).optional(),
  /** Seconds the candidate took, if timed. */
  durationSeconds: z.number().min(0).max(24 * 3600).optional(),
  /** The attempt this one follows up (a second turn answering the interviewer's follow-up). */
  followUpOf: z.string().max(120).optional(),
  storyId: z.string().max(120).optional(),
  source: z.enum(['practice', 'loop', 'design', 'coding', 'cli', 'story', 'import']).optional(),
  /** The recording of this answer: its measured delivery is used, and it is linked to the new attempt. */
  recordingId,
});

const attemptQuery = z.strictObject({
  questionId: z.string().max(120).optional(),
  kind: z.string().max(40).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  offset: z.coerce.number().int().min(0).optional(),
});

function questionOrThrow(deps: RouteDeps, id: string | undefined): Question | undefined {
  if (id === undefined) return undefined;
  const q = findQuestion(deps.pack, id);
  if (!q) throw new AppError('QUESTION_NOT_FOUND', `There is no question "${id}". List questions with GET /api/questions.`);
  return q;
}

/** The measured delivery of the user's recording `id` (undefined when it measured nothing); 404 when there is no such recording. */
async function recordedDelivery(deps: RouteDeps, userId: string, id: string | undefined): Promise<MeasuredDelivery | undefined> {
  if (id === undefined) return undefined;
  const rec = await deps.store.recordings.get(userId, id);
  if (!rec) throw new AppError('RECORDING_NOT_FOUND', `There is no recording "${id}" for this user. List recordings with GET /api/recordings.`);
  return deliveryOfRecording(rec);
}

export function analyzeRoutes(app: FastifyInstance, deps: RouteDeps): void {
  // Off the event loop when the server has an analysis pool (services.ts), else inline.
  const analyze = deps.analyzeAsync ?? deps.analyze;
  app.addHook('onClose', async () => {
    await deps.closeAnalysis?.();
  });

  defineRoute(app, {
    method: 'POST',
    url: '/analyze',
    summary: 'Analyse an answer (behavioral by default; a design question id gives the design analysis). Nothing is stored.',
    tags: ['analysis'],
    body: analyzeBody,
    handler: async ({ body, req, reply }) => {
      const question = questionOrThrow(deps, body.questionId);
      const delivery = await recordedDelivery(deps, userIdOf(req), body.recordingId);
      const input = { answer: body.answer, question, diagram: body.diagram, delivery };
      if (deps.analyzeJsonAsync) {
        // The worker's JSON text is the body: the same bytes and content type as serialising the
        // object here, without cloning, parsing and stringifying it on the event loop.
        const json = await deps.analyzeJsonAsync(input);
        void reply.type(JSON_CONTENT_TYPE);
        return json;
      }
      return analyze(input);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/attempts',
    summary: 'Analyse an answer and store it as an attempt; stored durably before the response',
    tags: ['attempts'],
    body: attemptBody,
    handler: async ({ body, req, reply }) => {
      const question = questionOrThrow(deps, body.questionId);
      const userId = userIdOf(req);
      const delivery = await recordedDelivery(deps, userId, body.recordingId);
      const analysis = await analyze({ answer: body.answer, question, diagram: body.diagram, followUp: body.followUpOf !== undefined, delivery });
      if (body.followUpOf && !(await deps.store.attempts.get(userId, body.followUpOf))) {
        throw new AppError('ATTEMPT_NOT_FOUND', `followUpOf names attempt "${body.followUpOf}", which does not exist.`);
      }
      const id = deps.newId();
      const meta: Record<string, unknown> = { round: question?.round, category: question?.category, values: question?.values ?? [] };
      if (body.durationSeconds !== undefined) meta.durationSeconds = body.durationSeconds;
      if (body.followUpOf) meta.followUpOf = body.followUpOf;
      if (body.storyId) meta.storyId = body.storyId;
      if (body.diagram) meta.diagram = body.diagram;
      if (body.recordingId) meta.recordingId = body.recordingId;
      meta.source = body.source ?? 'practice';
      await deps.store.attempts.add({
        id,
        userId,
        kind: body.followUpOf ? 'follow-up' : analysis.kind,
        questionId: body.questionId,
        answer: body.answer,
        analysis,
        score: analysis.score,
        meta,
        createdAt: deps.now().toISOString(),
      });
      if (body.recordingId) await deps.store.recordings.update(userId, body.recordingId, { attemptId: id });
      void reply.status(201);
      return { id, analysis };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/attempts',
    summary: "The current user's attempts, newest first",
    tags: ['attempts'],
    query: attemptQuery,
    handler: async ({ query, req }) => deps.store.attempts.list(userIdOf(req), query),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/attempts/:id',
    summary: 'One attempt with its answer and analysis',
    tags: ['attempts'],
    params: z.object({ id: z.string().min(1).max(120) }),
    handler: async ({ params, req }) => {
      const attempt = await deps.store.attempts.get(userIdOf(req), params.id);
      if (!attempt) throw new AppError('ATTEMPT_NOT_FOUND', `There is no attempt "${params.id}" for this user.`);
      return attempt;
    },
  });
}
