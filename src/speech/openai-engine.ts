/**
 * Any OpenAI-compatible `/v1/audio/transcriptions` endpoint (a local faster-whisper or
 * whisper.cpp server, or a hosted one). Sends the WAV as multipart form data and asks for
 * `verbose_json` with word timestamps.
 */
import { checkSpeechAudio } from './wav.js';
import { failure, type TimedWord, type TranscribeOptions, type TranscribeResult, type Transcriber } from './types.js';

export interface OpenAiTranscriberConfig {
  /** Base URL ("http://127.0.0.1:8000", ".../v1") or the full transcriptions URL. */
  url: string;
  apiKey?: string;
  /** Model name sent to the endpoint; default "whisper-1". */
  model?: string;
  timeoutMs?: number;
  /** Set when the endpoint's model is known to keep "um"/"uh" (most whisper models drop them). */
  keepsFillers?: boolean;
  fetch?: typeof fetch;
}

const ENGINE = 'openai-compatible';

export function transcriptionsUrl(url: string): string {
  const trimmed = url.trim().replace(/\/+$/, '');
  if (/\/audio\/transcriptions$/.test(trimmed)) return trimmed;
  if (/\/v1$/.test(trimmed)) return `${trimmed}/audio/transcriptions`;
  return `${trimmed}/v1/audio/transcriptions`;
}

interface VerboseJson {
  text?: unknown;
  language?: unknown;
  duration?: unknown;
  words?: unknown;
  segments?: unknown;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function wordsFrom(list: unknown): TimedWord[] {
  if (!Array.isArray(list)) return [];
  const out: TimedWord[] = [];
  for (const w of list as Record<string, unknown>[]) {
    const word = typeof w.word === 'string' ? w.word.trim() : typeof w.text === 'string' ? w.text.trim() : '';
    const start = num(w.start);
    const end = num(w.end);
    if (word !== '' && start !== undefined && end !== undefined) out.push({ word, start, end: Math.max(start, end) });
  }
  return out;
}

/** Without word times, spread each segment's words evenly over the segment. */
export function wordsFromSegments(list: unknown): TimedWord[] {
  if (!Array.isArray(list)) return [];
  const out: TimedWord[] = [];
  for (const s of list as Record<string, unknown>[]) {
    const start = num(s.start);
    const end = num(s.end);
    const words = typeof s.text === 'string' ? s.text.trim().split(/\s+/).filter(Boolean) : [];
    if (start === undefined || end === undefined || words.length === 0) continue;
    const step = Math.max(0, end - start) / words.length;
    words.forEach((word, i) => out.push({ word, start: start + i * step, end: start + (i + 1) * step }));
  }
  return out;
}

async function errorDetail(res: Response): Promise<string> {
  const body = await res.text().catch(() => '');
  try {
    const json = JSON.parse(body) as { error?: { message?: unknown } | string; detail?: unknown; message?: unknown };
    const msg = typeof json.error === 'string' ? json.error : json.error?.message ?? json.detail ?? json.message;
    if (typeof msg === 'string' && msg !== '') return msg;
  } catch {
    // not JSON: fall through to the raw text
  }
  return body.trim().slice(0, 200) || res.statusText || 'no details';
}

export function createOpenAiTranscriber(config: OpenAiTranscriberConfig): Transcriber {
  const endpoint = transcriptionsUrl(config.url);
  const doFetch = config.fetch ?? fetch;
  const keepsFillers = config.keepsFillers ?? false;
  return {
    engine: ENGINE,
    keepsFillers,
    async transcribe(wav: Uint8Array, opts: TranscribeOptions = {}): Promise<TranscribeResult> {
      const audio = checkSpeechAudio(wav);
      if (!audio.ok) return failure(ENGINE, audio.type, audio.message);
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(wav)], { type: 'audio/wav' }), 'answer.wav');
      form.append('model', config.model ?? 'whisper-1');
      form.append('response_format', 'verbose_json');
      form.append('timestamp_granularities[]', 'word');
      form.append('timestamp_granularities[]', 'segment');
      form.append('temperature', '0');
      if (opts.prompt) form.append('prompt', opts.prompt);
      if (opts.language) form.append('language', opts.language);
      const headers: Record<string, string> = { accept: 'application/json' };
      if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;

      let res: Response;
      try {
        res = await doFetch(endpoint, { method: 'POST', body: form, headers, signal: AbortSignal.timeout(config.timeoutMs ?? 120_000) });
      } catch (e) {
        const cause = e instanceof Error ? ((e.cause as { code?: string; message?: string } | undefined)?.code ?? e.cause?.toString() ?? e.message) : String(e);
        const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
        return failure(
          ENGINE,
          'endpoint-unreachable',
          timedOut
            ? `The transcription endpoint ${endpoint} did not answer within ${Math.round((config.timeoutMs ?? 120_000) / 1000)} s. The recording is kept; try again or type the transcript.`
            : `Could not reach the transcription endpoint ${endpoint} (${cause}). Is the server running, and is KEEPER_TRANSCRIBE_URL right? The recording is kept; you can type the transcript.`,
        );
      }
      if (res.status === 401 || res.status === 403) {
        return failure(ENGINE, 'endpoint-auth', `The transcription endpoint refused the request (${res.status}: ${await errorDetail(res)}). Check KEEPER_TRANSCRIBE_KEY.`);
      }
      if (!res.ok) {
        return failure(ENGINE, 'endpoint-error', `The transcription endpoint answered ${res.status}: ${await errorDetail(res)}.`);
      }
      let json: VerboseJson;
      try {
        json = (await res.json()) as VerboseJson;
      } catch {
        return failure(ENGINE, 'bad-response', `The transcription endpoint ${endpoint} did not answer with JSON. Is it an OpenAI-compatible server?`);
      }
      if (json === null || typeof json !== 'object' || typeof json.text !== 'string') {
        return failure(ENGINE, 'bad-response', 'The transcription endpoint answered without a "text" field. Is it an OpenAI-compatible server?');
      }
      const byWord = wordsFrom(json.words);
      const bySegment = byWord.length > 0 ? [] : wordsFromSegments(json.segments);
      const words = byWord.length > 0 ? byWord : bySegment;
      return {
        ok: true,
        text: json.text.trim(),
        words,
        engine: ENGINE,
        keepsFillers,
        timing: byWord.length > 0 ? 'word' : bySegment.length > 0 ? 'segment' : 'none',
        durationSec: num(json.duration) ?? audio.wav.durationSec,
        ...(typeof json.language === 'string' ? { language: json.language } : {}),
      };
    },
  };
}
