import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InjectOptions } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { createOpenAiTranscriber, encodeWav } from '../../speech/index.js';
import { LOCAL_USER_ID } from '../../store/index.js';
import { parseRange } from './recordings.js';

let server: TestServer | undefined;
let sttServer: Server;
let sttUrl = '';
let clock = Date.parse('2026-11-10T09:00:00.000Z');
let seq = 0;

function tone(seconds: number): Float32Array {
  const out = new Float32Array(seconds * 16_000);
  for (let i = 0; i < out.length; i++) out[i] = 0.3 * Math.sin((2 * Math.PI * 220 * i) / 16_000);
  return out;
}
const wav = encodeWav(tone(3), 16_000);
const webm = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(5000, 7)]);

beforeAll(async () => {
  // A stand-in OpenAI-compatible endpoint on this machine.
  sttServer = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          text: 'Um I set a ray limit.',
          duration: 4,
          words: [
            { word: 'Um', start: 0.5, end: 0.7 },
            { word: 'I', start: 0.8, end: 0.9 },
            { word: 'set', start: 0.9, end: 1.1 },
            { word: 'a', start: 1.1, end: 1.2 },
            { word: 'ray', start: 1.2, end: 1.4 },
            { word: 'limit.', start: 3.5, end: 3.8 },
          ],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => sttServer.listen(0, '127.0.0.1', resolve));
  sttUrl = `http://127.0.0.1:${(sttServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  sttServer.closeAllConnections();
  await new Promise((resolve) => sttServer.close(resolve));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(withEngine: boolean): Promise<TestServer> {
  clock = Date.parse('2026-11-10T09:00:00.000Z');
  seq = 0;
  server = await startTestServer({
    now: () => new Date((clock += 1000)),
    newId: () => `id${++seq}`,
    ...(withEngine ? { transcriber: createOpenAiTranscriber({ url: sttUrl }) } : {}),
  });
  return server;
}
const inject = (opts: InjectOptions) => {
  if (!server) throw new Error('no server');
  return server.app.inject(opts);
};

async function upload(type = 'audio/webm', body: Buffer | Uint8Array = webm, query = ''): Promise<{ id: string }> {
  const res = await inject({ method: 'POST', url: `/api/recordings${query}`, headers: { 'content-type': type }, payload: Buffer.from(body) });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string };
}

describe('recordings: upload, store, range playback, delete', () => {
  it('stores an upload in the data folder and streams it back whole and by range', async () => {
    const s = await start(false);
    const rec = await upload('audio/webm', webm, '?questionId=courage-challenged-senior&durationSec=3');
    expect(rec).toMatchObject({ mimeType: 'audio/webm', kind: 'audio', size: 5004, hasWav: false, durationSec: 3, questionId: 'courage-challenged-senior' });
    const file = s.store.recordings.paths({ id: rec.id, userId: LOCAL_USER_ID }).media;
    expect(file.startsWith(s.dataDir)).toBe(true);

    const whole = await inject({ method: 'GET', url: `/api/recordings/${rec.id}/media` });
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    expect(whole.headers['content-type']).toBe('audio/webm');
    expect(whole.rawPayload.equals(webm)).toBe(true);

    const part = await inject({ method: 'GET', url: `/api/recordings/${rec.id}/media`, headers: { range: 'bytes=2-9' } });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe('bytes 2-9/5004');
    expect(part.rawPayload.equals(webm.subarray(2, 10))).toBe(true);
    const tail = await inject({ method: 'GET', url: `/api/recordings/${rec.id}/media`, headers: { range: 'bytes=-4' } });
    expect(tail.rawPayload.equals(webm.subarray(5000))).toBe(true);
    const bad = await inject({ method: 'GET', url: `/api/recordings/${rec.id}/media`, headers: { range: 'bytes=9000-' } });
    expect(bad.statusCode).toBe(416);
    expect(bad.headers['content-range']).toBe('bytes */5004');

    const del = await inject({ method: 'DELETE', url: `/api/recordings/${rec.id}` });
    expect(del.statusCode).toBe(204);
    expect((await inject({ method: 'GET', url: `/api/recordings/${rec.id}/media` })).statusCode).toBe(404);
    expect((await inject({ method: 'DELETE', url: `/api/recordings/${rec.id}` })).json().error.code).toBe('RECORDING_NOT_FOUND');
  });

  it('attaches the browser WAV, refuses a broken one, links an attempt, and deletes all', async () => {
    await start(false);
    const rec = await upload();
    const broken = await inject({ method: 'PUT', url: `/api/recordings/${rec.id}/wav`, headers: { 'content-type': 'audio/wav' }, payload: Buffer.from('RIFF-not-really') });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.message).toContain('The recording itself is kept.');
    const ok = await inject({ method: 'PUT', url: `/api/recordings/${rec.id}/wav`, headers: { 'content-type': 'audio/wav' }, payload: Buffer.from(wav) });
    expect(ok.json()).toMatchObject({ hasWav: true, durationSec: 3 });
    const wavBack = await inject({ method: 'GET', url: `/api/recordings/${rec.id}/wav` });
    expect(wavBack.rawPayload.equals(Buffer.from(wav))).toBe(true);

    const attempt = await inject({ method: 'POST', url: '/api/attempts', payload: { questionId: 'courage-challenged-senior', answer: 'I set a rate limit.' } });
    const attemptId = (attempt.json() as { id: string }).id;
    const linked = await inject({ method: 'PATCH', url: `/api/recordings/${rec.id}`, payload: { attemptId } });
    expect(linked.json().attemptId).toBe(attemptId);
    expect((await inject({ method: 'GET', url: `/api/recordings?attemptId=${attemptId}` })).json()).toHaveLength(1);
    expect((await inject({ method: 'PATCH', url: `/api/recordings/${rec.id}`, payload: { attemptId: 'nope' } })).statusCode).toBe(404);

    await upload('audio/wav', wav);
    const all = await inject({ method: 'DELETE', url: '/api/recordings' });
    expect(all.json()).toEqual({ deleted: 2 });
    expect((await inject({ method: 'GET', url: '/api/recordings' })).json()).toEqual([]);
  });

  it('refuses an empty body, a corrupt WAV upload and an unknown attempt', async () => {
    await start(false);
    const empty = await inject({ method: 'POST', url: '/api/recordings', headers: { 'content-type': 'audio/webm' }, payload: Buffer.alloc(0) });
    expect(empty.statusCode).toBe(400);
    const corrupt = await inject({ method: 'POST', url: '/api/recordings', headers: { 'content-type': 'audio/wav' }, payload: Buffer.from('OggS0000000000000000') });
    expect(corrupt.statusCode).toBe(400);
    expect(corrupt.json().error.message).toContain('Ogg audio, not WAV');
    const orphan = await inject({ method: 'POST', url: '/api/recordings?attemptId=nope', headers: { 'content-type': 'audio/webm' }, payload: webm });
    expect(orphan.statusCode).toBe(404);
  });

  it('applies the retention setting', async () => {
    await start(false);
    const old = await upload();
    clock += 3 * 86_400_000;
    const fresh = await upload();
    const set = await inject({ method: 'PUT', url: '/api/recordings/retention', payload: { days: 2 } });
    expect(set.json()).toEqual({ retentionDays: 2, deleted: 1 });
    expect((await inject({ method: 'GET', url: '/api/recordings' })).json().map((r: { id: string }) => r.id)).toEqual([fresh.id]);
    expect((await inject({ method: 'GET', url: '/api/speech' })).json()).toMatchObject({ engine: 'none', configured: false, retentionDays: 2 });
    expect(old.id).not.toBe(fresh.id);
    expect((await inject({ method: 'PUT', url: '/api/recordings/retention', payload: { days: 0 } })).statusCode).toBe(400);
  });
});

describe('transcription', () => {
  it('transcribes with the configured engine, keeps timings, and measures delivery honestly', async () => {
    await start(true);
    const rec = await upload('audio/wav', wav, '?questionId=courage-challenged-senior');
    const res = await inject({ method: 'POST', url: `/api/recordings/${rec.id}/transcribe`, payload: {} });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { ok: boolean; transcript: { text: string; engine: string; delivery: { fillers: { count: number; trusted: boolean }; pauses: unknown[]; timeToFirstWordSec: number; notes: string[] } } };
    expect(body.ok).toBe(true);
    expect(body.transcript).toMatchObject({ text: 'Um I set a ray limit.', engine: 'openai-compatible', correctedText: null });
    expect(body.transcript.delivery).toMatchObject({ timeToFirstWordSec: 0.5, fillers: { count: 1, trusted: false } });
    expect(body.transcript.delivery.pauses).toHaveLength(1);
    expect(body.transcript.delivery.notes[0]).toContain('real filler count may be higher');

    const corrected = await inject({ method: 'PUT', url: `/api/recordings/${rec.id}/transcript`, payload: { text: 'Um, I set a rate limit.' } });
    expect(corrected.json().transcript).toMatchObject({ text: 'Um I set a ray limit.', correctedText: 'Um, I set a rate limit.' });
    const again = await inject({ method: 'GET', url: `/api/recordings/${rec.id}` });
    expect(again.json().transcript.delivery.fillers.count).toBe(1);
  });

  it('without an engine says so, keeps the recording, and accepts a typed transcript', async () => {
    await start(false);
    const rec = await upload('audio/wav', wav);
    const res = await inject({ method: 'POST', url: `/api/recordings/${rec.id}/transcribe` });
    expect(res.json()).toMatchObject({ ok: false, engine: 'none', error: { type: 'no-engine' } });
    expect((await inject({ method: 'GET', url: `/api/recordings/${rec.id}` })).statusCode).toBe(200);
    const typed = await inject({ method: 'PUT', url: `/api/recordings/${rec.id}/transcript`, payload: { text: 'I set a rate limit of one hundred per second' } });
    expect(typed.json().transcript).toMatchObject({ engine: 'typed', correctedText: 'I set a rate limit of one hundred per second', delivery: { wordCount: 10, wordsPerMinute: 200 } });
  });

  it('reports silent audio as data and keeps the recording', async () => {
    await start(true);
    const rec = await upload('audio/wav', encodeWav(new Float32Array(32_000), 16_000));
    const res = await inject({ method: 'POST', url: `/api/recordings/${rec.id}/transcribe` });
    expect(res.json()).toMatchObject({ ok: false, error: { type: 'silent-audio' } });
    expect((await inject({ method: 'GET', url: '/api/recordings' })).json()).toHaveLength(1);
  });
});

describe('parseRange', () => {
  it('reads single ranges and rejects the rest', () => {
    expect(parseRange(undefined, 10)).toBeUndefined();
    expect(parseRange('bytes=0-', 10)).toEqual({ start: 0, end: 9 });
    expect(parseRange('bytes=3-100', 10)).toEqual({ start: 3, end: 9 });
    expect(parseRange('bytes=-3', 10)).toEqual({ start: 7, end: 9 });
    expect(parseRange('bytes=5-2', 10)).toBe('bad');
    expect(parseRange('bytes=0-1,4-5', 10)).toBe('bad');
    expect(parseRange('items=0-1', 10)).toBe('bad');
  });
});
