/**
 * Recorded answers: upload (raw audio/video body, plus the browser's 16 kHz WAV), playback with
 * HTTP range requests, link to an attempt, delete one or all, a retention setting, and
 * transcription through the configured engine with delivery metrics from the word timings.
 * Recordings stay in the data folder; a failed transcription keeps the recording.
 */
import { createReadStream } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { findQuestion } from '../../core/pack/index.js';
import { deliveryMetrics } from '../../core/delivery/index.js';
import { createNoneTranscriber, decodeWav, vocabularyPrompt, type Transcript } from '../../speech/index.js';
import { fileSize, type Recording } from '../../store/index.js';
import type { RouteDeps } from '../deps.js';
import { AppError } from '../errors.js';
import { defineRoute } from '../route.js';
import { userIdOf } from '../user.js';

export const MAX_RECORDING_BYTES = 300 * 1024 * 1024;
export const RETENTION_SETTING = 'recordings.retentionDays';

const idParams = z.object({ id: z.string().min(1).max(120) });
const optionalId = z.string().min(1).max(120).optional();
const MEDIA_TYPE = /^(audio|video)\/[\w.+-]+/;

/** What clients see of a recording. */
function view(r: Recording) {
  return {
    id: r.id,
    attemptId: r.attemptId ?? null,
    questionId: r.questionId ?? null,
    mimeType: r.mimeType,
    kind: r.mimeType.startsWith('video/') ? 'video' : 'audio',
    size: r.size,
    hasWav: r.wavSize !== undefined,
    durationSec: r.durationSec ?? null,
    transcript: r.transcript ?? null,
    createdAt: r.createdAt,
    mediaUrl: `/api/recordings/${encodeURIComponent(r.id)}/media`,
  };
}

export interface StoredTranscript extends Omit<Transcript, 'ok'> {
  /** The candidate's corrected (or typed) text; the analysis uses it instead of `text`. */
  correctedText: string | null;
  delivery: ReturnType<typeof deliveryMetrics>;
}

/** Parses a single `bytes=a-b` range; undefined when absent, 'bad' when unsatisfiable. */
export function parseRange(header: string | undefined, size: number): { start: number; end: number } | undefined | 'bad' {
  if (!header) return undefined;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return 'bad';
  let start: number;
  let end: number;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'bad';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) return 'bad';
  return { start, end };
}

async function sendFile(req: FastifyRequest, reply: FastifyReply, path: string, type: string): Promise<unknown> {
  const size = await fileSize(path);
  if (size === undefined) throw new AppError('RECORDING_NOT_FOUND', 'The media file of this recording is missing from the data folder; it may have been deleted by hand.');
  void reply.header('accept-ranges', 'bytes').header('cache-control', 'private, no-store').type(type);
  const range = parseRange(req.headers.range, size);
  if (range === 'bad') {
    void reply.header('content-range', `bytes */${size}`);
    throw new AppError('RANGE_NOT_SATISFIABLE', `The range "${req.headers.range ?? ''}" is outside the ${size}-byte file.`);
  }
  if (!range) {
    void reply.header('content-length', size);
    return createReadStream(path);
  }
  void reply
    .status(206)
    .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
    .header('content-length', range.end - range.start + 1);
  return createReadStream(path, { start: range.start, end: range.end });
}

