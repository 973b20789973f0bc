/**
 * The mock loop in Chromium: choose a short loop, see the plan, answer every round (questions,
 * follow-ups, a coding problem), survive a reload mid-round, read the debrief scorecard and download
 * it as a PDF; speak an answer (Chromium's fake microphone plays a WAV made by espeak-ng, an
 * OpenAI-compatible stand-in on this machine transcribes it); answer a design round with a diagram.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PACK_DIR } from '../src/cli/paths.js';
import type { LoopState } from '../src/core/loop/index.js';
import { createOpenAiTranscriber } from '../src/speech/index.js';
import { startApp, type AppUnderTest } from './support/app.js';
import { openBrowser, type BrowserSession } from './support/browser.js';

const SPOKEN =
  'Last year our director wanted to ship a risky cache change before a launch. I owned the service, so I gathered the incident data and asked for a small rollout first. We shipped two weeks later with zero incidents.';

let app: AppUnderTest;
let s: BrowserSession;
let stt: Server;
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'keeper-loop-e2e-'));
  const wav = join(dir, 'answer.wav');
  execFileSync('espeak-ng', ['-w', wav, '-s', '165', SPOKEN]);
  // OpenAI-compatible stand-in: answers with the spoken text, one word misheard, as a real engine might.
  stt = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const words = SPOKEN.replace('cache', 'cash').split(' ');
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ text: words.join(' '), duration: 12, words: words.map((word, i) => ({ word, start: 0.3 + i * 0.3, end: 0.5 + i * 0.3 })) }));
    });
  });
  await new Promise<void>((resolve) => stt.listen(0, '127.0.0.1', resolve));
  app = await startApp({ transcriber: createOpenAiTranscriber({ url: `http://127.0.0.1:${(stt.address() as AddressInfo).port}` }) });
  s = await openBrowser({
    extraArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${wav}`],
    permissions: ['microphone'],
  });
});
afterAll(async () => {
  await s?.close();
  await app?.close();
  stt?.closeAllConnections();
  await new Promise((resolve) => stt?.close(resolve));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Creates a loop of the given rounds through the API and opens it at its first round. */
