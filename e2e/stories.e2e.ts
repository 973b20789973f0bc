import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './support/app.js';
import { openBrowser, type BrowserSession } from './support/browser.js';
import { e2ePack } from './progress-fixtures.js';

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

const courage = {
  title: 'Pushed back on a risky launch',
  situation: 'At my last company our director wanted to ship a new caching layer one week before a major launch.',
  task: 'I owned the playback service it touched, so I had to decide whether to support the plan.',
  action:
    'I disagreed with the director and challenged the plan with data: I gathered our error-budget numbers, wrote a one-page risk note, and asked for thirty minutes to walk through it. I proposed a staged rollout behind a flag instead.',
  result: 'We delayed the cache by two weeks and launched with zero incidents; error rates stayed under 0.1%, and the director asked me to review similar changes.',
};

const cellState = (storyTitle: string, valueId: string) =>
  s.page.evaluate(
    ({ storyTitle, valueId }) => {
      const table = document.querySelector('[data-testid="coverage-matrix"] table');
      if (!table) return 'no-table';
      const heads = [...table.querySelectorAll('thead th')];
      const col = heads.findIndex((h) => h.getAttribute('data-value') === valueId);
      const row = [...table.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')?.textContent?.includes(storyTitle));
      if (!row || col < 0) return 'missing';
      return row.children[col]?.getAttribute('data-state') ?? 'missing';
    },
    { storyTitle, valueId },
  );

describe('story bank', () => {
  it('adds a story and the values × stories matrix changes', async () => {
    const { page } = s;
    await page.goto(`${app.url}/stories`);
    await page.getByRole('heading', { name: 'Story bank' }).waitFor();
    const matrix = page.getByTestId('coverage-matrix');
    await matrix.waitFor();
    await expect.poll(() => page.getByText('No stories yet').count()).toBe(1);
    const courageGap = page.getByTestId('gap').filter({ hasText: 'Courage' });
    const gapBefore = await courageGap.textContent();
    expect(gapBefore).toMatch(/0 of 2 strong stories/);

    // Write the story, check it (analysis without saving), then save it.
    await page.getByLabel('Title').fill(courage.title);
    await page.getByRole('textbox', { name: /^Situation/ }).fill(courage.situation);
    await page.getByRole('textbox', { name: /^Task/ }).fill(courage.task);
    await page.getByRole('textbox', { name: /^Action/ }).fill(courage.action);
    await page.getByRole('textbox', { name: /^Result/ }).fill(courage.result);
    await page.getByRole('button', { name: 'Check story' }).click();
    await page.getByTestId('assessment').waitFor();
    expect(await page.locator('.story-card').count()).toBe(0); // checking does not save
    await page.getByRole('checkbox', { name: 'Courage' }).check();
    await page.getByRole('button', { name: 'Save story' }).click();

    await page.locator('.story-card', { hasText: courage.title }).waitFor();
    await expect.poll(() => cellState(courage.title, 'courage')).toMatch(/^(strong|weak)$/);
    await expect.poll(() => courageGap.count().then(async (n) => (n === 0 ? 'covered' : await courageGap.textContent()))).not.toBe(gapBefore);
    expect(await cellState(courage.title, 'candor')).toMatch(/^(none|suggested)$/);

    // A second story, tagged with another value, adds a row.
    await page.getByLabel('Title').fill('Told a peer their design would not scale');
    await page.getByRole('textbox', { name: /^Situation/ }).fill('In a design review last year a senior peer proposed a single shared database for three teams.');
    await page.getByRole('textbox', { name: /^Task/ }).fill('I was responsible for the read path and had to give honest feedback.');
    await page.getByRole('textbox', { name: /^Action/ }).fill('I gave candid, direct feedback in private first, showed the load numbers, and suggested per-team stores.');
    await page.getByRole('textbox', { name: /^Result/ }).fill('He changed the design; p99 latency dropped by 35% after launch and we still work well together.');
    await page.getByRole('checkbox', { name: 'Candor' }).check();
    await page.getByRole('button', { name: 'Save story' }).click();
    await expect.poll(() => page.locator('.story-card').count()).toBe(2);
    await expect.poll(() => cellState('Told a peer', 'candor')).toMatch(/^(strong|weak)$/);
    await matrix.scrollIntoViewIfNeeded();
    await s.screenshot('stories-matrix');
    expect(s.errors).toEqual([]);
  });

  it('practises with a story, links the attempt, and edits the story', async () => {
    const { page } = s;
    const card = page.locator('.story-card', { hasText: courage.title });
    await card.getByRole('button', { name: 'Practise with this story' }).click();
    const panel = page.locator('.practise-panel');
    await panel.waitFor();
    await expect.poll(() => panel.getByLabel('Question').locator('option').count()).toBeGreaterThan(0);
    await panel.getByRole('button', { name: 'Submit answer' }).click();
    await panel.getByRole('status').filter({ hasText: 'Scored' }).waitFor();
    await expect.poll(() => card.textContent()).toContain('practised 1 time');
    const stored = await app.store.attempts.list('local');
    expect(stored).toHaveLength(1);
    expect(stored[0]?.meta['storyId']).toBeTruthy();
    await panel.getByRole('button', { name: 'Close' }).click();

    await card.getByRole('button', { name: 'Edit' }).click();
    await page.getByRole('heading', { name: 'Edit story' }).waitFor();
    await page.getByLabel('Title').fill('Pushed back on the cache launch');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('.matrix-story', { hasText: 'Pushed back on the cache launch' }).waitFor();
    expect(s.errors).toEqual([]);
  });
});
