/** The question library: list with filters and full-text search, one question, and pack metadata. */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { CATEGORIES, LEVELS, ROLES, ROUND_KINDS, filterQuestions, findQuestion } from '../../core/pack/index.js';
import type { RouteDeps } from '../deps.js';
import { AppError } from '../errors.js';
import { defineRoute } from '../route.js';

const questionQuery = z.strictObject({
  round: z.enum(ROUND_KINDS).optional(),
  category: z.enum(CATEGORIES).optional(),
  value: z.string().max(60).optional(),
  role: z.enum(ROLES).optional(),
  level: z.enum(LEVELS).optional(),
  q: z.string().max(200).optional(),
});

const idParams = z.object({ id: z.string().min(1).max(120) });

export function questionRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { pack } = deps;
  defineRoute(app, {
    method: 'GET',
    url: '/questions',
    summary: 'List questions, filtered by round, category, value, role, level and free text (q)',
    tags: ['questions'],
    query: questionQuery,
    handler: ({ query }) => filterQuestions(pack, query),
  });
  defineRoute(app, {
    method: 'GET',
    url: '/questions/:id',
    summary: 'One question with its guidance, follow-ups, red flags, sample answer and key points',
    tags: ['questions'],
    params: idParams,
    handler: ({ params }) => {
      const q = findQuestion(pack, params.id);
      if (!q) throw new AppError('QUESTION_NOT_FOUND', `There is no question "${params.id}". List questions with GET /api/questions.`);
      return q;
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/pack',
    summary: 'The content pack: metadata, values, culture concepts, loops, plans and guidance (questions are listed separately)',
    tags: ['questions'],
    handler: () => ({
      meta: pack.meta,
      values: pack.values,
      concepts: pack.concepts,
      valueNotes: pack.valueNotes,
      loops: pack.loops,
      plans: pack.plans,
      guidance: pack.guidance,
      problems: pack.problems.map((p) => ({ id: p.id, title: p.title, difficulty: p.difficulty, summary: p.summary })),
      counts: { questions: pack.questions.length },
      facets: { rounds: ROUND_KINDS, categories: CATEGORIES, roles: ROLES, levels: LEVELS },
    }),
  });
}
