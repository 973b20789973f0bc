import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PACK_DIR, withShippedProblems } from '../../../test/judge/helpers.js';
import { loadTestPack, startTestServer, type TestServer } from '../../../test/support/server.js';
import { createJudge, loadProblem } from '../../judge/index.js';

let server: TestServer;
const ttl = await loadProblem(PACK_DIR, 'ttl-cache');

beforeAll(async () => {
  const pack = await withShippedProblems(await loadTestPack());
  server = await startTestServer({ pack, judge: createJudge({ workers: 2, prestart: true }) });
});
afterAll(async () => server.close());

describe('coding routes', () => {
  it('lists the problems and shows one without its reference or hidden tests', async () => {
    const list = await server.app.inject({ method: 'GET', url: '/api/problems' });
    expect(list.statusCode).toBe(200);
    expect((list.json() as { id: string }[]).map((p) => p.id)).toContain('ttl-cache');
    const one = await server.app.inject({ method: 'GET', url: '/api/problems/ttl-cache' });
    const body = one.json() as Record<string, unknown>;
    expect(body).toMatchObject({ id: 'ttl-cache', entry: { kind: 'class', name: 'TtlCache' }, hiddenTests: 16 });
    expect(body.followUps).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain('heap');
    expect((body.examples as { lines: string[] }[])[0]?.lines).toContain('t=10  get("a") → 1');
  });

  it('runs the public tests and stores the run as a coding attempt', async () => {
    const res = await server.app.inject({ method: 'POST', url: '/api/judge', payload: { problemId: 'ttl-cache', code: ttl.sources.buggy['falsy-miss'] } });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { verdict: string; total: number; attemptId: string; reveal?: unknown; mode: string };
    expect(body).toMatchObject({ verdict: 'wrong-answer', total: 5, mode: 'run' });
    expect(body.reveal).toBeUndefined();
    const attempt = await server.app.inject({ method: 'GET', url: `/api/attempts/${body.attemptId}` });
    expect(attempt.json()).toMatchObject({ kind: 'coding', questionId: 'ttl-cache', meta: { mode: 'run', verdict: 'wrong-answer' } });
  });

  it('submits against every test and reveals the reference, follow-ups and the explanation analysis', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/judge',
      payload: { problemId: 'ttl-cache', code: ttl.sources.reference, mode: 'submit', explanation: 'A map plus a min-heap: get is O(1) time, set is O(log n), O(n) space.' },
    });
    const body = res.json() as { verdict: string; total: number; reveal: { reference: string; followUps: string[] }; explanation: { time: { stated: string } } };
    expect(body.verdict).toBe('accepted');
    expect(body.total).toBe(21);
    expect(body.reveal.reference).toContain('export class TtlCache');
    expect(body.reveal.followUps.length).toBeGreaterThanOrEqual(2);
    expect(body.explanation.time.stated).toBe('O(1)');
  });

  it('rejects unknown problems and malformed bodies with 4xx', async () => {
    const unknown = await server.app.inject({ method: 'POST', url: '/api/judge', payload: { problemId: 'nope', code: 'x' } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'PROBLEM_NOT_FOUND' } });
    const bad = await server.app.inject({ method: 'POST', url: '/api/judge', payload: { problemId: 'ttl-cache', code: 42 } });
    expect(bad.statusCode).toBe(400);
    const mode = await server.app.inject({ method: 'POST', url: '/api/judge', payload: { problemId: 'ttl-cache', code: '', mode: 'fast' } });
    expect(mode.statusCode).toBe(400);
  });

  it('analyses an explanation on its own', async () => {
    const res = await server.app.inject({ method: 'POST', url: '/api/coding/explain', payload: { problemId: 'ttl-cache', text: 'Constant time get; a sweep would be simpler but scans everything.' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ time: { stated: 'O(1)' } });
  });

  it('judges 50 concurrent submissions over HTTP while /api/health keeps answering', async () => {
    const base = await server.app.listen({ port: 0, host: '127.0.0.1' });
    const buggy = Object.values(ttl.sources.buggy);
    const subs = Array.from({ length: 50 }, (_, i) => (i % 5 === 4 ? { code: buggy[i % buggy.length] as string, ok: false } : { code: ttl.sources.reference, ok: true }));
    let done = false;
    const health: number[] = [];
    const poll = (async () => {
      while (!done) {
        const t0 = performance.now();
        const r = await fetch(`${base}/api/health`);
        expect(r.status).toBe(200);
        expect(await r.json()).toMatchObject({ ok: true });
        health.push(performance.now() - t0);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const results = await Promise.all(
      subs.map(async (s) => {
        const r = await fetch(`${base}/api/judge`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ problemId: 'ttl-cache', code: s.code, mode: 'submit' }) });
        return ((await r.json()) as { verdict: string }).verdict;
      }),
    );
    done = true;
    await poll;
    expect(results.map((v) => v === 'accepted')).toEqual(subs.map((s) => s.ok));
    // Health kept answering throughout: typically in a few ms, never stalled behind the judging.
    expect(health.length).toBeGreaterThan(3);
    const sorted = [...health].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(250);
    expect(sorted[sorted.length - 1]).toBeLessThan(2000);
  });
});
