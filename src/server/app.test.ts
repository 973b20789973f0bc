import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../test/support/server.js';
import { LOCAL_USER_ID } from '../store/index.js';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer({ bodyLimit: 64 * 1024, newId: (() => { let n = 0; return () => `id-${++n}`; })() });
});
afterEach(async () => {
  await t.close();
});

function expectError(res: { statusCode: number; json: () => unknown }, status: number, code: string): string {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
  return body.error.message;
}

describe('health and questions', () => {
  it('answers health', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, database: 'sqlite' });
  });

  it('lists and filters questions, and finds one by id', async () => {
    const all = (await t.app.inject({ url: '/api/questions' })).json() as { id: string }[];
    expect(all.length).toBe(t.pack.questions.length);
    const courage = (await t.app.inject({ url: '/api/questions?value=courage&q=director' })).json() as { id: string }[];
    expect(courage.map((q) => q.id)).toEqual(['courage-challenged-senior']);
    const none = (await t.app.inject({ url: '/api/questions?q=zebra' })).json() as unknown[];
    expect(none).toEqual([]);
    const one = await t.app.inject({ url: '/api/questions/courage-challenged-senior' });
    expect(one.json()).toMatchObject({ id: 'courage-challenged-senior', values: ['courage'] });
  });

  it('rejects unknown ids and bad filters with the error body', async () => {
    expectError(await t.app.inject({ url: '/api/questions/nope' }), 404, 'QUESTION_NOT_FOUND');
    const msg = expectError(await t.app.inject({ url: '/api/questions?role=astronaut' }), 400, 'VALIDATION_FAILED');
    expect(msg).toContain('role');
    expectError(await t.app.inject({ url: '/api/nothing-here' }), 404, 'NOT_FOUND');
  });

  it('serves the OpenAPI document with the routes', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/questions', '/api/questions/{id}', '/api/analyze', '/api/attempts']));
    const docs = await t.app.inject({ url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("default-src 'self'");
  });
});

describe('malformed requests', () => {
  it('rejects bad JSON with 400 BAD_JSON', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/analyze', headers: { 'content-type': 'application/json' }, payload: '{"answer": "x",' });
    expectError(res, 400, 'BAD_JSON');
  });

  it('rejects wrong types naming the field', async () => {
    const msg = expectError(await t.app.inject({ method: 'POST', url: '/api/analyze', payload: { answer: 42 } }), 400, 'VALIDATION_FAILED');
    expect(msg).toContain('answer');
    expectError(await t.app.inject({ method: 'POST', url: '/api/analyze', payload: [1, 2] }), 400, 'VALIDATION_FAILED');
    expectError(await t.app.inject({ method: 'POST', url: '/api/analyze', payload: { answer: 'ok', extra: true } }), 400, 'VALIDATION_FAILED');
  });

  it('rejects an empty body, a non-JSON content type and an oversized body', async () => {
    expectError(await t.app.inject({ method: 'POST', url: '/api/analyze', headers: { 'content-type': 'application/json' }, payload: '' }), 400, 'EMPTY_BODY');
    expectError(await t.app.inject({ method: 'POST', url: '/api/analyze', headers: { 'content-type': 'application/xml' }, payload: '<a/>' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    const big = JSON.stringify({ answer: 'x'.repeat(70 * 1024) });
    expectError(await t.app.inject({ method: 'POST', url: '/api/analyze', headers: { 'content-type': 'application/json' }, payload: big }), 413, 'BODY_TOO_LARGE');
  });

  it('rejects an unknown question id in analyze and attempts', async () => {
    expectError(await t.app.inject({ method: 'POST', url: '/api/analyze', payload: { questionId: 'nope', answer: 'hi' } }), 404, 'QUESTION_NOT_FOUND');
    expectError(await t.app.inject({ method: 'POST', url: '/api/attempts', payload: { questionId: 'nope', answer: 'hi' } }), 404, 'QUESTION_NOT_FOUND');
    expect(await t.store.attempts.count(LOCAL_USER_ID)).toBe(0);
  });
});

describe('attempts', () => {
  it('stores the attempt before answering and lists it newest first', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/attempts', payload: { questionId: 'courage-challenged-senior', answer: 'I pushed back on the plan.', durationSeconds: 80 } });
    expect(res.statusCode).toBe(201);
    const body = res.json() as { id: string; analysis: { score: number } };
    expect(body.id).toBe('id-1');
    const stored = await t.store.attempts.get(LOCAL_USER_ID, body.id);
    expect(stored?.analysis).toEqual(body.analysis);
    expect(stored?.meta).toMatchObject({ durationSeconds: 80, round: 'behavioral' });
    await t.app.inject({ method: 'POST', url: '/api/attempts', payload: { questionId: 'courage-challenged-senior', answer: 'Second.', followUpOf: 'id-1' } });
    const list = (await t.app.inject({ url: '/api/attempts' })).json() as { id: string; kind: string }[];
    expect(list.map((a) => a.id).sort()).toEqual(['id-1', 'id-2']);
    expect(list.find((a) => a.id === 'id-2')?.kind).toBe('follow-up');
    expect((await t.app.inject({ url: '/api/attempts/id-1' })).json()).toMatchObject({ id: 'id-1', questionId: 'courage-challenged-senior' });
    expectError(await t.app.inject({ url: '/api/attempts/zzz' }), 404, 'ATTEMPT_NOT_FOUND');
  });

  it('refuses a follow-up of an attempt that does not exist', async () => {
    expectError(await t.app.inject({ method: 'POST', url: '/api/attempts', payload: { questionId: 'courage-challenged-senior', answer: 'x', followUpOf: 'ghost' } }), 404, 'ATTEMPT_NOT_FOUND');
  });
});

describe('attempts with the real analysis', () => {
  it('judges a follow-up answer as a second turn, not as a whole story', async () => {
    const { createAnalyzer } = await import('./analyzer.js');
    const real = await startTestServer({ analyze: createAnalyzer(t.pack) });
    try {
      const story =
        'Last year our director wanted to ship a caching layer a week before launch. I owned the service it touched. I pushed back with error-budget data and a one-page risk note. We delayed two weeks and launched with zero incidents.';
      const first = (await real.app.inject({ method: 'POST', url: '/api/attempts', payload: { questionId: 'courage-challenged-senior', answer: story } })).json() as { id: string };
      const reply = 'Next time I would raise the risk a week earlier, because the early warning made the trade-off easy.';
      const asFollowUp = (await real.app.inject({ method: 'POST', url: '/api/attempts', payload: { questionId: 'courage-challenged-senior', answer: reply, followUpOf: first.id } })).json() as {
        analysis: { flags: { code: string }[] };
      };
      const asStory = (await real.app.inject({ method: 'POST', url: '/api/analyze', payload: { questionId: 'courage-challenged-senior', answer: reply } })).json() as { flags: { code: string }[] };
      const codes = (a: { flags: { code: string }[] }) => a.flags.map((f) => f.code);
      expect(codes(asStory)).toContain('missing-situation');
      expect(codes(asFollowUp.analysis)).not.toContain('missing-situation');
    } finally {
      await real.close();
    }
  });
});