async function openLoop(body: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${app.url}/api/loops`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as { id: string };
  await s.page.goto(`${app.url}/loop/${id}`);
  await s.page.getByRole('button', { name: /Start round 1/ }).click();
  return id;
}

async function loopState(id: string): Promise<LoopState> {
  return ((await (await fetch(`${app.url}/api/loops/${id}`)).json()) as { loop: LoopState }).loop;
}

const ANSWER =
  'Our director wanted to ship a risky cache change a week before launch. I owned the service, so I pulled our error-budget data and wrote a one-page risk note. ' +
  'I pushed back in a thirty-minute meeting and proposed a canary instead. The result was a two-week delay and zero incidents at launch, and p99 latency fell by 18%. ' +
  'I learned to bring data early and to disagree in the open, then commit.';
const FOLLOW_UP = 'I personally wrote the rollback plan and ran the canary. We measured a 40% drop in errors over two weeks, and next time I would raise the risk a sprint earlier.';

function solutionFor(problemId: string): string {
  const file = join(DEFAULT_PACK_DIR, 'problems', problemId, 'reference.ts');
  return existsSync(file) ? readFileSync(file, 'utf8') : 'export class Solution {}';
}

describe('mock loop', () => {
  it('runs a short loop to its debrief, resuming after a reload', async () => {
    const { page } = s;
    const loop = app.pack.loops.find((l) => l.role === 'swe' && l.levels.includes('L5')) ?? app.pack.loops[0];
    if (!loop) throw new Error('the pack has no loops');
    // A short loop: the first round plus a coding round when the loop has one.
    const first = loop.rounds[0];
    const coding = loop.rounds.find((r) => r.draws.includes('coding'));
    const keep = new Set([first?.id, coding?.id ?? loop.rounds[1]?.id].filter((x): x is string => Boolean(x)));

    await page.goto(`${app.url}/loop`);
    await page.getByRole('heading', { name: 'Mock loop', level: 1 }).waitFor();
    await page.getByLabel('Role').selectOption(loop.role);
    await page.getByLabel('Level').selectOption(loop.levels.includes('L5') ? 'L5' : (loop.levels[0] ?? 'L5'));
    await page.getByLabel('Seed').fill('e2e-seed');
    for (const r of loop.rounds) {
      const box = page.getByRole('group', { name: /Rounds of/ }).getByLabel(r.title, { exact: false }).first();
      if (!keep.has(r.id)) await box.uncheck();
    }
    await page.getByLabel('Short rounds (5 minutes each)').check();
    await page.getByRole('button', { name: 'See the plan' }).click();
    await page.getByRole('heading', { name: 'The plan' }).waitFor();
    await expect.poll(() => page.locator('.loop-plan .loop-round').count()).toBe(keep.size);
    await page.getByLabel(/Show the questions/).check();
    await s.screenshot('loop-plan');

    await page.getByRole('button', { name: 'Start the loop' }).click();
    await page.waitForURL(/\/loop\/[\w-]+$/);
    const id = page.url().split('/').pop() ?? '';
    await page.getByRole('button', { name: /Start round 1/ }).click();
    // The round starts once the server has answered: wait for that before looking at the page again.
    await page.getByRole('button', { name: /Start round \d/ }).waitFor({ state: 'hidden' });

    let reloaded = false;
    let answered = 0;
    for (let guard = 0; guard < 40; guard++) {
      if (await page.getByRole('heading', { name: 'Debrief' }).isVisible()) break;
      const start = page.getByRole('button', { name: /Start round \d/ });
      if (await start.isVisible()) {
        await s.screenshot('loop-between-rounds');
        await start.click();
        await start.waitFor({ state: 'hidden' });
        continue;
      }
      const box = page.locator('.loop-answer textarea.loop-answer-text');
      const editor = page.locator('.loop-answer .cm-content');
      const coding = await editor.isVisible();
      if (coding || (await box.isVisible())) {
        const label = coding ? '' : ((await page.locator('.loop-answer label.loop-answer-label').textContent()) ?? '');
        const turns = await page.locator('.loop-room .loop-turn').count();
        // Spoken answers are offered for interview questions, not for a coding problem.
        expect(await page.getByRole('button', { name: 'Speak your answer instead' }).count()).toBe(coding ? 0 : 1);
        if (coding) {
          // The Coding page's statement and editor, starting from the problem's starter code.
          const state = (await (await fetch(`${app.url}/api/loops/${id}`)).json()) as { loop: LoopState };
          const item = state.loop.plan.rounds[state.loop.current]?.items[state.loop.rounds[state.loop.current]?.nextItem ? (state.loop.rounds[state.loop.current]?.nextItem ?? 1) - 1 : 0];
          const problem = app.pack.problems.find((p) => p.id === item?.id);
          await page.locator('.loop-answer .problem-statement', { hasText: problem?.title ?? '' }).waitFor();
          await expect.poll(() => editor.innerText()).toContain((problem?.starter.ts ?? '').split('\n')[0]?.trim() ?? '');
          await s.screenshot('loop-coding');
          await editor.click();
          await page.keyboard.press('Control+A');
          await page.keyboard.press('Delete');
          await page.keyboard.insertText(solutionFor(item?.id ?? ''));
          await page.getByRole('button', { name: 'Submit solution' }).click();
        } else {
          await box.fill(label.includes('follow-up') ? FOLLOW_UP : ANSWER);
          await page.getByRole('button', { name: 'Send answer' }).click();
        }
        answered++;
        // Wait for the interviewer's next move (a new turn, the next round, or the debrief).
        await expect
          .poll(async () => (await page.locator('.loop-room .loop-turn').count()) !== turns || !(await page.locator('.loop-room').isVisible()), { timeout: 30_000 })
          .toBe(true);
        if (!reloaded && (await page.locator('.bubble.interviewer', { hasText: 'follow-up' }).count()) > 0 && (await box.isVisible())) {
          // Mid-round: type part of an answer, reload, and find the conversation and the draft intact.
          await s.screenshot('loop-round');
          await box.fill('A draft that must survive a reload');
          await page.reload();
          await page.locator('.loop-answer textarea.loop-answer-text').waitFor();
          expect(await page.locator('.loop-answer textarea.loop-answer-text').inputValue()).toBe('A draft that must survive a reload');
          expect(await page.locator('.bubble.candidate', { hasText: 'error-budget data' }).count()).toBeGreaterThan(0);
          await page.getByRole('timer').waitFor();
          reloaded = true;
        }
        continue;
      }
      await page.waitForTimeout(200);
    }
    expect(reloaded).toBe(true);
    expect(answered).toBeGreaterThanOrEqual(keep.size * 2);

    const debrief = page.getByRole('heading', { name: 'Debrief' });
    await debrief.waitFor();
    await expect.poll(() => page.locator('.loop-verdict').count()).toBe(keep.size);
    const decision = (await page.locator('.loop-decision-title').textContent()) ?? '';
    expect(['Offer', 'No offer']).toContain(decision);
    expect(await page.locator('.loop-decision').textContent()).toMatch(/Hiring manager:/);
    expect(await page.locator('.loop-reasons li').count()).toBeGreaterThan(keep.size);
    await s.screenshot('loop-debrief');
    await page.locator('.loop-decision').screenshot({ path: join(process.cwd(), 'test-output', 'screenshots', 'loop-debrief-decision.png') });
    // Reasons name gaps in a few words: no reason repeats an analysis's advice at length.
    for (const reason of await page.locator('.loop-reasons li').allTextContents()) expect(reason.length).toBeLessThan(240);

    // The debrief downloads as a PDF.
    const pdfLink = page.getByRole('link', { name: 'Download debrief (PDF)' });
    expect(await pdfLink.getAttribute('href')).toBe(`/api/reports/loops/${id}.pdf`);
    const pdf = await page.request.get(`${app.url}${(await pdfLink.getAttribute('href')) ?? ''}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toMatch(/application\/pdf/);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // The finished loop is kept with its answers and verdicts, and listed.
    const stored = await app.store.loops.get('local', id);
    const state = stored?.state as LoopState | undefined;
    expect(state?.phase).toBe('finished');
    expect(state?.debrief?.rounds).toHaveLength(keep.size);
    expect(state?.rounds.flatMap((r) => r.exchanges).filter((e) => e.answer === ANSWER).length).toBeGreaterThan(0);
    await page.goto(`${app.url}/loop`);
    await page.locator('.loop-list li', { hasText: loop.title }).first().waitFor();
    expect(s.errors).toEqual([]);
  });

  it('ends a round when its time runs out, keeping the unfinished answer', async () => {
    const { page } = s;
    const loop = app.pack.loops.find((l) => l.role === 'swe') ?? app.pack.loops[0];
    const round = loop?.rounds.find((r) => !r.draws.includes('coding'));
    if (!loop || !round) throw new Error('no loop to run');
    const res = await fetch(`${app.url}/api/loops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: loop.role, level: loop.levels[0], loopId: loop.id, roundIds: [round.id], minutes: 0.1, seed: 'timer' }),
    });
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    await page.goto(`${app.url}/loop/${id}`);
    await page.getByRole('button', { name: /Start round 1/ }).click();
    await page.locator('.loop-answer textarea.loop-answer-text').fill('I was halfway through my story when');
    await page.getByRole('heading', { name: 'Debrief' }).waitFor({ timeout: 20_000 });
    await page.locator('.loop-transcripts summary').first().click();
    await page.locator('.bubble.cut', { hasText: 'Time ran out: “I was halfway through my story when”' }).waitFor();
    expect(await page.locator('.loop-reasons').first().textContent()).toMatch(/before time ran out/);
    await s.screenshot('loop-time-up');
    // The scorecard fits a phone-width screen.
    await page.setViewportSize({ width: 390, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await s.screenshot('loop-debrief-phone');
    await page.setViewportSize({ width: 1280, height: 860 });
    expect(s.errors).toEqual([]);
  });

  it('takes a spoken answer: records, transcribes into the answer box, and sends the corrected text', async () => {
    const { page } = s;
    const loop = app.pack.loops.find((l) => l.role === 'swe' && l.levels.includes('L5')) ?? app.pack.loops[0];
    const round = loop?.rounds.find((r) => r.draws.includes('behavioral'));
    if (!loop || !round) throw new Error('no behavioral round to run');
    const id = await openLoop({ role: loop.role, level: 'L5', loopId: loop.id, roundIds: [round.id], seed: 'spoken' });
    await page.getByRole('button', { name: 'Speak your answer instead' }).click();
    await page.getByRole('button', { name: 'Start recording' }).click();
    await page.getByRole('button', { name: 'Stop recording' }).waitFor();
    await expect.poll(async () => (await page.getByTestId('elapsed').textContent()) ?? '', { timeout: 15_000 }).toMatch(/^0:0[3-9]/);
    await s.screenshot('loop-speak-recording');
    await page.getByRole('button', { name: 'Stop recording' }).click();

    // The transcript lands in the answer box; correct the misheard word and send it as the answer.
    const box = page.locator('.loop-answer textarea.loop-answer-text');
    await expect.poll(() => box.inputValue(), { timeout: 30_000 }).toContain('risky cash change');
    await page.getByText(/The transcript is in the answer box/).waitFor();
    await s.screenshot('loop-speak-transcript');
    const corrected = (await box.inputValue()).replace('cash', 'cache');
    await box.fill(corrected);
    await page.getByRole('button', { name: 'Send answer' }).click();
    await page.locator('.bubble.candidate', { hasText: 'risky cache change' }).waitFor();

    const state = await loopState(id);
    const first = state.rounds[0]?.exchanges[0];
    expect(first?.answer).toBe(corrected);
    expect(first?.analysis?.kind).toBe('behavioral');
    // The recording is kept with the question and carries the corrected transcript.
    const recordings = await app.store.recordings.list('local');
    const recording = recordings.find((r) => r.questionId === state.plan.rounds[0]?.items[0]?.id);
    expect(recording).toBeDefined();
    expect((recording?.transcript as { correctedText?: string } | null)?.correctedText).toBe(corrected);
    // The recording went with the answer: the analysis measured its delivery, and the attempt names it.
    const attempt = (await app.store.attempts.list('local')).find((a) => a.meta.loopId === id);
    expect((attempt?.analysis as { delivery?: { measured?: boolean } } | undefined)?.delivery?.measured).toBe(true);
    expect(attempt?.meta.recordingId).toBe(recording?.id);
    expect((await app.store.recordings.get('local', recording?.id ?? ''))?.attemptId).toBe(attempt?.id);
    // A follow-up can be spoken too: the recorder is offered again for it.
    await page.locator('.loop-answer label.loop-answer-label', { hasText: 'follow-up' }).waitFor();
    expect(await page.getByRole('button', { name: 'Speak your answer instead' }).count()).toBe(1);
    await page.getByRole('button', { name: 'End this round now' }).click();
    await page.getByRole('heading', { name: 'Debrief' }).waitFor();
    expect(s.errors).toEqual([]);
  });

  it('answers a design round in writing with a diagram that the analysis reads', async () => {
    const { page } = s;
    const loop = app.pack.loops.find((l) => l.role === 'swe' && l.levels.includes('L5')) ?? app.pack.loops[0];
    const round = loop?.rounds.find((r) => r.draws.includes('system-design'));
    if (!loop || !round) throw new Error('no design round to run');
    const id = await openLoop({ role: loop.role, level: 'L5', loopId: loop.id, roundIds: [round.id], seed: 'design' });
    expect(await page.getByRole('button', { name: 'Speak your answer instead' }).count()).toBe(0);
    const design =
      'Requirements first: playback starts in under two seconds for 200 million members with 99.99% availability. ' +
      'I would cache popular titles on edge servers inside ISP networks so most bytes never cross the backbone, and fail over to another region when one fails.';
    await page.getByLabel('Your design').fill(design);
    await page.getByRole('button', { name: 'Start from an example' }).click();
    await page.getByTestId('diagram-preview').locator('svg').waitFor({ timeout: 20_000 });
    await s.screenshot('loop-design');
    await page.getByRole('button', { name: 'Send answer' }).click();
    await page.locator('.bubble.candidate', { hasText: 'Requirements first' }).waitFor();

    const state = await loopState(id);
    const first = state.rounds[0]?.exchanges[0];
    expect(first?.answer).toBe(design);
    expect(first?.diagram).toMatch(/^flowchart LR/);
    expect(first?.analysis?.kind).toBe('design');
    // The design analysis read the diagram's labels as part of the answer.
    const attempts = await app.store.attempts.list('local');
    const attempt = attempts.find((a) => a.meta.loopId === id);
    expect(attempt?.meta.diagram).toBe(first?.diagram);
    expect((attempt?.analysis as { stats?: { diagramLines?: number } }).stats?.diagramLines ?? 0).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'End this round now' }).click();
    await page.getByRole('heading', { name: 'Debrief' }).waitFor();
    await page.locator('.loop-transcripts summary').first().click();
    await page.getByText('Your diagram (Mermaid)').waitFor();
    await s.screenshot('loop-design-debrief');
    expect(s.errors).toEqual([]);
  });
});

// The story bank offers the same recorder (issue 9: recording in Practice, Mock loop and Story bank).
// It is tested here because this file already runs Chromium with the fake microphone and the
// stand-in transcription engine.
describe('story bank: telling a story out loud', () => {
  it('records the story, uses the corrected transcript as the answer, and plays it back', async () => {
    const { page } = s;
    const created = await fetch(`${app.url}/api/stories`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Pushed back on a risky cache change', situation: 'A director wanted a risky cache change before launch.', action: 'I asked for a small rollout first.', result: 'Zero incidents.', tags: ['courage'] }),
    });
    expect(created.status).toBe(201);
    await page.goto(`${app.url}/stories`);
    const card = page.locator('.story-card', { hasText: 'Pushed back on a risky cache change' });
    await card.getByRole('button', { name: 'Practise with this story' }).click();
    const panel = page.locator('.practise-panel');
    await expect.poll(() => panel.getByLabel('Question').locator('option').count()).toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'Tell it out loud' }).click();
    await panel.getByRole('button', { name: 'Start recording' }).click();
    await expect.poll(async () => (await panel.getByTestId('elapsed').textContent()) ?? '', { timeout: 15_000 }).toMatch(/^0:0[3-9]/);
    await panel.getByRole('button', { name: 'Stop recording' }).click();

    const box = panel.getByRole('textbox', { name: /Your answer/ });
    await expect.poll(() => box.inputValue(), { timeout: 30_000 }).toContain('risky cash change');
    const corrected = (await box.inputValue()).replace('cash', 'cache');
    await box.fill(corrected);
    await panel.getByRole('button', { name: 'Submit answer' }).click();
    await panel.getByRole('status').filter({ hasText: 'Scored' }).waitFor();
    const playback = panel.getByRole('region', { name: 'Playback' });
    await playback.locator('.playback-sentence').first().waitFor({ timeout: 15_000 });
    await s.screenshot('stories-tell-aloud');

    // The attempt is the corrected text, linked to the story; the recording is linked to the attempt.
    const attempts = await app.store.attempts.list('local');
    const attempt = attempts.find((a) => a.meta['storyId'] && a.answer === corrected);
    expect(attempt).toBeDefined();
    const recordings = await app.store.recordings.list('local');
    const recording = recordings.find((r) => r.attemptId === attempt?.id);
    expect((recording?.transcript as { correctedText?: string } | null)?.correctedText).toBe(corrected);
    // The recording went with the attempt, so the delivery dimension is measured, not estimated.
    expect(attempt?.meta['recordingId']).toBe(recording?.id);
    expect((attempt?.analysis as { delivery?: { measured?: boolean } }).delivery?.measured).toBe(true);
    expect(s.errors).toEqual([]);
  });
});

