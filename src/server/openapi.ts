/** The OpenAPI description (GET /api/openapi.json) and browsable docs (/api/docs). */
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Keeper API',
        description:
          'JSON API of Keeper, the interview-practice studio for Netflix-style loops. Errors always have the body { "error": { "code": "UPPER_SNAKE", "message": "…" } }.',
        version: '0.1.0',
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
