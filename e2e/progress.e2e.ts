import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './support/app.js';
import { openBrowser, type BrowserSession } from './support/browser.js';
import { dayFromNow, e2ePack, storeAttempt } from './progress-fixtures.js';

let app: AppUnderTest;
let s: BrowserSession;

beforeAll(async () => {
  app = await startApp({ pack: await e2ePack() });
  s = await openBrowser();
});
afterAll(async () => {
  await s?.close();
  await app?.close();
});

const behavioralRow = () => s.page.locator('.readiness-row[data-round="behavioral"]').first();

/** Finishes attempts: answers through the API (analysed for real) plus stored design and coding results over several days. */
async function finishAttempts(): Promise<{ codingCount: number; weakQuestion: string }> {
  const behavioral = app.pack.questions.filter((q) => q.round === 'behavioral').slice(0, 3);
  if (behavioral.length < 3) throw new Error('the pack needs 3 behavioral questions');
  const answer =
    'Last year our director wanted to ship a risky cache a week before launch. I owned the playback service. I pushed back with data, wrote a one-page risk note and proposed a staged rollout. We delayed two weeks and launched with zero incidents; errors stayed under 0.1%.';
  for (const q of behavioral.slice(0, 2)) {
    const res = await fetch(`${app.url}/api/attempts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ questionId: q.id, answer, durationSeconds: 120 }) });
    expect(res.status).toBe(201);
  }
  const dims = (a: number, b: number) => [
    { name: 'structure', score: a },
    { name: 'specificity', score: b },
    { name: 'ownership', score: a },
  ];
  const b = behavioral.map((q) => q.id);
  await storeAttempt(app.store, { id: 'h1', questionId: b[2]!, kind: 'behavioral', score: 35, daysAgo: 4, analysis: { kind: 'behavioral', score: 35, dimensions: dims(2, 1), values: [], flags: [{ code: 'no-metrics' }] }, meta: { round: 'behavioral' } });
  await storeAttempt(app.store, { id: 'h2', questionId: b[0]!, kind: 'behavioral', score: 62, daysAgo: 2, analysis: { kind: 'behavioral', score: 62, dimensions: dims(3, 2), values: [{ value: 'courage', evidence: [2] }], flags: [] }, meta: { round: 'behavioral' } });
  await storeAttempt(app.store, { id: 'h3', questionId: b[1]!, kind: 'behavioral', score: 84, daysAgo: 1, analysis: { kind: 'behavioral', score: 84, dimensions: dims(4, 3), values: [{ value: 'candor', evidence: [1] }], flags: [] }, meta: { round: 'behavioral' } });
  const design = app.pack.questions.filter((q) => q.round === 'system-design').slice(0, 3);
  for (const [i, q] of design.entries()) {
    await storeAttempt(app.store, { id: `d${i}`, questionId: q.id, kind: 'design', score: 55 + 10 * i, daysAgo: 3 - i, meta: { round: 'system-design' } });
  }
  const problems = app.pack.problems.slice(0, 2).map((p) => p.id);
  const judge = (problem: string, passed: number, ms: number) => ({ problem, verdict: passed === 20 ? 'accepted' : 'wrong-answer', passed, total: 20, ms, tests: [] });
  const coding = [
    { p: problems[0]!, passed: 12, ms: 30, daysAgo: 3 },
    { p: problems[0]!, passed: 20, ms: 14, daysAgo: 1 },
    { p: problems[1] ?? problems[0]!, passed: 20, ms: 9, daysAgo: 0 },
  ];
  for (const [i, c] of coding.entries()) {
    await storeAttempt(app.store, { id: `c${i}`, questionId: c.p, kind: 'coding', score: (100 * c.passed) / 20, daysAgo: c.daysAgo, analysis: judge(c.p, c.passed, c.ms), meta: { round: 'coding', explanation: 'I keep a map of keys to values and expiry times and a min-heap ordered by expiry so expired keys can be evicted lazily in log time.' } });
  }
  return { codingCount: coding.length, weakQuestion: b[2]! };
}

describe('progress, readiness and dashboard', () => {
  it('sets the interview date on the dashboard and gets a countdown and a plan', async () => {
    const { page } = s;
    await page.goto(`${app.url}/`);
    await page.getByRole('heading', { name: 'When is your interview?' }).waitFor();
    await page.getByLabel('Interview date', { exact: true }).fill(dayFromNow(30));
    await page.getByRole('combobox', { name: /^Role/ }).selectOption('swe');
    await page.getByRole('button', { name: 'Build my plan' }).click();
    await page.getByTestId('countdown').getByRole('heading', { name: '30 days to go' }).waitFor();
    await page.locator('.plan-card').waitFor();
    expect(await page.locator('.plan-card h2').textContent()).toMatch(/4-week plan/);
    await expect.poll(() => page.getByTestId('overall-readiness').textContent()).toContain('Not enough data');
    const ics = await fetch(`${app.url}/api/plan.ics`);
    expect(ics.status).toBe(200);
    expect(await ics.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(s.errors).toEqual([]);
  });

  it('finishing attempts moves the charts and readiness', async () => {
    const { page } = s;
    await page.goto(`${app.url}/progress`);
    await page.getByRole('heading', { name: 'Progress', level: 1 }).waitFor();
    await expect.poll(() => behavioralRow().textContent()).toContain('Not enough data');
    expect(await page.getByTestId('chart-rounds').getByText('No attempts yet.').count()).toBe(1);

    const { codingCount, weakQuestion } = await finishAttempts();
    await page.reload();
    // Readiness: the behavioral round now has a number (a meter) instead of "not enough data".
    await expect.poll(() => behavioralRow().locator('[role="meter"]').count()).toBe(1);
    const score = Number(await behavioralRow().locator('[role="meter"]').getAttribute('aria-valuenow'));
    expect(score).toBeGreaterThanOrEqual(0);
    // Charts draw lines and bars.
    for (const id of ['chart-dimensions', 'chart-values', 'chart-rounds', 'chart-coding-time']) {
      await expect.poll(() => page.getByTestId(id).locator('.recharts-line').count(), { message: id }).toBeGreaterThan(0);
    }
    await expect.poll(() => page.getByTestId('chart-coding').locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await page.getByTestId('chart-dimensions').scrollIntoViewIfNeeded();
    await s.screenshot('progress-charts');

    // Attempts list with filters, then one question's history.
    await page.getByRole('combobox', { name: /^Round/ }).selectOption('coding');
    await expect.poll(() => page.getByTestId('attempt-row').count()).toBe(codingCount);
    await page.getByRole('combobox', { name: /^Round/ }).selectOption('');
    await expect.poll(() => page.getByTestId('attempt-row').count()).toBeGreaterThan(codingCount);
    const row = page.getByTestId('attempt-row').filter({ hasText: app.pack.questions.find((q) => q.id === weakQuestion)!.text });
    await row.getByRole('button').first().click();
    await page.getByTestId('question-history').waitFor();
    expect(await page.getByTestId('question-history').textContent()).toMatch(/1 attempt · best 35/);
    expect(s.errors).toEqual([]);
  });

  it('the dashboard shows readiness, reviews due, next best practice and recent results', async () => {
    const { page } = s;
    await page.goto(`${app.url}/`);
    await page.getByTestId('countdown').waitFor();
    await expect.poll(() => behavioralRow().locator('[role="meter"]').count()).toBe(1);
    // The weak behavioral answer (35, four days ago) is due for review today.
    await expect.poll(() => page.getByTestId('due-today').locator('li').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('next-practice').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('next-practice').locator('li').first().textContent()).toMatch(/Review/);
    await expect.poll(() => page.getByTestId('recent-results').locator('li').count()).toBe(6);
    // Data ticks the checklist: two problems accepted with explanations.
    const coding = page.locator('[data-testid="checklist-coding"], [data-testid^="checklist-"]').filter({ hasText: /explain/i }).first();
    if ((await coding.count()) > 0) expect(await coding.locator('input').isChecked()).toBe(true);
    await s.screenshot('dashboard');
    expect(s.errors).toEqual([]);
  });
});
