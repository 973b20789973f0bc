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

  it('has a keyboard-reachable sub-navigation between the library sections', async () => {
    const { page } = s;
    await page.goto(`${app.url}/library`);
    const nav = page.getByRole('navigation', { name: 'Library sections' });
    for (const name of ['Questions', 'Values & culture', 'Loops', 'Levels & pitfalls']) await nav.getByRole('link', { name }).waitFor();
    expect(await nav.getByRole('link', { name: 'Questions' }).getAttribute('aria-current')).toBe('page');
    await nav.getByRole('link', { name: 'Values & culture' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Values & culture' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/library/values');
    expect(await nav.getByRole('link', { name: 'Values & culture' }).getAttribute('aria-current')).toBe('page');
    expect(s.errors).toEqual([]);
  });

  it('shows every value with evidence, mapping and question counts, then the culture concepts', async () => {
    const { page } = s;
    await page.goto(`${app.url}/library/values`);
    await page.getByRole('heading', { level: 1, name: 'Values & culture' }).waitFor();
    const current = app.pack.values.filter((v) => v.lists.includes('current'));
    const legacyOnly = app.pack.values.filter((v) => !v.lists.includes('current'));
    expect(current.length).toBe(8);
    for (const v of [...current, ...legacyOnly]) {
      const card = page.locator(`#value-${v.id}`);
      await card.getByRole('heading', { level: 3, name: v.name, exact: true }).waitFor();
      // Evidence behaviours are shown; the raw cue phrases sit behind a closed disclosure.
      await expect.poll(() => card.locator('.evidence-list li').count()).toBe(v.evidence.length);
      expect(await card.locator('.cue-list').isVisible()).toBe(false);
      expect(await card.locator('.red-flags li').count()).toBe(v.antiPatterns.length);
      const n = app.pack.questions.filter((q) => q.values.includes(v.id)).length;
      await card.getByRole('link', { name: `${n} question${n === 1 ? '' : 's'} targeting ${v.name}` }).waitFor();
    }
    // The older list maps onto the 2024 list.
    const communication = app.pack.values.find((v) => v.id === 'communication');
    if (communication) {
      const row = page.locator('.map-table tr', { has: page.getByRole('link', { name: 'Communication' }) });
      for (const id of communication.mapsTo) await row.getByRole('link', { name: app.pack.values.find((v) => v.id === id)?.name ?? id }).waitFor();
    }
    // Cue phrases open on demand.
    const first = current[0];
    if (!first) throw new Error('no current value');
    await page.locator(`#value-${first.id}`).getByText('Cue phrases the analysis looks for').click();
    await expect.poll(() => page.locator(`#value-${first.id} .cue-list code`).count()).toBe(first.evidence.reduce((n, e) => n + new Set(e.cues).size, 0));
    for (const c of app.pack.concepts) await page.getByRole('heading', { level: 3, name: c.name, exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Keeper test' }).waitFor();
    await page.getByRole('heading', { name: 'Notes on the values' }).waitFor();
    await page.locator(`#value-${first.id}`).getByText('Cue phrases the analysis looks for').click();
    await s.screenshot('library-values');

    // The count link opens the filtered question list.
    const withValue = app.pack.questions.filter((q) => q.values.includes(first.id)).length;
    await page.locator(`#value-${first.id} .value-questions`).click();
    await page.getByRole('heading', { name: 'Question library' }).waitFor();
    expect(page.url()).toContain(`value=${first.id}`);
    await expect.poll(() => page.locator('.question-card').count()).toBe(withValue);
    expect(s.errors).toEqual([]);
  });

  it('lists every loop and shows one loop round by round', async () => {
    const { page } = s;
    await page.goto(`${app.url}/library/loops`);
    await page.getByRole('heading', { level: 1, name: 'Interview loops' }).waitFor();
    for (const l of app.pack.loops) await page.getByRole('link', { name: l.title, exact: true }).waitFor();
    const loop = app.pack.loops.find((l) => l.id === 'swe-l5') ?? app.pack.loops[0];
    if (!loop) throw new Error('pack has no loops');
    await page.getByRole('link', { name: loop.title, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: loop.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/library/loops/${loop.id}`);
    const rounds = page.locator('.round-list > li');
    await expect.poll(() => rounds.count()).toBe(loop.rounds.length);
    for (const [i, r] of loop.rounds.entries()) {
      expect(await rounds.nth(i).getByRole('heading', { level: 3 }).textContent()).toBe(r.title);
      for (const g of r.grades) await rounds.nth(i).getByText(g, { exact: true }).waitFor();
    }
    await page.getByText(loop.decision.owner).waitFor();
    await page.getByRole('heading', { name: 'Where sources disagree' }).waitFor();
    expect(await page.locator('.disagreements li').count()).toBe(loop.disagreements.length);
    expect(await page.locator('.sources li').count()).toBe(loop.sources.length);
    expect(await page.getByRole('link', { name: 'Run this loop' }).getAttribute('href')).toBe('/loop');
    await s.screenshot('library-loop');

    // A probed value links to its card on the values page.
    const probed = loop.rounds.find((r) => r.values.length > 0)?.values[0];
    if (probed) {
      await page.locator('.round-list .chip-link').first().click();
      await page.getByRole('heading', { level: 1, name: 'Values & culture' }).waitFor();
      expect(page.url()).toContain(`#value-${probed}`);
    }
    await page.goto(`${app.url}/library/loops/no-such-loop`);
    await page.getByRole('alert').waitFor();
    expect(s.errors).toEqual([]);
  });

  it('shows level expectations, failure modes with fixes and the read-only checklist', async () => {
    const { page } = s;
    await page.goto(`${app.url}/library/guidance`);
    await page.getByRole('heading', { level: 1, name: 'Levels & pitfalls' }).waitFor();
    for (const l of app.pack.guidance.levels) await page.getByRole('heading', { level: 3, name: l.title }).first().waitFor();
    expect(await page.locator('.level-card').count()).toBe(app.pack.guidance.levels.length);
    for (const f of app.pack.guidance.failureModes) await page.getByRole('heading', { level: 3, name: f.title, exact: true }).waitFor();
    const we = app.pack.guidance.failureModes[0];
    if (!we) throw new Error('no failure modes');
    await page.locator('.failure-card', { hasText: we.title }).locator('.fix').getByText(we.fix).waitFor();
    expect(await page.locator('.checklist-read li').count()).toBe(app.pack.guidance.checklist.length);
    expect(await page.locator('.checklist-read input').count()).toBe(0);
    await s.screenshot('library-guidance');
    expect(s.errors).toEqual([]);
  });

  it('renders ten questions of different categories with their headings and follow-ups', async () => {
    const { page } = s;
    const picked: (typeof app.pack.questions)[number][] = [];
    const categories = [...new Set(app.pack.questions.map((q) => q.category))];
    // One per category first, then more behavioral ones (different values) until there are ten.
    for (const c of categories) {
      const q = app.pack.questions.find((x) => x.category === c);
      if (q) picked.push(q);
    }
    for (const q of app.pack.questions) {
      if (picked.length >= 10) break;
      if (!picked.includes(q) && !picked.some((p) => p.category === q.category && p.values[0] === q.values[0])) picked.push(q);
    }
    expect(picked.length).toBe(10);
    expect(new Set(picked.map((q) => q.category)).size).toBeGreaterThanOrEqual(8);
    const shots = new Map([[picked.find((q) => q.category === 'hiring-manager')?.id, 'library-question-hm'], [picked.find((q) => q.category === 'machine-learning')?.id, 'library-question-ml']]);
    for (const q of picked) {
      await page.goto(`${app.url}/library/${q.id}`);
      await page.getByRole('heading', { level: 1, name: q.text }).waitFor();
      expect(await page.getByRole('navigation', { name: 'Library sections' }).getByRole('link', { name: 'Questions' }).getAttribute('aria-current')).toBe('page');
      for (const heading of ['Why it is asked', 'How to answer', 'What is evaluated', 'Red flags', 'Follow-ups the interviewer may ask', 'A strong answer']) {
        await page.getByRole('heading', { level: 2, name: heading }).waitFor();
      }
      const followUps = await page.locator('section[aria-labelledby="followups"] li').allTextContents();
      expect(followUps, q.id).toEqual(q.followUps);
      expect(await page.locator('.red-flags li').count(), q.id).toBe(q.redFlags.length);
      if (q.keyPoints.length > 0) expect(await page.locator('.key-points li').count(), q.id).toBe(q.keyPoints.length);
      const shot = shots.get(q.id);
      if (shot) await s.screenshot(shot);
    }
    expect(s.errors).toEqual([]);
  });

  it('fits the new library pages on a phone-width screen', async () => {
    await s.page.setViewportSize({ width: 390, height: 800 });
    for (const path of ['/library/values', '/library/loops', '/library/loops/swe-l5', '/library/guidance']) {
      await s.page.goto(`${app.url}${path}`);
      await s.page.getByRole('heading', { level: 1 }).waitFor();
      await s.page.locator('details').evaluateAll((all) => all.forEach((d) => d.setAttribute('open', '')));
      const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(1);
    }
    await s.page.goto(`${app.url}/library/loops/swe-l5`);
    await s.screenshot('library-loop-phone');
    await s.page.goto(`${app.url}/library/values`);
    await s.screenshot('library-values-phone', false);
    await s.page.setViewportSize({ width: 1280, height: 860 });
    expect(s.errors).toEqual([]);
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
