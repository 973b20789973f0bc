import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { fixturePack } from '../../core/readiness/fixture-pack.js';
import { fakeAnalyzeBehavioral } from '../../core/stories/fake-analyzer.js';
import { LOCAL_USER_ID } from '../../store/index.js';

const DAY = 86_400_000;
let clock = Date.UTC(2025, 2, 1, 10);
let t: TestServer;
const pack = fixturePack();

beforeEach(async () => {
  clock = Date.UTC(2025, 2, 1, 10);
  let n = 0;
  t = await startTestServer({
    pack,
    now: () => new Date(clock),
    newId: () => `id-${++n}`,
    analyze: ({ answer, question }) => ({ ...fakeAnalyzeBehavioral(answer, { pack, question }) }),
  });
});
afterEach(async () => {
  await t.close();
});

const story = {
  title: 'Pushed back on the cache launch',
  situation: 'At Acme our director wanted a risky cache a week before launch.',
  task: 'I owned the playback service it touched.',
  action: 'I showed courage and wrote a one-page risk note.',
  result: 'As a result we delayed two weeks and cut incidents by 40%.',
  tags: ['courage'],
};

async function addAttempt(id: string, questionId: string, score: number, daysAgo: number, extra: Record<string, unknown> = {}) {
  await t.store.attempts.add({
    id,
    userId: LOCAL_USER_ID,
    kind: 'behavioral',
    questionId,
    answer: 'An answer.',
    analysis: { kind: 'behavioral', score, dimensions: [{ name: 'structure', score: score > 60 ? 3 : 2 }], values: [], flags: [] },
    score,
    meta: {},
    createdAt: new Date(clock - daysAgo * DAY).toISOString(),
    ...extra,
  });
}

function expectError(res: { statusCode: number; json: () => unknown }, status: number, code: string): void {
  expect(res.statusCode).toBe(status);
  const body = res.json() as { error: { code: string; message: string } };
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
}

describe('story bank API', () => {
  it('adds a story, assesses it, and the matrix changes', async () => {
    const empty = (await t.app.inject({ url: '/api/stories' })).json();
    expect(empty.stories).toEqual([]);
    expect(empty.matrix.gaps.map((g: { value: string }) => g.value)).toEqual(['courage', 'candor', 'judgment']);

    const res = await t.app.inject({ method: 'POST', url: '/api/stories', payload: story });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created.story).toMatchObject({ id: 'id-1', title: story.title, tags: ['courage'] });
    expect(created.assessment).toMatchObject({ strong: true, missing: [], values: [{ value: 'courage', tagged: true }] });

    await t.app.inject({ method: 'POST', url: '/api/stories', payload: { ...story, title: 'Second' } });
    const after = (await t.app.inject({ url: '/api/stories' })).json();
    expect(after.matrix.values[0]).toMatchObject({ id: 'courage', strong: 2, status: 'covered' });
    expect(after.matrix.covered).toBe(1);
  });

  it('validates input, suggests without saving, updates and deletes', async () => {
    expectError(await t.app.inject({ method: 'POST', url: '/api/stories', payload: { title: '' } }), 400, 'VALIDATION_FAILED');
    const draft = (await t.app.inject({ method: 'POST', url: '/api/stories/analyze', payload: { ...story, result: '', tags: [] } })).json();
    expect(draft).toMatchObject({ strong: false, missing: ['result'], suggestedTags: ['courage'] });
    expect((await t.app.inject({ url: '/api/stories' })).json().stories).toEqual([]);

    const { story: s } = (await t.app.inject({ method: 'POST', url: '/api/stories', payload: story })).json();
    clock += 1000;
    const put = await t.app.inject({ method: 'PUT', url: `/api/stories/${s.id}`, payload: { ...story, result: '' } });
    expect(put.statusCode).toBe(200);
    expect(put.json().assessment.missing).toEqual(['result']);
    expect(put.json().story.updatedAt).not.toBe(s.updatedAt);
    expect((await t.app.inject({ url: `/api/stories/${s.id}` })).json()).toMatchObject({ story: { id: s.id }, attempts: [] });
    expect((await t.app.inject({ method: 'DELETE', url: `/api/stories/${s.id}` })).statusCode).toBe(204);
    expectError(await t.app.inject({ url: `/api/stories/${s.id}` }), 404, 'RESOURCE_NOT_FOUND');
    expectError(await t.app.inject({ method: 'PUT', url: '/api/stories/nope', payload: story }), 404, 'RESOURCE_NOT_FOUND');
  });

  it('links attempts to a story and warns about overuse in a loop', async () => {
    const { story: s } = (await t.app.inject({ method: 'POST', url: '/api/stories', payload: story })).json();
    const posted = await t.app.inject({ method: 'POST', url: '/api/attempts', payload: { questionId: 'b1', answer: 'I showed courage. As a result 40% fewer incidents.', storyId: s.id } });
    expect(posted.statusCode).toBe(201);
    for (const q of ['b2', 'b3', 'hm1']) await addAttempt(`loop-${q}`, q, 70, 0, { meta: { storyId: s.id, sessionId: 'mock-1' } });
    const bank = (await t.app.inject({ url: '/api/stories' })).json();
    expect(bank.stories[0].uses).toBe(4);
    expect(bank.warnings.map((w: { scope: string }) => w.scope)).toContain('loop');
    expect((await t.app.inject({ url: `/api/stories/${s.id}` })).json().attempts).toHaveLength(4);
  });
});

