/**
 * createServer(deps): the Fastify app with security headers, body limits, the error catalogue,
 * the OpenAPI document, every API route and the web app. It does not listen; see serve.ts.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import type { RouteDeps, ServerDeps } from './deps.js';
import { installErrorHandling, notFoundBody } from './errors.js';
import { registerOpenApi } from './openapi.js';
import { registerApiRoutes } from './routes/index.js';
import { installSecurityHeaders, type SecurityHeaderOptions } from './security-headers.js';
import { registerWebApp } from './static.js';

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** helmet options of every response (Content-Security-Policy for the web app, and helmet's defaults). */
export const SECURITY_HEADERS: SecurityHeaderOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      mediaSrc: ["'self'", 'blob:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      fontSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      upgradeInsecureRequests: null,
    },
  },
  crossOriginEmbedderPolicy: false,
};

export async function createServer(deps: ServerDeps): Promise<FastifyInstance> {
  const full: RouteDeps = {
    ...deps,
    now: deps.now ?? (() => new Date()),
    newId: deps.newId ?? (() => randomUUID()),
    bodyLimit: deps.bodyLimit ?? DEFAULT_BODY_LIMIT,
  };
  const app = Fastify({
    logger: deps.logger ?? false,
    bodyLimit: full.bodyLimit,
    // Finish in-flight requests on close; drop idle keep-alive connections at once.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    requestTimeout: 120_000,
    routerOptions: { maxParamLength: 200 },
    ajv: { customOptions: { coerceTypes: false } },
  });
  // Validation is done with zod inside each route (see route.ts) so messages name the wrong field;
  // the JSON Schemas attached to routes serve the OpenAPI document only.
  app.setValidatorCompiler(() => (data) => ({ value: data }));
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installErrorHandling(app, full.bodyLimit);
  // helmet's headers, its middleware built once (see security-headers.ts).
  installSecurityHeaders(app, SECURITY_HEADERS);
  await registerOpenApi(app);
  await app.register(
    async (api) => {
      await registerApiRoutes(api, full);
    },
    { prefix: '/api' },
  );
  const servesWeb = deps.webRoot ? await registerWebApp(app, deps.webRoot) : false;
  if (!servesWeb) app.setNotFoundHandler((req, reply) => reply.status(404).send(notFoundBody(req.method, req.url)));
  // While shutting down, responses to requests still in flight close their connection, so a
  // keep-alive client cannot hold the server open after its last answer.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    if (closing) void reply.header('connection', 'close');
    return payload;
  });
  app.addHook('onClose', async () => {
    await deps.store.close();
  });
  return app;
}
