/**
 * The story bank: CRUD for the candidate's STAR stories, each assessed on save (value tags
 * suggested with evidence, missing parts flagged), and the values × stories coverage matrix.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { storyInputSchema } from '../../core/stories/index.js';
import type { StoredStory } from '../../store/index.js';
import type { RouteDeps } from '../deps.js';
import { AppError } from '../errors.js';
import { assess, loadRecords, storiesBundle } from '../progress-service.js';
import { defineRoute } from '../route.js';
import { userIdOf } from '../user.js';

const idParams = z.object({ id: z.string().min(1).max(120) });
const analyzeQuery = z.strictObject({ questionId: z.string().max(120).optional() });

export function storyRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const notFound = (id: string) => new AppError('RESOURCE_NOT_FOUND', `There is no story "${id}" for this user. List stories with GET /api/stories.`);

  defineRoute(app, {
    method: 'GET',
    url: '/stories',
    summary: 'The story bank: every story with its assessment, the values × stories matrix, overuse warnings',
    tags: ['stories'],
    handler: async ({ req }) => {
      const userId = userIdOf(req);
      const [stories, records] = await Promise.all([deps.store.progress.listStories(userId), loadRecords(deps, userId)]);
      return storiesBundle(deps.pack, stories, records);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/stories/analyze',
    summary: 'Assess a draft story without saving it (value-tag suggestions with evidence, missing parts)',
    tags: ['stories'],
    body: storyInputSchema,
    query: analyzeQuery,
    handler: ({ body, query }) => assess(deps, body, query.questionId),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/stories',
    summary: 'Add a story; it is assessed and stored before the response',
    tags: ['stories'],
    body: storyInputSchema,
    handler: async ({ body, req, reply }) => {
      const at = deps.now().toISOString();
      const story: StoredStory = { id: deps.newId(), userId: userIdOf(req), ...body, assessment: assess(deps, body), createdAt: at, updatedAt: at };
      await deps.store.progress.addStory(story);
      void reply.status(201);
      return { story, assessment: story.assessment };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/stories/:id',
    summary: 'One story with its assessment and the attempts practised with it',
    tags: ['stories'],
    params: idParams,
    handler: async ({ params, req }) => {
      const userId = userIdOf(req);
      const story = await deps.store.progress.getStory(userId, params.id);
      if (!story) throw notFound(params.id);
      const records = await loadRecords(deps, userId);
      const attempts = records
        .filter((r) => r.storyId === story.id)
        .map((r) => ({ id: r.id, questionId: r.questionId, at: new Date(r.at).toISOString(), score: r.score, round: r.round }));
      return { story, assessment: story.assessment, attempts };
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/stories/:id',
    summary: 'Replace a story; it is assessed again',
    tags: ['stories'],
    params: idParams,
    body: storyInputSchema,
    handler: async ({ params, body, req }) => {
      const userId = userIdOf(req);
      const existing = await deps.store.progress.getStory(userId, params.id);
      if (!existing) throw notFound(params.id);
      const story: StoredStory = { ...existing, ...body, assessment: assess(deps, body), updatedAt: deps.now().toISOString() };
      await deps.store.progress.updateStory(story);
      return { story, assessment: story.assessment };
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/stories/:id',
    summary: 'Delete a story (attempts practised with it are kept)',
    tags: ['stories'],
    params: idParams,
    handler: async ({ params, req, reply }) => {
      if (!(await deps.store.progress.removeStory(userIdOf(req), params.id))) throw notFound(params.id);
      void reply.status(204);
      return undefined;
    },
  });
}