describe('progress, readiness and reviews API', () => {
  it('empty history: not enough data, empty series, nothing due', async () => {
    const r = (await t.app.inject({ url: '/api/readiness' })).json();
    expect(r.loop).toEqual({ id: 'swe', title: 'SWE' });
    expect(r.readiness.overall.status).toBe('not-enough-data');
    expect(r.checklist.done).toBe(0);
    const p = (await t.app.inject({ url: '/api/progress' })).json();
    expect(p).toMatchObject({ attempts: 0, dimensions: { keys: [], points: [] }, coding: { attempts: 0 } });
    expect((await t.app.inject({ url: '/api/reviews' })).json()).toMatchObject({ due: [], upcoming: [], total: 0 });
  });

  it('attempts move readiness and series; weak ones come back due', async () => {
    await addAttempt('a1', 'b1', 30, 3);
    await addAttempt('a2', 'b2', 80, 1);
    await addAttempt('a3', 'b3', 90, 0);
    const r = (await t.app.inject({ url: '/api/readiness' })).json();
    const behavioral = r.readiness.rounds.find((x: { round: string }) => x.round === 'behavioral');
    expect(behavioral).toMatchObject({ status: 'ok', attempts: 3 });
    expect(behavioral.score).toBeGreaterThan(60);

    const p = (await t.app.inject({ url: '/api/progress' })).json();
    expect(p.attempts).toBe(3);
    expect(p.rounds.points).toHaveLength(3);
    expect(p.dimensions.keys).toEqual(['structure']);

    const reviews = (await t.app.inject({ url: '/api/reviews' })).json();
    expect(reviews.due.map((d: { questionId: string }) => d.questionId)).toEqual(['b1']);
    expect(reviews.due[0]).toMatchObject({ title: 'Question b1?', lastScore: 30, lastRating: 'again' });

    expect((await t.app.inject({ method: 'PUT', url: '/api/reviews/b1', payload: { action: 'snooze', days: 3 } })).json()).toEqual({ ok: true });
    expect((await t.app.inject({ url: '/api/reviews' })).json().due).toEqual([]);
    expectError(await t.app.inject({ method: 'PUT', url: '/api/reviews/b1', payload: { action: 'snooze', days: 0 } }), 400, 'VALIDATION_FAILED');
    await t.app.inject({ method: 'PUT', url: '/api/reviews/b1', payload: { action: 'reset' } });
    expect((await t.app.inject({ url: '/api/reviews' })).json().due).toHaveLength(1);
  });

  it('filters attempts and gives a per-question history', async () => {
    await addAttempt('a1', 'b1', 30, 3);
    await addAttempt('a2', 'b1', 70, 1);
    await addAttempt('a3', 'd1', 90, 0, { kind: 'design' });
    const all = (await t.app.inject({ url: '/api/progress/attempts' })).json();
    expect(all.items.map((i: { id: string }) => i.id)).toEqual(['a3', 'a2', 'a1']);
    expect((await t.app.inject({ url: '/api/progress/attempts?round=system-design' })).json().total).toBe(1);
    expect((await t.app.inject({ url: '/api/progress/attempts?minScore=50&questionId=b1' })).json().items.map((i: { id: string }) => i.id)).toEqual(['a2']);
    expect((await t.app.inject({ url: '/api/progress/attempts?to=2025-02-26' })).json().items.map((i: { id: string }) => i.id)).toEqual(['a1']);
    expectError(await t.app.inject({ url: '/api/progress/attempts?from=yesterday' }), 400, 'VALIDATION_FAILED');
    expectError(await t.app.inject({ url: '/api/progress/attempts?round=lunch' }), 400, 'VALIDATION_FAILED');
    const h = (await t.app.inject({ url: '/api/progress/questions/b1' })).json();
    expect(h).toMatchObject({ questionId: 'b1', title: 'Question b1?', best: 70, latest: 70, change: 40 });
  });

  it('checklist: manual ticks, unknown items, auto progress', async () => {
    const c = (await t.app.inject({ method: 'PUT', url: '/api/checklist/memo', payload: { done: true } })).json();
    expect(c.items.find((i: { id: string }) => i.id === 'memo')).toMatchObject({ done: true, source: 'manual' });
    const cleared = (await t.app.inject({ method: 'PUT', url: '/api/checklist/memo', payload: { done: null } })).json();
    expect(cleared.items.find((i: { id: string }) => i.id === 'memo').done).toBe(false);
    expectError(await t.app.inject({ method: 'PUT', url: '/api/checklist/nope', payload: { done: true } }), 404, 'RESOURCE_NOT_FOUND');
    expectError(await t.app.inject({ method: 'PUT', url: '/api/checklist/memo', payload: { done: 'yes' } }), 400, 'VALIDATION_FAILED');
  });
});

