import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from './app.js';
import { installSecurityHeaders } from './security-headers.js';

async function headersOf(setUp: (app: FastifyInstance) => unknown): Promise<[string, unknown][]> {
  const app = Fastify();
  await setUp(app);
  app.get('/x', async () => ({ ok: true }));
  app.setNotFoundHandler((_req, reply) => reply.status(404).send({ missing: true }));
  const out: [string, unknown][] = [];
  for (const url of ['/x', '/nope']) {
    const res = await app.inject({ url });
    out.push(...Object.entries(res.headers).filter(([k]) => k !== 'date'));
  }
  await app.close();
  return out;
}

describe('security headers', () => {
  it('are the headers @fastify/helmet sends with the same options, in the same order', async () => {
    const plugin = await headersOf((app) => app.register(helmet, SECURITY_HEADERS));
    const once = await headersOf((app) => installSecurityHeaders(app, SECURITY_HEADERS));
    expect(once).toEqual(plugin);
    expect(once.map(([k]) => k)).toEqual(expect.arrayContaining(['content-security-policy', 'strict-transport-security', 'x-frame-options']));
  });
});
