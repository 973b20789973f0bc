/**
 * Security headers (helmet) on every response. @fastify/helmet calls `helmet(options)` again for
 * every request, which re-validates the options and re-parses the CSP directives each time (about a
 * tenth of the main thread's work under load). Here helmet's middleware is built once, with the
 * helmet @fastify/helmet itself loads, and run from one onRequest hook as the plugin runs it, so
 * responses carry the same headers. (The plugin's `reply.helmet()` / `reply.cspNonce` decorators and
 * per-route `helmet` options are not offered: nothing in Keeper uses them.)
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** helmet's options (as @fastify/helmet takes them, without its plugin-only settings). */
export type SecurityHeaderOptions = FastifyHelmetOptions & { readonly global?: never; readonly enableCSPNonces?: never };

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/** helmet, resolved from @fastify/helmet (whose dependency it is), so both use the same copy. */
function loadHelmet(): (options: SecurityHeaderOptions) => Middleware {
  const fromPlugin = createRequire(createRequire(import.meta.url).resolve('@fastify/helmet'));
  return fromPlugin('helmet') as (options: SecurityHeaderOptions) => Middleware;
}

/** Adds helmet's headers to every response (an onRequest hook on `app`, for routes registered after). */
export function installSecurityHeaders(app: FastifyInstance, options: SecurityHeaderOptions): void {
  const apply = loadHelmet()(options);
  app.addHook('onRequest', (req, reply, done) => {
    apply(req.raw, reply.raw, (err) => done(err === undefined || err === null ? undefined : err instanceof Error ? err : new Error(String(err))));
  });
}
