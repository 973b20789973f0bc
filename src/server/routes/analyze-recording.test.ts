/**
 * Answers with a recording: POST /api/attempts and /api/analyze take `recordingId`, and the
 * recording's measured pace, pauses and fillers feed the behavioral analysis's delivery dimension
 * (real analyzer, real SQLite store, word timings from a stand-in OpenAI-compatible engine).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InjectOptions } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadTestPack, startTestServer, type TestServer } from '../../../test/support/server.js';
import type { BehavioralAnalysis } from '../../core/analysis/index.js';
import type { Pack } from '../../core/pack/index.js';
import { createOpenAiTranscriber, encodeWav } from '../../speech/index.js';
import { createAnalyzer } from '../analyzer.js';

const QUESTION = 'courage-challenged-senior';
const ANSWER = [
  'Last year our director wanted to ship a new caching layer a week before a major launch.',
  'I owned the service it touched and I believed the risk was too high.',
  'I gathered our error budget data, wrote a one-page risk note and asked the director for thirty minutes.',
  'I disagreed openly and proposed a small rollout after the launch instead.',
  'We delayed the cache by two weeks and launched with zero incidents.',
  'I learned that disagreeing with data and an alternative works far better than disagreeing with an opinion.',
].join(' ');

/** What the stand-in engine answers next: the answer's words, `each` seconds apiece, with optional gaps. */
let timing = { each: 0.4, gapEvery: 0, gap: 0 };
let server: TestServer | undefined;
let stt: Server;
let sttUrl = '';
let pack: Pack;
let seq = 0;

function timedWords(text: string): { word: string; start: number; end: number }[] {
  let t = 0.5;
  return text.split(' ').map((word, i) => {
    if (timing.gapEvery > 0 && i > 0 && i % timing.gapEvery === 0) t += timing.gap;
    const w = { word, start: t, end: t + timing.each * 0.9 };
    t += timing.each;
    return w;
  });
}

