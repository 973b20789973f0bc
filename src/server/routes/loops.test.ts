import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadTestPack, startTestServer, type TestServer } from '../../../test/support/server.js';
import { DEFAULT_PACK_DIR } from '../../cli/paths.js';
import { fitsGap, type LoopState } from '../../core/loop/index.js';
import { STRONG_ANSWER, WEAK_ANSWER, fakeBehavioral, fakeDesign, testPack } from '../../core/loop/test-fixtures.js';
import { openStore } from '../../store/index.js';
import { createAnalyzer } from '../analyzer.js';
import type { AnalysisResult, Analyzer } from '../deps.js';
import type { LoopView } from '../loop-service.js';

const analyze: Analyzer = ({ answer, question }) =>
  (question?.category === 'system-design' ? fakeDesign(['edge-cache', 'region-failover', 'rate-limits']) : fakeBehavioral(answer)) as AnalysisResult;

let clock = Date.UTC(2026, 10, 1, 10);
const now = (): Date => new Date(clock);
let ids = 0;
const newId = (): string => `id-${++ids}`;

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(overrides: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  server = await startTestServer({ pack: testPack(), analyze, now, newId, ...overrides });
  return server;
}

async function post<T>(s: TestServer, url: string, payload?: unknown): Promise<{ status: number; body: T }> {
  const res = await s.app.inject({ method: 'POST', url: `/api${url}`, payload: payload as object });
  return { status: res.statusCode, body: res.json() as T };
}

/** Answers whatever the loop asks until it finishes, through HTTP only. */
async function playThrough(s: TestServer, id: string, answer: (kind: string) => string): Promise<LoopView> {
  let view = (await s.app.inject({ method: 'GET', url: `/api/loops/${id}` })).json() as LoopView;
  for (let guard = 0; guard < 100 && view.loop.phase !== 'finished'; guard++) {
    clock += 30_000;
    const loop = view.loop;
    let event: object;
    if (loop.phase === 'ready' || loop.phase === 'between-rounds') event = { type: 'start' };
    else {
      const open = loop.rounds[loop.current]?.exchanges.at(-1);
      if (!open) throw new Error('no open prompt');
      if (open.status === 'pending') event = { type: 'question-shown', exchangeId: open.id };
      else if (open.kind === 'problem') event = { type: 'code-submitted', code: answer('problem') };
      else event = { type: open.kind === 'follow-up' ? 'follow-up-answered' : 'answer-submitted', text: answer(open.kind) };
    }
    const res = await post<LoopView>(s, `/loops/${id}/events`, event);
    expect(res.status).toBe(200);
    view = res.body;
  }
  return view;
}

