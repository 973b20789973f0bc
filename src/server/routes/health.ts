import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { RouteDeps } from '../deps.js';
import { defineRoute } from '../route.js';

export function healthRoutes(app: FastifyInstance, deps: RouteDeps): void {
  defineRoute(app, {
    method: 'GET',
    url: '/health',
    summary: 'Liveness: answers { ok: true } while the server runs',
    tags: ['system'],
    responses: { 200: z.object({ ok: z.literal(true), database: z.string(), questions: z.number() }) },
    handler: () => ({ ok: true, database: deps.store.dialect, questions: deps.pack.questions.length }),
  });
}
