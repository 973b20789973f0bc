/**
 * `defineRoute`: one place where a route gets its zod contract. The zod schemas validate input
 * (with messages that name the wrong field) and are turned into JSON Schema for the OpenAPI document.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { z } from 'zod';
import { AppError } from './errors.js';

export interface RouteSpec<B extends z.ZodType, Q extends z.ZodType, P extends z.ZodType> {
  readonly method: HTTPMethods;
  readonly url: string;
  readonly summary: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly body?: B;
  readonly query?: Q;
  readonly params?: P;
  /** Response schemas by status code, for the documentation only. */
  readonly responses?: Readonly<Record<number, z.ZodType>>;
  /** Per-route body limit in bytes (defaults to the server's). */
  readonly bodyLimit?: number;
  handler(
    input: { body: z.infer<B>; query: z.infer<Q>; params: z.infer<P>; req: FastifyRequest; reply: FastifyReply },
  ): Promise<unknown> | unknown;
}

/** Human-readable summary of zod issues: `answer: expected string, received number; …`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 8)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(body)'}: ${i.message}`)
    .join('; ');
}

export function parseWith<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError('VALIDATION_FAILED', `Invalid ${where}: ${describeIssues(result.error)}`, result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })));
  }
  return result.data;
}

function jsonSchema(schema: z.ZodType | undefined): unknown {
  if (!schema) return undefined;
  try {
    const s = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    delete s.$schema;
    return s;
  } catch {
    return {};
  }
}

const none = z.unknown();

export function defineRoute<B extends z.ZodType = z.ZodUnknown, Q extends z.ZodType = z.ZodUnknown, P extends z.ZodType = z.ZodUnknown>(
  app: FastifyInstance,
  spec: RouteSpec<B, Q, P>,
): void {
  const response: Record<string, unknown> = {};
  for (const [status, schema] of Object.entries(spec.responses ?? {})) response[status] = jsonSchema(schema);
  app.route({
    method: spec.method,
    url: spec.url,
    ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
    schema: {
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      tags: [...(spec.tags ?? [])],
      ...(spec.body ? { body: jsonSchema(spec.body) } : {}),
      ...(spec.query ? { querystring: jsonSchema(spec.query) } : {}),
      ...(spec.params ? { params: jsonSchema(spec.params) } : {}),
      ...(Object.keys(response).length > 0 ? { response } : {}),
    },
    handler: async (req, reply) => {
      const body = parseWith(spec.body ?? none, req.body, 'request body') as z.infer<B>;
      const query = parseWith(spec.query ?? none, req.query, 'query string') as z.infer<Q>;
      const params = parseWith(spec.params ?? none, req.params, 'path') as z.infer<P>;
      const result = await spec.handler({ body, query, params, req, reply });
      if (reply.sent) return reply;
      return result;
    },
  });
}
