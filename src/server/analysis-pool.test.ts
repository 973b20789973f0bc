import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_400W } from '../../bench/answers.js';
import { startTestServer } from '../../test/support/server.js';
import { loadPack } from '../content/load-pack.js';
import { analyzeAnswer } from '../core/analyze.js';
import type { Pack } from '../core/pack/index.js';
import { analysisWorkersFromEnv, createAnalysisPool, type AnalysisPool } from './analysis-pool.js';
import { createAnalyzer } from './analyzer.js';

let pack: Pack;
let pool: AnalysisPool;

beforeAll(async () => {
  const loaded = await loadPack('content/netflix');
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  pack = loaded.pack;
  pool = createAnalysisPool(pack, { workers: 2 });
  await pool.ready();
}, 60_000);

afterAll(async () => {
  await pool.close();
});

function inputs(): { answer: string; question?: Pack['questions'][number]; diagram?: string; followUp?: boolean }[] {
  const design = pack.questions.find((q) => q.category === 'system-design');
  const behavioral = pack.questions.find((q) => q.category === 'behavioral');
  if (!design || !behavioral) throw new Error('the pack needs a design and a behavioral question');
  return [
    { answer: ANSWER_400W },
    { answer: ANSWER_400W, question: behavioral },
    { answer: 'I fixed it. It went well, um, I think.', question: behavioral, followUp: true },
    { answer: '', question: behavioral },
    { answer: 'We shard by user id, cache the catalogue at the edge and use a queue for writes.', question: design, diagram: 'flowchart LR\n  A[Client] --> B[CDN]\n  B --> C[API]' },
  ];
}

describe('analysis pool', () => {
  it('gives byte-identical results to inline analysis', async () => {
    for (const input of inputs()) {
      const inline = JSON.stringify(analyzeAnswer(pack, input));
      const pooled = JSON.stringify(await pool.analyze(input));
      expect(pooled).toBe(inline);
    }
  });

  it('gives the JSON text of the same analysis, and analyses a question that is not the pack\'s as it is', async () => {
    for (const input of inputs()) expect(await pool.analyzeJson(input)).toBe(JSON.stringify(analyzeAnswer(pack, input)));
    // A question object that is not the pack's (same id, other values) travels whole, not by id.
    const behavioral = pack.questions.find((q) => q.category === 'behavioral');
    const other = pack.values.find((v) => !behavioral?.values.includes(v.id));
    if (!behavioral || !other) throw new Error('the pack needs a behavioral question and a value it does not ask for');
    const changed = { ...behavioral, values: [other.id] };
    const input = { answer: ANSWER_400W, question: changed };
    const pooled = JSON.stringify(await pool.analyze(input));
    expect(pooled).toBe(JSON.stringify(analyzeAnswer(pack, input)));
    expect(pooled).not.toBe(JSON.stringify(analyzeAnswer(pack, { answer: ANSWER_400W, question: behavioral })));
  });

  it('analyses many requests at once, each getting its own result', async () => {
    const answers = Array.from({ length: 24 }, (_, i) => `${ANSWER_400W.slice(0, 200 + i * 40)} In the end we cut costs by ${i + 1}%.`);
    const results = await Promise.all(answers.map((answer) => pool.analyze({ answer })));
    expect(results.map((r) => JSON.stringify(r))).toEqual(answers.map((answer) => JSON.stringify(analyzeAnswer(pack, { answer }))));
  });

  it('fails the requests of a crashed worker, replaces it and keeps serving', async () => {
    const running = Array.from({ length: 6 }, () => pool.analyze({ answer: ANSWER_400W }));
    const settled = Promise.allSettled(running);
    expect(pool.load()).toEqual({ queued: 2, running: 4 });
    await pool.kill(0);
    const outcomes = await settled;
    const failed = outcomes.filter((o) => o.status === 'rejected');
    expect(failed.length).toBeGreaterThan(0);
    for (const o of failed) expect(String(o.reason)).toMatch(/analysis worker stopped/);
    // The replacement (and the other worker) serve every later request.
    const after = await Promise.all(Array.from({ length: 6 }, () => pool.analyze({ answer: ANSWER_400W })));
    const inline = JSON.stringify(analyzeAnswer(pack, { answer: ANSWER_400W }));
    for (const r of after) expect(JSON.stringify(r)).toBe(inline);
  }, 60_000);

  it('rejects queued and new requests once closed', async () => {
    const own = createAnalysisPool(pack, { workers: 1 });
    const queued = Array.from({ length: 4 }, () => own.analyze({ answer: ANSWER_400W }));
    const settled = Promise.allSettled(queued);
    await own.close();
    const outcomes = await settled;
    expect(outcomes.every((o) => o.status === 'rejected')).toBe(true);
    await expect(own.analyze({ answer: 'hi' })).rejects.toThrow(/closed/);
  }, 60_000);

  it('reports a worker that cannot start instead of hanging', async () => {
    const broken = createAnalysisPool({} as Pack, { workers: 1 });
    await expect(broken.ready()).rejects.toThrow(/failed to start/);
    await expect(broken.analyze({ answer: ANSWER_400W })).rejects.toThrow(/failed to start/);
    await broken.close();
  }, 30_000);

  it('reads its size from KEEPER_ANALYSIS_WORKERS', () => {
    expect(analysisWorkersFromEnv({ KEEPER_ANALYSIS_WORKERS: '0' })).toBe(0);
    expect(analysisWorkersFromEnv({ KEEPER_ANALYSIS_WORKERS: '3' })).toBe(3);
    expect(analysisWorkersFromEnv({})).toBeGreaterThanOrEqual(1);
    expect(() => analysisWorkersFromEnv({ KEEPER_ANALYSIS_WORKERS: 'many' })).toThrow(/whole number/);
  });
});

