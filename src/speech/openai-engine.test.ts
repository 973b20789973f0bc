import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOpenAiTranscriber, transcriptionsUrl } from './openai-engine.js';
import { encodeWav } from './wav.js';

function tone(seconds: number): Float32Array {
  const out = new Float32Array(seconds * 16_000);
  for (let i = 0; i < out.length; i++) out[i] = 0.3 * Math.sin((2 * Math.PI * 220 * i) / 16_000);
  return out;
}

interface Seen {
  url: string;
  auth: string | undefined;
  fields: Record<string, string[]>;
  file?: { name: string; type: string; bytes: Uint8Array };
}

type Handler = (req: IncomingMessage, res: ServerResponse, seen: Seen) => void;

let server: Server;
let base = '';
const requests: Seen[] = [];
let handler: Handler = () => undefined;

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        const request = new Request(`http://127.0.0.1${req.url ?? '/'}`, {
          method: req.method ?? 'POST',
          headers: req.headers as Record<string, string>,
          body,
        });
        const seen: Seen = { url: req.url ?? '', auth: req.headers.authorization, fields: {} };
        const form = await request.formData();
        for (const [key, value] of form.entries()) {
          if (typeof value === 'string') (seen.fields[key] ??= []).push(value);
          else seen.file = { name: value.name, type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) };
        }
        requests.push(seen);
        handler(req, res, seen);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const json = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

const wav = encodeWav(tone(2), 16_000);

describe('OpenAI-compatible engine against a local server', () => {
  it('sends the WAV, the prompt and verbose_json with word timestamps, and reads the words back', async () => {
    handler = (_req, res) =>
      json(res, 200, {
        text: ' I set a rate limit of 100 requests per second.',
        language: 'english',
        duration: 2,
        words: [
          { word: 'I', start: 0.1, end: 0.2 },
          { word: 'set', start: 0.2, end: 0.4 },
          { word: 'rate', start: 0.5, end: 0.7 },
          { word: 'limit', start: 0.7, end: 1.0 },
        ],
      });
    const t = createOpenAiTranscriber({ url: base, apiKey: 'sk-test', model: 'small.en' });
    const r = await t.transcribe(wav, { prompt: 'Terms: rate limit, p99', language: 'en' });
    expect(r).toMatchObject({
      ok: true,
      text: 'I set a rate limit of 100 requests per second.',
      engine: 'openai-compatible',
      keepsFillers: false,
      timing: 'word',
      durationSec: 2,
      language: 'english',
    });
    expect(r.ok && r.words[3]).toEqual({ word: 'limit', start: 0.7, end: 1.0 });
    const seen = requests[requests.length - 1];
    expect(seen?.url).toBe('/v1/audio/transcriptions');
    expect(seen?.auth).toBe('Bearer sk-test');
    expect(seen?.fields).toMatchObject({
      model: ['small.en'],
      response_format: ['verbose_json'],
      'timestamp_granularities[]': ['word', 'segment'],
      prompt: ['Terms: rate limit, p99'],
      language: ['en'],
    });
    expect(seen?.file?.name).toBe('answer.wav');
    expect(seen?.file?.type).toBe('audio/wav');
    expect(seen?.file?.bytes).toEqual(wav);
  });

  it('spreads words over segments when the server gives no word times, and sends no key when none is set', async () => {
    handler = (_req, res) => json(res, 200, { text: 'one two three four', segments: [{ start: 1, end: 3, text: ' one two three four' }] });
    const r = await createOpenAiTranscriber({ url: `${base}/v1` }).transcribe(wav);
    expect(r.ok && r.timing).toBe('segment');
    expect(r.ok && r.words.map((w) => [w.word, w.start, w.end])).toEqual([
      ['one', 1, 1.5],
      ['two', 1.5, 2],
      ['three', 2, 2.5],
      ['four', 2.5, 3],
    ]);
    expect(requests[requests.length - 1]?.auth).toBeUndefined();
  });

  it('says when the key is refused, and passes on the server error message', async () => {
    handler = (_req, res) => json(res, 401, { error: { message: 'Incorrect API key provided' } });
    const auth = await createOpenAiTranscriber({ url: base }).transcribe(wav);
    expect(auth).toMatchObject({ ok: false, error: { type: 'endpoint-auth', message: expect.stringContaining('Incorrect API key provided') } });
    expect(!auth.ok && auth.error.message).toContain('KEEPER_TRANSCRIBE_KEY');

    handler = (_req, res) => json(res, 500, { detail: 'model not loaded' });
    const err = await createOpenAiTranscriber({ url: base }).transcribe(wav);
    expect(err).toMatchObject({ ok: false, error: { type: 'endpoint-error', message: 'The transcription endpoint answered 500: model not loaded.' } });
  });

  it('refuses answers that are not OpenAI-compatible', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>hello</html>');
    };
    expect(await createOpenAiTranscriber({ url: base }).transcribe(wav)).toMatchObject({ error: { type: 'bad-response' } });
    handler = (_req, res) => json(res, 200, { transcript: 'wrong field' });
    expect(await createOpenAiTranscriber({ url: base }).transcribe(wav)).toMatchObject({ error: { type: 'bad-response', message: expect.stringContaining('"text"') } });
  });

  it('reports an unreachable endpoint and a server that never answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const down = await createOpenAiTranscriber({ url: `http://127.0.0.1:${port}` }).transcribe(wav);
    expect(down).toMatchObject({ ok: false, error: { type: 'endpoint-unreachable', message: expect.stringContaining('ECONNREFUSED') } });

    handler = () => undefined; // never answers
    const slow = await createOpenAiTranscriber({ url: base, timeoutMs: 300 }).transcribe(wav);
    expect(slow).toMatchObject({ ok: false, error: { type: 'endpoint-unreachable', message: expect.stringContaining('did not answer within') } });
  });

  it('checks the audio before calling the endpoint', async () => {
    const before = requests.length;
    const silent = await createOpenAiTranscriber({ url: base }).transcribe(encodeWav(new Float32Array(32_000), 16_000));
    expect(silent).toMatchObject({ ok: false, error: { type: 'silent-audio' } });
    const corrupt = await createOpenAiTranscriber({ url: base }).transcribe(new TextEncoder().encode('definitely not audio at all'));
    expect(corrupt).toMatchObject({ ok: false, error: { type: 'corrupt-audio' } });
    expect(requests.length).toBe(before);
  });
});

describe('transcriptionsUrl', () => {
  it('accepts a base URL, a /v1 URL or the full endpoint', () => {
    expect(transcriptionsUrl('http://localhost:8000')).toBe('http://localhost:8000/v1/audio/transcriptions');
    expect(transcriptionsUrl('http://localhost:8000/v1/')).toBe('http://localhost:8000/v1/audio/transcriptions');
    expect(transcriptionsUrl('https://x.test/openai/v1/audio/transcriptions')).toBe('https://x.test/openai/v1/audio/transcriptions');
  });
});
