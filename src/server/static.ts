/** Serves the built web app; unknown non-API paths get index.html so client-side routes work. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { notFoundBody } from './errors.js';

/** Registers the web app; returns false (and serves a hint at /) when it is not built. */
export async function registerWebApp(app: FastifyInstance, webRoot: string): Promise<boolean> {
  if (!existsSync(join(webRoot, 'index.html'))) {
    app.log.warn(`web app not built (${webRoot}/index.html missing): run \`npm run build:web\``);
    app.get('/', async (_req, reply) =>
      reply.type('text/plain').send('Keeper API is running, but the web app is not built. Run `npm run build:web` (or `npm start`).'),
    );
    return false;
  }
  await app.register(fastifyStatic, { root: webRoot, prefix: '/', wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || path === '/api' || req.method !== 'GET' || /\.[a-z0-9]+$/i.test(path)) {
      return reply.status(404).send(notFoundBody(req.method, req.url));
    }
    return reply.type('text/html').sendFile('index.html');
  });
  return true;
}
