import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterQuestions } from '../src/core/pack/index.js';
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

describe('question library', () => {
  it('browses, filters, searches and opens a question without console errors', async () => {
    const { page } = s;
    await page.goto(`${app.url}/library`);
    await page.getByRole('heading', { name: 'Question library' }).waitFor();
    const total = app.pack.questions.length;
    await expect.poll(() => page.locator('.question-card').count()).toBe(total);

    // Filter by value: only questions targeting that value remain.
    const value = app.pack.questions.find((q) => q.values.length > 0)?.values[0] ?? 'courage';
    const withValue = app.pack.questions.filter((q) => q.values.includes(value)).length;
    await page.getByLabel('Value').selectOption(value);
    await expect.poll(() => page.locator('.question-card').count()).toBe(withValue);
    expect(page.url()).toContain(`value=${value}`);

    // Full-text search narrows further; the count is announced.
    await page.getByLabel('Value').selectOption('');
    const target = app.pack.questions.find((q) => q.text.toLowerCase().includes('director')) ?? app.pack.questions[0];
    if (!target) throw new Error('pack has no questions');
    const word = target.text.toLowerCase().includes('director') ? 'director' : target.text.split(' ')[2] ?? '';
    await page.getByLabel('Search').fill(word);
    const expected = filterQuestions(app.pack, { q: word }).length;
    expect(expected).toBeLessThanOrEqual(total);
    await expect.poll(() => page.locator('.question-card').count()).toBe(expected);
    await expect.poll(() => page.locator('.question-link', { hasText: target.text }).count()).toBe(1);

    // Keyboard: focus the question link and open it with Enter.
    await page.locator('.question-link', { hasText: target.text }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: target.text }).waitFor();
    for (const heading of ['Why it is asked', 'How to answer', 'What is evaluated', 'Red flags', 'Follow-ups the interviewer may ask']) {
      await page.getByRole('heading', { name: heading }).waitFor();
    }
    await page.getByText('Show the sample answer').click();
    await s.screenshot('library-question');
    await page.goto(`${app.url}/library`);
    await s.screenshot('library');
    expect(s.errors).toEqual([]);
  });

  it('shows a design question with its rubric key points', async () => {
    const design = app.pack.questions.find((q) => q.keyPoints.length > 0);
    if (!design) return; // the fixture-free shipped pack always has design questions once filled
    await s.page.goto(`${app.url}/library/${design.id}`);
    await s.page.getByRole('heading', { name: /Rubric key points/ }).waitFor();
    expect(await s.page.locator('.key-points li').count()).toBe(design.keyPoints.length);
  });

  it('fits a phone-width screen with a menu button', async () => {
    await s.page.setViewportSize({ width: 390, height: 800 });
    await s.page.goto(`${app.url}/library`);
    const menu = s.page.getByRole('button', { name: 'Menu' });
    await menu.click();
    await s.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Library' }).waitFor();
    const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await s.screenshot('library-phone');
    await s.page.setViewportSize({ width: 1280, height: 860 });
  });

  it('serves the app for deep links and the API error body for unknown API paths', async () => {
    const res = await fetch(`${app.url}/library/some-question`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
    const api = await fetch(`${app.url}/api/unknown`);
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });
});
