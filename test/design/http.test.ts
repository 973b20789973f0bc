/** POST /api/analyze and /api/attempts with a design question return and store the design analysis. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/server/analyzer.js';
import { loadTestPack, startTestServer, type TestServer } from '../support/server.js';

let t: TestServer;

beforeAll(async () => {
  const pack = await loadTestPack('content/netflix');
  t = await startTestServer({ pack, analyze: createAnalyzer(pack) });
});
afterAll(async () => {
  await t?.close();
});

const answer = '## Requirements\nMembers must start a play in two seconds.\n\nWe push content to ISP caches overnight from popularity forecasts.';

describe('design analysis over HTTP', () => {
  it('analyses an answer with its diagram for a design question id', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/analyze',
      payload: { questionId: 'design-global-cdn', answer, diagram: 'flowchart LR\n  S[Steering service] -->|ranked URLs| C[Client]' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { kind: string; rubric: { points: { id: string; covered: boolean }[] }; sentences: { source: string }[]; followUp: string };
    expect(body.kind).toBe('design');
    expect(body.rubric.points.find((p) => p.id === 'forecast-push-fill')?.covered).toBe(true);
    expect(body.rubric.points.find((p) => p.id === 'cloud-steering')?.covered).toBe(true);
    expect(body.sentences.some((s) => s.source === 'diagram')).toBe(true);
    expect(body.followUp).toBe('How does this survive losing a region?');
  });

  it('stores a design attempt with its analysis', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/attempts', payload: { questionId: 'design-rate-limiter', answer: 'A token bucket per API key in Redis; return 429 with Retry-After.', source: 'design' } });
    expect(res.statusCode).toBe(201);
    const { id, analysis } = res.json() as { id: string; analysis: { kind: string } };
    expect(analysis.kind).toBe('design');
    const stored = await t.app.inject({ url: `/api/attempts/${id}` });
    expect((stored.json() as { kind: string }).kind).toBe('design');
  });
});