export function recordingRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const transcriber = deps.transcriber ?? createNoneTranscriber();
  app.addHook('onClose', async () => {
    await transcriber.close?.();
  });

  const notFound = (id: string): AppError =>
    new AppError('RECORDING_NOT_FOUND', `There is no recording "${id}" for this user. List recordings with GET /api/recordings.`);
  const load = async (req: FastifyRequest, id: string): Promise<Recording> => {
    const rec = await deps.store.recordings.get(userIdOf(req), id);
    if (!rec) throw notFound(id);
    return rec;
  };
  const retentionDays = async (userId: string): Promise<number | null> => {
    const v = await deps.store.settings.get(userId, RETENTION_SETTING);
    return typeof v === 'number' && v > 0 ? v : null;
  };
  /** Applies the retention setting: recordings older than N days are deleted. */
  const purge = async (userId: string): Promise<number> => {
    const days = await retentionDays(userId);
    if (days === null) return 0;
    const cutoff = new Date(deps.now().getTime() - days * 86_400_000).toISOString();
    return deps.store.recordings.removeOlderThan(userId, cutoff);
  };

  // Binary bodies (the recording itself) only inside this plugin scope.
  void app.register(async (scope) => {
    scope.addContentTypeParser(/^((audio|video)\/[\w.+-]+|application\/octet-stream)/, { parseAs: 'buffer', bodyLimit: MAX_RECORDING_BYTES }, (_req, body, done) => {
      done(null, body);
    });

    defineRoute(scope, {
      method: 'POST',
      url: '/recordings',
      summary: 'Upload a recording (the raw audio or video as the body, with its media type); query links it to an attempt or question',
      tags: ['recordings'],
      bodyLimit: MAX_RECORDING_BYTES,
      query: z.strictObject({ attemptId: optionalId, questionId: optionalId, durationSec: z.coerce.number().min(0).max(6 * 3600).optional() }),
      handler: async ({ req, reply, query }) => {
        const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
        const body = req.body;
        if (!Buffer.isBuffer(body) || body.length === 0) {
          throw new AppError('VALIDATION_FAILED', 'Send the recording as the request body with its media type (for example audio/webm or audio/wav).');
        }
        const mimeType = MEDIA_TYPE.test(type) ? type : 'application/octet-stream';
        const userId = userIdOf(req);
        if (query.attemptId && !(await deps.store.attempts.get(userId, query.attemptId))) {
          throw new AppError('ATTEMPT_NOT_FOUND', `attemptId names attempt "${query.attemptId}", which does not exist.`);
        }
        const bytes = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
        const isWav = /^audio\/(x-)?(wav|wave)$/.test(mimeType);
        const decoded = isWav ? decodeWav(bytes) : undefined;
        if (decoded && !decoded.ok) throw new AppError('VALIDATION_FAILED', decoded.message);
        const rec = await deps.store.recordings.add(
          {
            id: deps.newId(),
            userId,
            attemptId: query.attemptId,
            questionId: query.questionId,
            mimeType: mimeType === 'application/octet-stream' ? 'audio/octet-stream' : mimeType,
            durationSec: query.durationSec ?? (decoded?.ok ? Math.round(decoded.wav.durationSec * 100) / 100 : undefined),
            transcript: null,
            createdAt: deps.now().toISOString(),
          },
          bytes,
          isWav ? bytes : undefined,
        );
        await purge(userId);
        void reply.status(201);
        return view(rec);
      },
    });

    defineRoute(scope, {
      method: 'PUT',
      url: '/recordings/:id/wav',
      summary: 'Attach the 16 kHz mono WAV the browser made from the recording (used for transcription)',
      tags: ['recordings'],
      params: idParams,
      bodyLimit: MAX_RECORDING_BYTES,
      handler: async ({ req, params }) => {
        const rec = await load(req, params.id);
        const body = req.body;
        if (!Buffer.isBuffer(body)) throw new AppError('VALIDATION_FAILED', 'Send the WAV file as the request body with Content-Type audio/wav.');
        const bytes = new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
        const decoded = decodeWav(bytes);
        if (!decoded.ok) throw new AppError('VALIDATION_FAILED', `${decoded.message} The recording itself is kept.`);
        await deps.store.recordings.setWav(rec.userId, rec.id, bytes);
        if (rec.durationSec === undefined) {
          await deps.store.recordings.update(rec.userId, rec.id, { durationSec: Math.round(decoded.wav.durationSec * 100) / 100 });
        }
        return view((await deps.store.recordings.get(rec.userId, rec.id)) ?? rec);
      },
    });
  });

  defineRoute(app, {
    method: 'GET',
    url: '/speech',
    summary: 'The transcription engine in use, whether it keeps fillers, and the recordings retention setting',
    tags: ['recordings'],
    handler: async ({ req }) => ({
      engine: transcriber.engine,
      configured: transcriber.engine !== 'none',
      keepsFillers: transcriber.keepsFillers,
      retentionDays: await retentionDays(userIdOf(req)),
    }),
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/recordings/retention',
    summary: 'Keep recordings for N days (older ones are deleted automatically); null keeps them until you delete them',
    tags: ['recordings'],
    body: z.strictObject({ days: z.number().int().min(1, 'keep recordings at least 1 day, or send null').max(3650).nullable() }),
    handler: async ({ req, body }) => {
      const userId = userIdOf(req);
      await deps.store.settings.set(userId, RETENTION_SETTING, body.days, deps.now());
      const deleted = await purge(userId);
      return { retentionDays: body.days, deleted };
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/recordings',
    summary: 'Your recordings, newest first (optionally of one attempt or question)',
    tags: ['recordings'],
    query: z.strictObject({ attemptId: optionalId, questionId: optionalId }),
    handler: async ({ req, query }) => {
      const userId = userIdOf(req);
      await purge(userId);
      return (await deps.store.recordings.list(userId, query)).map(view);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/recordings/:id',
    summary: 'One recording with its transcript and delivery metrics',
    tags: ['recordings'],
    params: idParams,
    handler: async ({ req, params }) => view(await load(req, params.id)),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/recordings/:id/media',
    summary: 'The recording, streamed; supports Range requests for seeking',
    tags: ['recordings'],
    params: idParams,
    handler: async ({ req, reply, params }) => {
      const rec = await load(req, params.id);
      return sendFile(req, reply, deps.store.recordings.paths(rec).media, rec.mimeType === 'audio/octet-stream' ? 'application/octet-stream' : rec.mimeType);
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/recordings/:id/wav',
    summary: 'The 16 kHz WAV of the recording; supports Range requests',
    tags: ['recordings'],
    params: idParams,
    handler: async ({ req, reply, params }) => {
      const rec = await load(req, params.id);
      if (rec.wavSize === undefined) throw new AppError('RECORDING_NOT_FOUND', `Recording "${rec.id}" has no WAV version.`);
      return sendFile(req, reply, deps.store.recordings.paths(rec).wav, 'audio/wav');
    },
  });

  defineRoute(app, {
    method: 'PATCH',
    url: '/recordings/:id',
    summary: 'Link a recording to an attempt or question (null unlinks)',
    tags: ['recordings'],
    params: idParams,
    body: z.strictObject({ attemptId: z.string().min(1).max(120).nullable().optional(), questionId: z.string().min(1).max(120).nullable().optional() }),
    handler: async ({ req, params, body }) => {
      const rec = await load(req, params.id);
      if (body.attemptId && !(await deps.store.attempts.get(rec.userId, body.attemptId))) {
        throw new AppError('ATTEMPT_NOT_FOUND', `attemptId names attempt "${body.attemptId}", which does not exist.`);
      }
      await deps.store.recordings.update(rec.userId, rec.id, body);
      return view((await deps.store.recordings.get(rec.userId, rec.id)) ?? rec);
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/recordings/:id',
    summary: 'Delete one recording and its files',
    tags: ['recordings'],
    params: idParams,
    handler: async ({ req, reply, params }) => {
      if (!(await deps.store.recordings.remove(userIdOf(req), params.id))) throw notFound(params.id);
      void reply.status(204);
      return undefined;
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/recordings',
    summary: 'Delete all your recordings and their files',
    tags: ['recordings'],
    handler: async ({ req }) => ({ deleted: await deps.store.recordings.removeAll(userIdOf(req)) }),
  });

  defineRoute(app, {
    method: 'POST',
    url: '/recordings/:id/transcribe',
    summary:
      'Transcribe the recording with the configured engine (the question vocabulary is the prompt). Returns { ok: true, transcript } ' +
      'or { ok: false, error } (no engine, model missing, endpoint down, silent audio…); the recording is kept either way.',
    tags: ['recordings'],
    params: idParams,
    body: z.strictObject({ questionId: optionalId, language: z.string().min(2).max(8).optional() }).nullish(),
    handler: async ({ req, params, body }) => {
      const rec = await load(req, params.id);
      const wav = await deps.store.recordings.readWav(rec);
      if (!wav) {
        return {
          ok: false,
          engine: transcriber.engine,
          error: { type: 'corrupt-audio', message: 'This recording has no WAV version to transcribe (the browser could not decode it). Type the transcript instead.' },
        };
      }
      const questionId = body?.questionId ?? rec.questionId;
      const question = questionId ? findQuestion(deps.pack, questionId) : undefined;
      const prompt = question ? vocabularyPrompt({ text: question.text, keyPoints: question.keyPoints, values: question.values }) : undefined;
      const result = await transcriber.transcribe(wav, { ...(prompt ? { prompt } : {}), ...(body?.language ? { language: body.language } : {}) });
      if (!result.ok) return result;
      const { ok: _ok, ...rest } = result;
      const transcript: StoredTranscript = {
        ...rest,
        correctedText: null,
        delivery: deliveryMetrics(result.words, {
          keepsFillers: result.keepsFillers,
          engine: result.engine,
          durationSec: rec.durationSec ?? result.durationSec,
          timing: result.timing,
        }),
      };
      await deps.store.recordings.update(rec.userId, rec.id, { transcript });
      return { ok: true, transcript };
    },
  });

  defineRoute(app, {
    method: 'PUT',
    url: '/recordings/:id/transcript',
    summary: 'Correct the transcript (or type it when no engine is set up); word timings from the engine are kept for pace and pauses',
    tags: ['recordings'],
    params: idParams,
    body: z.strictObject({ text: z.string().trim().min(1, 'type what you said').max(100_000) }),
    handler: async ({ req, params, body }) => {
      const rec = await load(req, params.id);
      const previous = rec.transcript as StoredTranscript | null;
      const words = previous?.words ?? [];
      const duration = rec.durationSec ?? previous?.durationSec ?? 0;
      const delivery =
        previous?.delivery ??
        deliveryMetrics([], { keepsFillers: true, engine: 'typed transcript', durationSec: duration, timing: 'none' });
      const typedWords = body.text.split(/\s+/).filter(Boolean).length;
      const transcript: StoredTranscript = {
        text: previous?.text ?? body.text,
        words,
        engine: previous?.engine ?? 'typed',
        keepsFillers: previous?.keepsFillers ?? true,
        timing: previous?.timing ?? 'none',
        durationSec: previous?.durationSec ?? duration,
        correctedText: body.text,
        delivery:
          words.length === 0 && duration > 0
            ? {
                ...delivery,
                wordCount: typedWords,
                wordsPerMinute: Math.round((typedWords / duration) * 60),
                notes: [...delivery.notes.filter((n) => !n.includes('cannot be measured')), 'Pace is estimated from the typed transcript and the recording length; pauses cannot be measured without word timings.'],
              }
            : delivery,
      };
      await deps.store.recordings.update(rec.userId, rec.id, { transcript });
      return view({ ...rec, transcript });
    },
  });
}
