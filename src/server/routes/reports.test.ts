import type { InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test/support/server.js';
import { LOCAL_USER_ID } from '../../store/index.js';
import { DELETE_CONFIRMATION } from './reports.js';

let server: TestServer;
let clock = Date.parse('2026-11-10T09:00:00.000Z');
let seq = 0;

beforeEach(async () => {
  clock = Date.parse('2026-11-10T09:00:00.000Z');
  seq = 0;
  server = await startTestServer({ now: () => new Date((clock += 1000)), newId: () => `id${++seq}` });
});
afterEach(async () => server.close());

const inject = (opts: InjectOptions) => server.app.inject(opts);

/** A profile with something of every kind a user owns. */
async function seed(): Promise<{ attemptId: string }> {
  const a1 = await inject({ method: 'POST', url: '/api/attempts', payload: { questionId: 'courage-challenged-senior', answer: 'I disagreed with my director about the launch and showed the data.' } });
  expect(a1.statusCode).toBe(201);
  await inject({ method: 'POST', url: '/api/attempts', payload: { questionId: 'courage-challenged-senior', answer: 'Second try with a clearer result: zero incidents.', durationSeconds: 95 } });
  const story = await inject({ method: 'POST', url: '/api/stories', payload: { title: 'The cache rollout', situation: 'A risky launch.', action: 'I brought data.', result: 'Zero incidents.', tags: ['courage'] } });
  expect(story.statusCode).toBeLessThan(300);
  const { store } = server;
  await store.settings.set(LOCAL_USER_ID, 'recordings.retentionDays', 30, new Date(clock));
  await store.settings.set(LOCAL_USER_ID, 'preparation', { interviewDate: '2026-12-01', role: 'swe', startDate: '2026-11-10' }, new Date(clock));
  await store.progress.setTick(LOCAL_USER_ID, 'checklist', 'two-stories', true, '2026-11-10T09:00:00.000Z');
  await store.progress.setOverride(LOCAL_USER_ID, { questionId: 'courage-challenged-senior', dropped: false, snoozedUntil: '2026-11-20T00:00:00.000Z', at: '2026-11-10T09:00:00.000Z' });
  await store.loops.add({
    id: 'loop1',
    userId: LOCAL_USER_ID,
    loopId: 'swe-l5',
    title: 'Senior Software Engineer (L5)',
    role: 'swe',
    level: 'L5',
    phase: 'ready',
    decision: undefined,
    state: { version: 1, id: 'loop1', phase: 'ready', rounds: [] },
    revision: 1,
    createdAt: '2026-11-10T09:00:00.000Z',
    updatedAt: '2026-11-10T09:00:00.000Z',
  });
  const attemptId = (a1.json() as { id: string }).id;
  await store.recordings.add(
    { id: 'rec1', userId: LOCAL_USER_ID, attemptId, questionId: 'courage-challenged-senior', mimeType: 'audio/webm', durationSec: 4.2, transcript: { text: 'hello', words: [] }, createdAt: '2026-11-10T09:00:05.000Z' },
    new Uint8Array([1, 2, 3, 4, 5]),
    new Uint8Array([82, 73, 70, 70]),
  );
  return { attemptId };
}

async function exportAll(): Promise<Record<string, unknown>> {
  const res = await inject({ method: 'GET', url: '/api/export?recordings=1' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-disposition']).toMatch(/attachment; filename="keeper-export-\d{4}-\d\d-\d\d\.json"/);
  const { exportedAt: _e, ...rest } = res.json() as Record<string, unknown>;
  return rest;
}

describe('export, delete my data, import', () => {
  it('restores an identical profile', async () => {
    await seed();
    const before = await exportAll();
    expect((before.attempts as unknown[]).length).toBe(2);
    expect((before.stories as unknown[]).length).toBe(1);
    expect((before.loops as unknown[]).length).toBe(1);
    expect((before.recordings as unknown[]).length).toBe(1);
    expect(before.plan).toMatchObject({ preparation: { interviewDate: '2026-12-01' }, ticks: { checklist: { 'two-stories': true } } });
    expect(before.settings).toEqual({ 'recordings.retentionDays': 30 });

    const refused = await inject({ method: 'DELETE', url: '/api/data', payload: { confirm: 'yes' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain(DELETE_CONFIRMATION);
    expect(((await exportAll()).attempts as unknown[]).length).toBe(2);

    const deleted = await inject({ method: 'DELETE', url: '/api/data', payload: { confirm: DELETE_CONFIRMATION } });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json().deleted).toEqual({ attempts: 2, loops: 1, progress: 3, settings: 2, recordings: 1 });
    const empty = await exportAll();
    expect(empty).toMatchObject({ attempts: [], loops: [], stories: [], plan: null, settings: {}, recordings: [] });
    expect(server.store.recordings.paths({ id: 'rec1', userId: LOCAL_USER_ID }).media).toBeTruthy();
    expect(await server.store.recordings.readMedia({ id: 'rec1', userId: LOCAL_USER_ID })).toBeUndefined();

    const imported = await inject({ method: 'POST', url: '/api/import', payload: { ...before, exportedAt: '2026-11-10T10:00:00.000Z' } });
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ added: { attempts: 2, loops: 1, stories: 1, recordings: 1 }, plan: 'set', settings: 'set' });
    expect(await exportAll()).toEqual(before);
    expect(await server.store.recordings.readMedia({ id: 'rec1', userId: LOCAL_USER_ID })).toEqual(new Uint8Array([1, 2, 3, 4, 5]));

    // Importing the same archive again changes nothing.
    const again = await inject({ method: 'POST', url: '/api/import', payload: { ...before, exportedAt: '2026-11-10T10:00:00.000Z' } });
    expect(again.json()).toMatchObject({ added: { attempts: 0, loops: 0, stories: 0, recordings: 0 }, message: 'nothing new added; 5 already there.' });
    expect(await exportAll()).toEqual(before);
  });

  it('refuses a corrupted or hand-edited archive with the path that is wrong, and changes nothing', async () => {
    await seed();
    const before = await exportAll();
    const edited = structuredClone({ ...before, exportedAt: '2026-11-10T10:00:00.000Z' }) as Record<string, unknown>;
    (edited.attempts as Record<string, unknown>[])[1]!.createdAt = 'last tuesday';
    (edited.attempts as Record<string, unknown>[]).push({ id: 'new-one', questionId: 'q', answer: 'x', createdAt: '2026-11-10T10:00:00.000Z' });
    const res = await inject({ method: 'POST', url: '/api/import', payload: edited });
    expect(res.statusCode).toBe(400);
    const body = res.json() as { error: { code: string; message: string; details: { path: string }[] } };
    expect(body.error.code).toBe('INVALID_ARCHIVE');
    expect(body.error.message).toContain('attempts[1].createdAt: expected an ISO date-time');
    expect(body.error.message).toContain('nothing was imported');
    expect(body.error.details.map((d) => d.path)).toContain('attempts[1].createdAt');
    expect(await exportAll()).toEqual(before);

    const truncated = await inject({ method: 'POST', url: '/api/import', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(before).slice(0, 200) });
    expect(truncated.statusCode).toBe(400);
    const wrongFormat = await inject({ method: 'POST', url: '/api/import', payload: { format: 'something', version: 1 } });
    expect(wrongFormat.json().error.message).toContain('not a Keeper archive');
    const badLoop = structuredClone({ ...before, exportedAt: '2026-11-10T10:00:00.000Z' }) as Record<string, unknown>;
    (badLoop.loops as Record<string, unknown>[])[0]!.id = 'loop2';
    (badLoop.loops as Record<string, unknown>[])[0]!.state = { version: 7 };
    const loopRes = await inject({ method: 'POST', url: '/api/import', payload: badLoop });
    expect(loopRes.statusCode).toBe(400);
    expect(loopRes.json().error.message).toContain('loops[0].state.version');
    expect(await exportAll()).toEqual(before);
  });

  it('merges into an existing profile and offers a dry run', async () => {
    await seed();
    const before = await exportAll();
    await inject({ method: 'DELETE', url: '/api/data', payload: { confirm: DELETE_CONFIRMATION } });
    await inject({ method: 'POST', url: '/api/attempts', payload: { questionId: 'courage-challenged-senior', answer: 'A new answer after the wipe.' } });
    const dry = await inject({ method: 'POST', url: '/api/import?dryRun=1', payload: { ...before, exportedAt: '2026-11-10T10:00:00.000Z' } });
    expect(dry.json()).toMatchObject({ dryRun: true, added: { attempts: 2 } });
    expect(((await exportAll()).attempts as unknown[]).length).toBe(1);
    await inject({ method: 'POST', url: '/api/import', payload: { ...before, exportedAt: '2026-11-10T10:00:00.000Z' } });
    expect(((await exportAll()).attempts as unknown[]).length).toBe(3);
  });

  it('exports stories as Markdown', async () => {
    await seed();
    const res = await inject({ method: 'GET', url: '/api/export/stories.md' });
    expect(res.headers['content-type']).toContain('text/markdown');
    expect(res.body).toContain('## The cache rollout');
    expect(res.body).toContain('**Result.** Zero incidents.');
  });
});

describe('PDF reports', () => {
  it('renders an attempt and the progress summary as PDF downloads', async () => {
    const { attemptId } = await seed();
    const attempt = await inject({ method: 'GET', url: `/api/reports/attempts/${attemptId}.pdf` });
    expect(attempt.statusCode).toBe(200);
    expect(attempt.headers['content-type']).toBe('application/pdf');
    expect(attempt.headers['content-disposition']).toBe(`attachment; filename="keeper-attempt-${attemptId}.pdf"`);
    expect(attempt.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const progress = await inject({ method: 'GET', url: '/api/reports/progress.pdf?tz=60' });
    expect(progress.statusCode).toBe(200);
    expect(progress.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('explains a missing attempt and an unfinished loop', async () => {
    await seed();
    const missing = await inject({ method: 'GET', url: '/api/reports/attempts/nope.pdf' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('ATTEMPT_NOT_FOUND');
    const unfinished = await inject({ method: 'GET', url: '/api/reports/loops/loop1.pdf' });
    expect(unfinished.statusCode).toBe(409);
    expect(unfinished.json().error.message).toContain('has not finished yet');
  });
});

describe('OpenAPI', () => {
  it('documents the report, data and recording routes', async () => {
    const res = await inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys((res.json() as { paths: Record<string, unknown> }).paths);
    for (const p of ['/api/reports/progress.pdf', '/api/export', '/api/import', '/api/data', '/api/recordings', '/api/recordings/{id}/media', '/api/recordings/{id}/transcribe']) {
      expect(paths).toContain(p);
    }
  });
});