beforeAll(async () => {
  pack = await loadTestPack();
  stt = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const words = timedWords(ANSWER);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ text: ANSWER, duration: (words.at(-1)?.end ?? 0) + 0.5, words }));
    });
  });
  await new Promise<void>((resolve) => stt.listen(0, '127.0.0.1', resolve));
  sttUrl = `http://127.0.0.1:${(stt.address() as AddressInfo).port}`;
});
afterAll(async () => {
  stt.closeAllConnections();
  await new Promise((resolve) => stt.close(resolve));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(engine: { keepsFillers: boolean } | undefined): Promise<TestServer> {
  seq = 0;
  server = await startTestServer({
    pack,
    analyze: createAnalyzer(pack),
    newId: () => `id${++seq}`,
    ...(engine ? { transcriber: createOpenAiTranscriber({ url: sttUrl, keepsFillers: engine.keepsFillers }) } : {}),
  });
  return server;
}
const inject = (opts: InjectOptions) => {
  if (!server) throw new Error('no server');
  return server.app.inject(opts);
};

/** Uploads a WAV of `seconds` of tone and (with an engine) transcribes it; returns the recording id. */
async function record(seconds: number, transcribe = true): Promise<string> {
  const samples = new Float32Array(seconds * 16_000);
  for (let i = 0; i < samples.length; i++) samples[i] = 0.3 * Math.sin((2 * Math.PI * 220 * i) / 16_000);
  const up = await inject({ method: 'POST', url: `/api/recordings?questionId=${QUESTION}`, headers: { 'content-type': 'audio/wav' }, payload: Buffer.from(encodeWav(samples, 16_000)) });
  expect(up.statusCode).toBe(201);
  const id = (up.json() as { id: string }).id;
  if (transcribe) {
    const t = await inject({ method: 'POST', url: `/api/recordings/${id}/transcribe`, payload: {} });
    expect(t.json()).toMatchObject({ ok: true });
  }
  return id;
}

async function attempt(recordingId?: string): Promise<{ id: string; analysis: BehavioralAnalysis }> {
  const res = await inject({ method: 'POST', url: '/api/attempts', payload: { questionId: QUESTION, answer: ANSWER, source: 'practice', ...(recordingId ? { recordingId } : {}) } });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; analysis: BehavioralAnalysis };
}

const deliveryDim = (a: BehavioralAnalysis) => a.dimensions.find((d) => d.name === 'delivery');
const codes = (a: BehavioralAnalysis) => a.flags.map((f) => f.code);

describe('POST /api/attempts with a recording', () => {
  it('uses the measured pace: a very fast answer gets pace-fast and a lower delivery score, and the recording is linked', async () => {
    await start({ keepsFillers: true });
    const typed = await attempt();
    expect(typed.analysis.delivery).toMatchObject({ measured: false, wpm: 150 });
    expect(codes(typed.analysis)).not.toContain('pace-fast');

    timing = { each: 0.2, gapEvery: 0, gap: 0 }; // 300 words per minute
    const rec = await record(4);
    const fast = await attempt(rec);
    expect(fast.analysis.delivery.measured).toBe(true);
    expect(fast.analysis.delivery.wpm).toBeGreaterThan(280);
    expect(codes(fast.analysis)).toContain('pace-fast');
    expect(deliveryDim(fast.analysis)?.reason).toMatch(/wpm \(measured\).*pace-fast/);
    expect(deliveryDim(fast.analysis)?.score).toBeLessThan(deliveryDim(typed.analysis)?.score ?? 0);

    // Linked both ways: the recording names the attempt, the attempt names the recording.
    const linked = await inject({ method: 'GET', url: `/api/recordings/${rec}` });
    expect(linked.json()).toMatchObject({ attemptId: fast.id });
    const stored = await inject({ method: 'GET', url: `/api/attempts/${fast.id}` });
    expect(stored.json()).toMatchObject({ meta: { recordingId: rec, source: 'practice' }, analysis: { delivery: { measured: true } } });
    const byAttempt = await inject({ method: 'GET', url: `/api/recordings?attemptId=${fast.id}` });
    expect((byAttempt.json() as { id: string }[]).map((r) => r.id)).toEqual([rec]);
  });

  it('flags a slow answer with long pauses, and a steady one gets neither flag', async () => {
    await start({ keepsFillers: true });
    timing = { each: 0.45, gapEvery: 12, gap: 7 }; // long silences every 12 words
    const slow = await attempt(await record(4));
    expect(codes(slow.analysis)).toEqual(expect.arrayContaining(['pace-slow', 'long-pauses']));
    expect(slow.analysis.flags.find((f) => f.code === 'long-pauses')?.message).toMatch(/longest 7 s/);

    timing = { each: 0.42, gapEvery: 0, gap: 0 }; // about 143 words per minute
    const steady = await attempt(await record(4));
    expect(steady.analysis.delivery).toMatchObject({ measured: true });
    expect(steady.analysis.delivery.wpm).toBeGreaterThan(130);
    expect(steady.analysis.delivery.wpm).toBeLessThan(160);
    expect(codes(steady.analysis)).not.toEqual(expect.arrayContaining(['pace-slow']));
    expect(codes(steady.analysis).filter((c) => c.startsWith('pace-') || c === 'long-pauses')).toEqual([]);
  });

  it('says the filler count is a lower bound when the engine drops fillers', async () => {
    await start({ keepsFillers: false });
    timing = { each: 0.4, gapEvery: 0, gap: 0 };
    const res = await attempt(await record(4));
    expect(res.analysis.delivery).toMatchObject({ measured: true, fillersTrusted: false });
    expect(deliveryDim(res.analysis)?.reason).toContain('filler count is a lower bound');
  });

  it('estimates pace from the recording length when there is no engine (typed transcript)', async () => {
    await start(undefined);
    const rec = await record(20, false);
    const typed = await inject({ method: 'PUT', url: `/api/recordings/${rec}/transcript`, payload: { text: ANSWER } });
    expect(typed.statusCode).toBe(200);
    const res = await attempt(rec);
    // 93 words in 20 s: measured from the recording, far too fast.
    expect(res.analysis.delivery).toMatchObject({ measured: true, seconds: 20, fillersTrusted: true });
    expect(codes(res.analysis)).toContain('pace-fast');
    expect(codes(res.analysis)).not.toContain('long-pauses');
  });

  it('refuses an unknown recording or one of another user with 404 RECORDING_NOT_FOUND, storing nothing', async () => {
    const s = await start({ keepsFillers: true });
    const missing = await inject({ method: 'POST', url: '/api/attempts', payload: { questionId: QUESTION, answer: ANSWER, recordingId: 'nope' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'RECORDING_NOT_FOUND' } });
    expect(JSON.stringify(missing.json())).toContain('nope');

    await s.store.users.add({ id: 'someone-else', name: 'Someone else', role: 'candidate', createdAt: '2026-01-01T00:00:00.000Z' });
    await s.store.recordings.add(
      { id: 'theirs', userId: 'someone-else', attemptId: undefined, questionId: QUESTION, mimeType: 'audio/webm', durationSec: 30, transcript: null, createdAt: '2026-01-01T00:00:00.000Z' },
      new Uint8Array([1, 2, 3]),
    );
    const other = await inject({ method: 'POST', url: '/api/attempts', payload: { questionId: QUESTION, answer: ANSWER, recordingId: 'theirs' } });
    expect(other.statusCode).toBe(404);
    expect((await inject({ method: 'GET', url: '/api/attempts' })).json()).toEqual([]);
    expect((await s.store.recordings.get('someone-else', 'theirs'))?.attemptId).toBeUndefined();

    const bad = await inject({ method: 'POST', url: '/api/attempts', payload: { questionId: QUESTION, answer: ANSWER, recordingId: '' } });
    expect(bad.statusCode).toBe(400);
  });
});

describe('POST /api/analyze with a recording', () => {
  it('uses the measured delivery without storing or linking anything', async () => {
    await start({ keepsFillers: true });
    timing = { each: 0.2, gapEvery: 0, gap: 0 };
    const rec = await record(4);
    const res = await inject({ method: 'POST', url: '/api/analyze', payload: { questionId: QUESTION, answer: ANSWER, recordingId: rec } });
    expect(res.statusCode).toBe(200);
    const analysis = res.json() as BehavioralAnalysis;
    expect(analysis.delivery.measured).toBe(true);
    expect(codes(analysis)).toContain('pace-fast');
    expect((await inject({ method: 'GET', url: `/api/recordings/${rec}` })).json()).toMatchObject({ attemptId: null });

    const missing = await inject({ method: 'POST', url: '/api/analyze', payload: { answer: ANSWER, recordingId: 'nope' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { code: 'RECORDING_NOT_FOUND' } });
  });
});
