/**
 * The one error catalogue at the HTTP boundary: stable codes, statuses and the contract's body
 * `{ error: { code, message } }`. Expected failures are thrown as AppError by routes; anything else
 * is mapped here (Fastify's own errors to 4xx, the rest to 500 with a generic message).
 */
import type { FastifyError, FastifyInstance } from 'fastify';

export const ERRORS = {
  BAD_JSON: { status: 400, message: 'The request body is not valid JSON. Send a JSON object and check quotes and commas.' },
  EMPTY_BODY: { status: 400, message: 'The request body is empty. Send a JSON object.' },
  VALIDATION_FAILED: { status: 400, message: 'The request did not match what this endpoint expects.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Send the body as application/json.' },
  BODY_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  NOT_FOUND: { status: 404, message: 'There is no such endpoint. See /api/docs for the list.' },
  QUESTION_NOT_FOUND: { status: 404, message: 'There is no question with that id. List questions with GET /api/questions.' },
  ATTEMPT_NOT_FOUND: { status: 404, message: 'There is no attempt with that id for this user.' },
  PROBLEM_NOT_FOUND: { status: 404, message: 'There is no coding problem with that id.' },
  LOOP_NOT_FOUND: { status: 404, message: 'There is no mock loop with that id for this user. List loops with GET /api/loops.' },
  RESOURCE_NOT_FOUND: { status: 404, message: 'The requested item does not exist.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'That method is not allowed here.' },
  CONFLICT: { status: 409, message: 'The request conflicts with the current state.' },
  INVALID_ARCHIVE: { status: 400, message: 'The file is not a valid Keeper archive; nothing was imported.' },
  RECORDING_NOT_FOUND: { status: 404, message: 'There is no recording with that id for this user. List recordings with GET /api/recordings.' },
  RANGE_NOT_SATISFIABLE: { status: 416, message: 'The requested byte range is outside the file.' },
  UNPROCESSABLE: { status: 422, message: 'The request was understood but cannot be processed.' },
  TOO_MANY_REQUESTS: { status: 429, message: 'Too many requests; slow down and retry shortly.' },
  FEATURE_UNAVAILABLE: { status: 503, message: 'This feature is not available on this server.' },
  SERVICE_UNAVAILABLE: { status: 503, message: 'The server is shutting down or overloaded; retry shortly.' },
  INTERNAL: { status: 500, message: 'Something went wrong on our side. The error was logged; your saved data is safe.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: unknown;
  constructor(code: ErrorCode, message?: string, details?: unknown) {
    super(message ?? ERRORS[code].message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERRORS[code].status;
    this.details = details;
  }
}

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function errorBody(code: ErrorCode | string, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** Maps any thrown value to a status and the contract's error body. */
export function toErrorResponse(err: unknown, bodyLimit: number): { status: number; body: ErrorBody } {
  if (err instanceof AppError) return { status: err.status, body: errorBody(err.code, err.message, err.details) };
  const fe = err as Partial<FastifyError> & { type?: string };
  switch (fe.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, body: errorBody('BODY_TOO_LARGE', `The request body is larger than the ${Math.round(bodyLimit / 1024)} KiB limit. Send a shorter answer or file.`) };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, body: errorBody('UNSUPPORTED_MEDIA_TYPE', `Content type is not supported here. ${ERRORS.UNSUPPORTED_MEDIA_TYPE.message}`) };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, body: errorBody('EMPTY_BODY', ERRORS.EMPTY_BODY.message) };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, body: errorBody('BAD_JSON', `${ERRORS.BAD_JSON.message} (${fe.message ?? 'parse error'})`) };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, body: errorBody('VALIDATION_FAILED', 'The Content-Length header does not match the body.') };
    default:
      break;
  }
  if (err instanceof SyntaxError || fe.type === 'entity.parse.failed') {
    return { status: 400, body: errorBody('BAD_JSON', `${ERRORS.BAD_JSON.message} (${(err as Error).message})`) };
  }
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status >= 400 && status < 500) {
    return { status, body: errorBody(status === 404 ? 'NOT_FOUND' : status === 405 ? 'METHOD_NOT_ALLOWED' : 'VALIDATION_FAILED', fe.message ?? 'Bad request.') };
  }
  return { status: 500, body: errorBody('INTERNAL', ERRORS.INTERNAL.message) };
}

export function installErrorHandling(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((err, req, reply) => {
    const { status, body } = toErrorResponse(err, bodyLimit);
    if (status >= 500) req.log.error({ err }, 'request failed');
    else req.log.info({ code: body.error.code }, 'request rejected');
    void reply.status(status).type('application/json').send(body);
  });
}

/** 404 for unknown paths, in the contract's error body. */
export function notFoundBody(method: string, url: string): ErrorBody {
  return errorBody('NOT_FOUND', `No endpoint ${method} ${url.split('?')[0] ?? ''}. ${ERRORS.NOT_FOUND.message}`);
}
