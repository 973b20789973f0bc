/**
 * The mock loop in Chromium: choose a short loop, see the plan, answer every round (questions,
 * follow-ups, a coding problem), survive a reload mid-round, and read the debrief scorecard.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PACK_DIR } from '../src/cli/paths.js';
import type { LoopState } from '../src/core/loop/index.js';
import { startApp, type AppUnderTest } from './support/app.js';
import { openBrowser, type BrowserSession } from './support/browser.js';

let app: AppUnderTest;
let s: BrowserSession;

beforeAll(async () => {
  app = await startApp();
  s = await openBrowser();
});
afterAll(async () => {
  await s?.close();
  await app?.close();
});

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

    let reloaded = false;
    let answered = 0;
    for (let guard = 0; guard < 40; guard++) {
      if (await page.getByRole('heading', { name: 'Debrief' }).isVisible()) break;
      const start = page.getByRole('button', { name: /Start round \d/ });
      if (await start.isVisible()) {
        await s.screenshot('loop-between-rounds');
        await start.click();
        continue;
      }
      const box = page.locator('.loop-answer textarea');
      if (await box.isVisible()) {
        const label = (await page.locator('.loop-answer label').textContent()) ?? '';
        const turns = await page.locator('.loop-room .loop-turn').count();
        if (label.includes('solution')) {
          const state = (await (await fetch(`${app.url}/api/loops/${id}`)).json()) as { loop: LoopState };
          const item = state.loop.plan.rounds[state.loop.current]?.items[state.loop.rounds[state.loop.current]?.nextItem ? (state.loop.rounds[state.loop.current]?.nextItem ?? 1) - 1 : 0];
          await box.fill(solutionFor(item?.id ?? ''));
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
          await page.locator('.loop-answer textarea').waitFor();
          expect(await page.locator('.loop-answer textarea').inputValue()).toBe('A draft that must survive a reload');
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
    await page.locator('.loop-answer textarea').fill('I was halfway through my story when');
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
});