describe('mock loop API', () => {
  it('previews a seeded plan that explains each pick, and rejects what cannot be planned', async () => {
    const s = await start();
    const a = await post<{ rounds: { id: string; items: { reason: string }[] }[] }>(s, '/loops/plan', { role: 'swe', level: 'L5', seed: 'x' });
    expect(a.status).toBe(200);
    expect(a.body.rounds.map((r) => r.id)).toEqual(['recruiter', 'hm', 'coding', 'design', 'culture']);
    expect(a.body.rounds[0]?.items[0]?.reason).toMatch(/\w/);
    const b = await post(s, '/loops/plan', { role: 'swe', level: 'L5', seed: 'x' });
    expect(b.body).toEqual(a.body);
    const none = await post<{ error: { code: string; message: string } }>(s, '/loops/plan', { role: 'pm', level: 'L5' });
    expect(none.status).toBe(422);
    expect(none.body.error.message).toMatch(/no loop for role pm/);
    const bad = await post<{ error: { code: string; message: string } }>(s, '/loops/plan', { role: 'wizard', level: 'L5' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/role/);
  });

  it('runs a loop to its debrief, storing answers as attempts', async () => {
    const s = await start();
    const created = await post<LoopView>(s, '/loops', { role: 'swe', level: 'L5', seed: 'api', roundIds: ['hm', 'culture'] });
    expect(created.status).toBe(201);
    expect(created.body.loop.phase).toBe('ready');
    const id = created.body.id;
    const started = await post<LoopView>(s, `/loops/${id}/events`, { type: 'start' });
    expect(started.body.effects.map((e) => e.type)).toEqual(['start-timer', 'show-prompt']);
    const end = await playThrough(s, id, () => STRONG_ANSWER);
    expect(end.loop.phase).toBe('finished');
    expect(end.debrief?.panel.decision).toBe('offer');
    expect(end.debrief?.rounds.map((r) => r.verdict)).toEqual(['strong-hire', 'strong-hire']);
    const list = (await s.app.inject({ method: 'GET', url: '/api/loops' })).json() as { id: string; phase: string; decision: string }[];
    expect(list[0]).toMatchObject({ id, phase: 'finished', decision: 'offer' });
    const attempts = await s.store.attempts.list('local');
    expect(attempts.length).toBe(3); // three main questions; follow-ups stay in the loop
    expect(attempts.every((a) => a.meta.source === 'loop' && a.meta.loopId === id)).toBe(true);
    // The next plan avoids what was just asked.
    const asked = end.loop.plan.rounds.flatMap((r) => r.items.map((i) => i.id));
    const next = await post<{ rounds: { items: { id: string; why: { seenRecently?: number } }[] }[] }>(s, '/loops/plan', { role: 'swe', level: 'L5', seed: 'api', roundIds: ['culture'] });
    const culture = next.body.rounds[0]?.items ?? [];
    expect(culture.filter((i) => asked.includes(i.id) && i.why.seenRecently === undefined)).toEqual([]);
  });

  it('turns events that do not fit into 4xx errors with the reason', async () => {
    const s = await start();
    const { body } = await post<LoopView>(s, '/loops', { role: 'swe', level: 'L5', roundIds: ['culture'] });
    const early = await post<{ error: { code: string; message: string } }>(s, `/loops/${body.id}/events`, { type: 'answer-submitted', text: 'hi' });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/needs a round in progress/);
    await post(s, `/loops/${body.id}/events`, { type: 'start' });
    await post(s, `/loops/${body.id}/events`, { type: 'question-shown' });
    const empty = await post<{ error: { code: string } }>(s, `/loops/${body.id}/events`, { type: 'answer-submitted', text: '  ' });
    expect(empty.status).toBe(400);
    const unknown = await post<{ error: { code: string } }>(s, `/loops/${body.id}/events`, { type: 'analysis-ready', exchangeId: 'r0-i0', analysis: {} });
    expect(unknown.status).toBe(400);
    const missing = await post<{ error: { code: string } }>(s, '/loops/nope/events', { type: 'start' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('LOOP_NOT_FOUND');
    expect((await s.app.inject({ method: 'DELETE', url: `/api/loops/${body.id}` })).statusCode).toBe(204);
    expect((await s.app.inject({ method: 'GET', url: `/api/loops/${body.id}` })).statusCode).toBe(404);
  });

  it('ends a round at its deadline when the answer comes too late', async () => {
    const s = await start();
    const { body } = await post<LoopView>(s, '/loops', { role: 'swe', level: 'L5', roundIds: ['hm', 'culture'] });
    await post(s, `/loops/${body.id}/events`, { type: 'start' });
    await post(s, `/loops/${body.id}/events`, { type: 'question-shown' });
    clock += 46 * 60_000;
    const late = await post<LoopView>(s, `/loops/${body.id}/events`, { type: 'answer-submitted', text: WEAK_ANSWER });
    expect(late.status).toBe(200);
    expect(late.body.loop.phase).toBe('between-rounds');
    expect(late.body.loop.rounds[0]?.endReason).toBe('time-up');
    expect(late.body.effects.map((e) => e.type)).toContain('notice');
  });

  it('reports a coding round the judge cannot run as unavailable instead of failing', async () => {
    const s = await start();
    const { body } = await post<LoopView>(s, '/loops', { role: 'swe', level: 'L5', roundIds: ['coding'] });
    const end = await playThrough(s, body.id, (kind) => (kind === 'problem' ? 'export class TtlCache {}' : STRONG_ANSWER));
    expect(end.loop.rounds[0]?.exchanges[0]?.analysis).toMatchObject({ kind: 'unavailable', message: expect.stringMatching(/tests.yaml/) });
    expect(end.loop.phase).toBe('finished');
  });
});

describe('mock loop persistence', () => {
  it('a loop in progress survives a server restart and resumes where it was', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'keeper-loop-restart-'));
    try {
      const store1 = await openStore({ dataDir });
      const s1 = await startTestServer({ pack: testPack(), analyze, now, newId, store: store1 });
      const { body } = await post<LoopView>(s1, '/loops', { role: 'swe', level: 'L5', seed: 'restart', roundIds: ['hm', 'culture'] });
      await post(s1, `/loops/${body.id}/events`, { type: 'start' });
      await post(s1, `/loops/${body.id}/events`, { type: 'question-shown' });
      const before = await post<LoopView>(s1, `/loops/${body.id}/events`, { type: 'answer-submitted', text: WEAK_ANSWER });
      await s1.close();
      await store1.close();

      const store2 = await openStore({ dataDir });
      server = await startTestServer({ pack: testPack(), analyze, now, newId, store: store2 });
      const got = (await server.app.inject({ method: 'GET', url: `/api/loops/${body.id}` })).json() as LoopView;
      expect(got.loop).toEqual(before.body.loop);
      const resumed = await post<LoopView>(server, `/loops/${body.id}/events`, { type: 'resumed' });
      expect(resumed.body.effects.map((e) => e.type)).toEqual(['start-timer', 'show-prompt']);
      const end = await playThrough(server, body.id, () => STRONG_ANSWER);
      expect(end.loop.phase).toBe('finished');
      const first: LoopState = end.loop;
      expect(first.rounds[0]?.exchanges[0]?.answer).toBe(WEAK_ANSWER);
      expect(end.debrief?.rounds).toHaveLength(2);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('mock loop with the real analysis and the shipped pack', () => {
  const STORY =
    'Our director wanted to ship a risky cache change a week before launch. I owned the service, so I pulled our error-budget data and wrote a one-page risk note. ' +
    'I pushed back in a thirty-minute meeting and proposed a canary instead. The result was a two-week delay and zero incidents at launch.';
  const FOLLOW_UP = 'I personally wrote the rollback plan and ran the canary. We measured a 40% drop in errors over two weeks, and next time I would raise the risk a sprint earlier.';
  const DESIGN =
    'First the requirements: playback must start in under two seconds for 200 million members, with 99.99% availability. ' +
    'I would cache popular titles on edge servers inside ISP networks, so most bytes never cross the backbone. ' +
    'When a region fails, traffic fails over to another region, and each region can absorb a third of peak load.';
  const DIAGRAM = 'flowchart LR\n  Client -->|play| Gateway(API gateway)\n  Gateway --> Steering[Steering service]\n  Client -->|segments| Edge[(Edge cache)]';

  it('probes only what the analysis flagged, keeps the diagram, and writes reasons and quotes that read well', async () => {
    const pack = await loadTestPack(DEFAULT_PACK_DIR);
    const s = await start({ pack, analyze: createAnalyzer(pack) });
    const created = await post<LoopView>(s, '/loops', { role: 'swe', level: 'L5', seed: 'real', roundIds: ['recruiter', 'system-design'] });
    expect(created.status).toBe(201);
    let view = (await post<LoopView>(s, `/loops/${created.body.id}/events`, { type: 'start' })).body;
    for (let guard = 0; guard < 40 && view.loop.phase !== 'finished'; guard++) {
      clock += 30_000;
      const loop = view.loop;
      const open = loop.phase === 'in-round' ? loop.rounds[loop.current]?.exchanges.at(-1) : undefined;
      const item = open ? loop.plan.rounds[loop.current]?.items[open.item] : undefined;
      let event: object;
      if (loop.phase === 'between-rounds') event = { type: 'start' };
      else if (!open) throw new Error(`stuck in ${loop.phase}`);
      else if (open.status === 'pending') event = { type: 'question-shown', exchangeId: open.id };
      else if (open.kind === 'follow-up') event = { type: 'follow-up-answered', text: FOLLOW_UP };
      else if (item?.category === 'system-design') event = { type: 'answer-submitted', text: DESIGN, diagram: DIAGRAM };
      else event = { type: 'answer-submitted', text: STORY };
      const res = await post<LoopView>(s, `/loops/${created.body.id}/events`, event);
      expect(res.status).toBe(200);
      view = res.body;
    }
    expect(view.loop.phase).toBe('finished');
    const exchanges = view.loop.rounds.flatMap((r) => r.exchanges);

    // Every follow-up asks about a gap the analysis of its answer actually reported, and says so.
    const followUps = exchanges.filter((e) => e.kind === 'follow-up');
    expect(followUps.length).toBeGreaterThan(0);
    for (const round of view.loop.rounds) {
      for (const f of round.exchanges.filter((e) => e.kind === 'follow-up')) {
        const main = round.exchanges.find((e) => e.kind === 'question' && e.item === f.item);
        const a = main?.analysis;
        const gap = f.followUp?.gap;
        if (gap?.source === 'flag') expect(a && 'flags' in a ? a.flags.map((x) => x.code) : []).toContain(gap.code);
        if (gap?.source === 'rubric') expect(a?.kind === 'design' ? a.rubric.points.filter((p) => !p.covered).map((p) => p.id) : []).toContain(gap.code);
        if (a && 'followUp' in a && f.prompt === a.followUp && gap) expect(fitsGap(f.prompt, gap)).toBe(true);
        expect(f.followUp?.reason).toMatch(/^(Gap: .+\. The interviewer asks .+\.|No clear gap in the answer, .+\.)$/);
      }
    }

    // The design answer went to the analysis with its diagram, and the attempt keeps it.
    const design = exchanges.find((e) => e.kind === 'question' && e.diagram !== undefined);
    expect(design?.diagram).toBe(DIAGRAM);
    expect(design?.analysis?.kind).toBe('design');
    const attempts = await s.store.attempts.list('local');
    expect(attempts.find((a) => a.kind === 'design')?.meta.diagram).toBe(DIAGRAM);

    // Reasons name gaps in a few words instead of repeating the analyses' advice; quotes are verbatim.
    const debrief = view.debrief;
    expect(debrief?.rounds).toHaveLength(2);
    const messages = exchanges.flatMap((e) => (e.analysis && 'flags' in e.analysis ? e.analysis.flags.map((f) => f.message) : []));
    expect(messages.length).toBeGreaterThan(0);
    for (const v of debrief?.rounds ?? []) {
      expect(v.reasons[0]).toMatch(/^(strong no hire|no hire|hire|strong hire) \(\d+\/100\)\.$/);
      for (const reason of v.reasons) {
        expect(reason.length).toBeLessThan(220);
        for (const m of messages.filter((x) => x.length > 60)) expect(reason).not.toContain(m.replace(/\.$/, ''));
      }
      for (const e of v.evidence) {
        const ex = exchanges.find((x) => x.id === e.exchangeId);
        expect(ex?.answer).toContain(e.quote);
        expect(e.note.length).toBeLessThan(90);
      }
    }
  });
});