describe('the analysis endpoints on a pool', () => {
  it('answer as inline analysis does, store attempts, answer INTERNAL for a crashed worker, and close the pool with the server', async () => {
    const own = createAnalysisPool(pack, { workers: 1, perWorker: 1 });
    let closedPool = false;
    const server = await startTestServer({
      pack,
      analyze: createAnalyzer(pack),
      analyzeAsync: (input) => own.analyze(input),
      analyzeJsonAsync: (input) => own.analyzeJson(input),
      closeAnalysis: async () => {
        closedPool = true;
        await own.close();
      },
    });
    try {
      const question = pack.questions.find((q) => q.category === 'behavioral');
      if (!question) throw new Error('no behavioral question');
      const res = await server.app.inject({ method: 'POST', url: '/api/analyze', payload: { answer: ANSWER_400W, questionId: question.id } });
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(JSON.stringify(analyzeAnswer(pack, { answer: ANSWER_400W, question })));
      // The worker's JSON text is sent as it is, with the content type Fastify gives serialised JSON.
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));

      const saved = await server.app.inject({ method: 'POST', url: '/api/attempts', payload: { answer: ANSWER_400W, questionId: question.id } });
      expect(saved.statusCode).toBe(201);
      const { id, analysis } = saved.json<{ id: string; analysis: { score: number } }>();
      const stored = await server.app.inject({ method: 'GET', url: `/api/attempts/${id}` });
      expect(stored.json<{ score: number }>().score).toBe(analysis.score);

      const bad = await server.app.inject({ method: 'POST', url: '/api/analyze', payload: { answer: 42 } });
      expect(bad.statusCode).toBe(400);

      const inflight = server.app.inject({ method: 'POST', url: '/api/analyze', payload: { answer: ANSWER_400W } });
      while (own.load().running === 0) await new Promise((r) => setImmediate(r));
      await own.kill(0);
      const crashed = await inflight;
      expect(crashed.statusCode).toBe(500);
      expect(crashed.json<{ error: { code: string } }>().error.code).toBe('INTERNAL');
      const again = await server.app.inject({ method: 'POST', url: '/api/analyze', payload: { answer: ANSWER_400W } });
      expect(again.statusCode).toBe(200);
    } finally {
      await server.close();
    }
    expect(closedPool).toBe(true);
    await expect(own.analyze({ answer: 'hi' })).rejects.toThrow(/closed/);
  }, 60_000);
});
