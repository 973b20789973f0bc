import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const ANSWER = [
  'Two years ago our VP decided that every team would move to a shared message cluster by the end of the quarter.',
  'I was the tech lead for billing, which handled four million invoices a month and could not lose an event.',
  'I had to decide whether to follow the plan or push back.',
  'I pulled six months of incident data and found that the shared cluster had dropped messages twice during rebalances.',
  'I wrote a two-page note with the risk and an alternative, and I challenged the plan in a one-to-one with the VP.',
  'She agreed to move billing to the next quarter, and when we migrated we lost zero invoices.',
  'I learned that disagreeing with data and an alternative gets a very different reaction than disagreeing with an opinion.',
].join(' ');

function behavioralQuestion(): string {
  const q = app.pack.questions.find((x) => x.id === 'courage-challenged-senior') ?? app.pack.questions.find((x) => x.category === 'behavioral');
  if (!q) throw new Error('the pack has no behavioral question');
  return q.id;
}

describe('practice', () => {
  it('answers a question against the clock and gets explainable feedback, a follow-up turn and saved attempts', async () => {
    const { page } = s;
    const id = behavioralQuestion();
    const question = app.pack.questions.find((q) => q.id === id);
    await page.goto(`${app.url}/practice?question=${id}`);
    await page.getByRole('heading', { level: 1, name: 'Practice' }).waitFor();
    await page.getByRole('heading', { level: 2, name: question?.text ?? '' }).waitFor();
    const timer = page.getByRole('timer');
    await timer.waitFor();
    const before = await timer.textContent();

    // "Surprise me" picks another question and puts it in the URL.
    await page.getByRole('button', { name: 'Surprise me' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('question')).not.toBe(id);
    await page.goto(`${app.url}/practice?question=${id}`);
    await page.getByRole('heading', { level: 2, name: question?.text ?? '' }).waitFor();

    // Typing starts the visible countdown.
    await page.getByLabel('Your answer', { exact: true }).fill(ANSWER);
    await page.getByText('Running').waitFor();
    await expect.poll(() => timer.textContent(), { timeout: 5000 }).not.toBe(before);
    await page.getByRole('button', { name: 'Submit answer' }).click();

    // Feedback: every sentence tinted by its STAR part.
    const feedback = page.getByRole('region', { name: 'Feedback' });
    await feedback.waitFor();
    const sentences = feedback.locator('.answer-view .sentence');
    await expect.poll(() => sentences.count()).toBe(7);
    const stars = await sentences.evaluateAll((els) => els.map((e) => e.getAttribute('data-star')));
    for (const part of ['situation', 'action', 'result']) expect(stars).toContain(part);
    expect(await feedback.locator('.answer-view').innerText()).toContain('lost zero invoices');

    // Value chips highlight their evidence on hover and on keyboard focus.
    const chip = feedback.locator('.value-chip').first();
    await chip.waitFor();
    const label = (await chip.getAttribute('aria-label')) ?? '';
    const evidence = (/sentences? ([\d, ]+)$/.exec(label)?.[1] ?? '').split(',').filter((x) => x.trim()).length;
    expect(evidence).toBeGreaterThan(0);
    await chip.hover();
    await expect.poll(() => feedback.locator('.sentence.highlighted').count()).toBe(evidence);
    await page.mouse.move(0, 0);
    await expect.poll(() => feedback.locator('.sentence.highlighted').count()).toBe(0);
    await chip.focus();
    await expect.poll(() => feedback.locator('.sentence.highlighted').count()).toBe(evidence);
    await chip.blur();

    // Dimensions with scores and reasons, fixes, and the sceptical follow-up.
    await expect.poll(() => feedback.locator('.dimension').count()).toBe(7);
    expect(await feedback.locator('.dimension').first().innerText()).toMatch(/\d\/4/);
    const fixes = await feedback.locator('.fixes li').count();
    expect(fixes).toBeGreaterThan(0);
    expect(fixes).toBeLessThanOrEqual(3);
    await s.screenshot('practice-feedback');

    const followUp = page.getByRole('region', { name: 'Follow-up' });
    expect((await followUp.locator('.follow-up-question').innerText()).length).toBeGreaterThan(10);
    await followUp.getByLabel('Your answer to the follow-up').fill('If she had said no, I would have committed to her plan and asked for a failure drill before billing moved, so the risk was measured rather than argued.');
    await followUp.getByRole('button', { name: 'Answer the follow-up' }).click();
    await page.getByRole('region', { name: 'Feedback on your follow-up' }).waitFor();

    // Both turns are saved and listed for the question; an old attempt can be reopened.
    const past = page.getByRole('region', { name: 'Past attempts for this question' });
    await expect.poll(() => past.locator('.attempt').count()).toBe(2);
    expect(await past.innerText()).toContain('follow-up');
    const stored = (await (await fetch(`${app.url}/api/attempts?questionId=${id}`)).json()) as { kind: string }[];
    expect(stored.map((a) => a.kind).sort()).toEqual(['behavioral', 'follow-up']);
    await past.getByRole('button', { name: /Show the attempt/ }).last().click();
    await past.locator('.feedback').waitFor();
    await s.screenshot('practice-attempts');
    expect(s.errors).toEqual([]);
  });

  it('submits automatically when the countdown runs out, if asked to', async () => {
    const { page } = s;
    const id = behavioralQuestion();
    await page.goto(`${app.url}/practice?question=${id}`);
    await page.getByRole('timer').waitFor();
    await page.getByLabel('Minutes').fill('0.05');
    await page.getByLabel('Submit automatically when time runs out').check();
    await page.getByLabel('Your answer', { exact: true }).fill('I noticed our deploys failed every Friday. I traced it to a cron job and moved it. Failures dropped to zero.');
    await page.getByRole('region', { name: 'Feedback' }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('button', { name: 'Submit answer' }).count()).toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('filters questions by value and shows an API error plainly', async () => {
    const { page } = s;
    const value = app.pack.values[0]?.id ?? 'courage';
    await page.goto(`${app.url}/practice`);
    await page.getByLabel('Value', { exact: true }).selectOption(value);
    await expect.poll(() => new URL(page.url()).searchParams.get('value')).toBe(value);
    const expected = app.pack.questions.filter((q) => q.values.includes(value) && q.keyPoints.length === 0 && q.category !== 'system-design' && q.category !== 'coding');
    await expect.poll(() => page.getByLabel(/^Question \(/).locator('option').count()).toBe(Math.max(1, expected.length));
    await s.screenshot('practice-filtered');

    // An answer the server refuses (too long) gets its message, not a blank page.
    await page.getByLabel('Your answer', { exact: true }).fill('x'.repeat(100_001));
    await page.getByRole('button', { name: 'Submit answer' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/longer than/);
    expect(s.errors.filter((e) => !e.includes('400'))).toEqual([]);
  });
});