describe('plan API and dashboard', () => {
  it('sets the date, lays out the plan, ticks tasks and exports .ics', async () => {
    expect((await t.app.inject({ url: '/api/plan' })).json()).toMatchObject({ preparation: null, plan: null });
    expectError(await t.app.inject({ url: '/api/plan.ics' }), 409, 'CONFLICT');
    expectError(await t.app.inject({ method: 'PUT', url: '/api/plan', payload: { interviewDate: '2025-02-30', role: 'swe' } }), 400, 'VALIDATION_FAILED');
    expectError(await t.app.inject({ method: 'PUT', url: '/api/plan', payload: { interviewDate: '2025-02-01', role: 'swe' } }), 400, 'VALIDATION_FAILED');

    const set = (await t.app.inject({ method: 'PUT', url: '/api/plan', payload: { interviewDate: '2025-05-01', role: 'swe', level: 'L5' } })).json();
    expect(set.preparation).toMatchObject({ interviewDate: '2025-05-01', startDate: '2025-03-01' });
    expect(set.plan).toMatchObject({ status: 'ok', horizon: '8-weeks', daysLeft: 61, done: 0 });

    const ticked = (await t.app.inject({ method: 'PUT', url: '/api/plan/tasks', payload: { key: 'eight/values', done: true } })).json();
    expect(ticked.plan.done).toBe(1);
    expectError(await t.app.inject({ method: 'PUT', url: '/api/plan/tasks', payload: { key: 'nope', done: true } }), 404, 'RESOURCE_NOT_FOUND');

    // Weeks later the horizon stays the one chosen on the start date.
    clock += 40 * DAY;
    expect((await t.app.inject({ url: '/api/plan' })).json().plan).toMatchObject({ horizon: '8-weeks', daysLeft: 21 });

    const ics = await t.app.inject({ url: '/api/plan.ics' });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    expect(ics.headers['content-disposition']).toContain('interview-plan-2025-05-01.ics');
    const events = new ICAL.Component(ICAL.parse(ics.body)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.length).toBe(ticked.plan.total + 1);
    expect(events.find((e) => e.uid.startsWith('eight.values.'))?.summary).toBe('✓ Task values');
  });

  it('dashboard: countdown, readiness, due, next practice, recent results', async () => {
    await t.app.inject({ method: 'PUT', url: '/api/plan', payload: { interviewDate: '2025-03-11', role: 'swe' } });
    await addAttempt('a1', 'b1', 30, 2);
    const d = (await t.app.inject({ url: '/api/dashboard?tz=60' })).json();
    expect(d.countdown).toEqual({ interviewDate: '2025-03-11', daysLeft: 10, status: 'ok' });
    expect(d.readiness.overall.status).toBe('not-enough-data');
    expect(d.due.map((x: { questionId: string }) => x.questionId)).toEqual(['b1']);
    expect(d.next[0]).toMatchObject({ kind: 'review', questionId: 'b1' });
    expect(d.recent.map((x: { id: string }) => x.id)).toEqual(['a1']);
    expect(d.plan).toMatchObject({ horizon: '1-week' });
    expect(d.stories).toEqual({ count: 0, covered: 0, total: 3, warnings: 0 });
    expectError(await t.app.inject({ url: '/api/dashboard?tz=5000' }), 400, 'VALIDATION_FAILED');
  });

  it('documents every endpoint in OpenAPI', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, unknown> };
    for (const p of ['/api/stories', '/api/stories/{id}', '/api/stories/analyze', '/api/progress', '/api/progress/attempts', '/api/progress/questions/{id}', '/api/readiness', '/api/checklist', '/api/checklist/{id}', '/api/reviews', '/api/reviews/{questionId}', '/api/dashboard', '/api/plan', '/api/plan/tasks', '/api/plan.ics']) {
      expect(doc.paths, p).toHaveProperty([p]);
    }
  });
});
