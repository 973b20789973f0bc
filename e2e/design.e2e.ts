/**
 * System design page, end to end in Chromium: pick a prompt, write a design and a Mermaid diagram
 * (rendered live), submit, and read the rubric checklist, phase timeline, follow-up and outline.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './support/app.js';
import { openBrowser, type BrowserSession } from './support/browser.js';

const FIXTURES = join(import.meta.dirname, '..', 'test', 'fixtures', 'design');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

let app: AppUnderTest;
let s: BrowserSession;

beforeAll(async () => {
  // The real wiring: the server's analyzer sends design questions to the design engine.
  app = await startApp();
  s = await openBrowser();
});
afterAll(async () => {
  await s?.close();
  await app?.close();
});

describe('system design page', () => {
  it('designs a prompt with a live Mermaid diagram and shows rubric feedback linked to the answer', async () => {
    const { page } = s;
    const question = app.pack.questions.find((q) => q.id === 'design-adaptive-streaming');
    if (!question) throw new Error('design-adaptive-streaming missing from the pack');
    await page.goto(`${app.url}/design`);
    await page.getByRole('heading', { level: 1, name: 'System design' }).waitFor();

    // Pick the prompt; the URL remembers it.
    await page.getByLabel('Design prompt').selectOption(question.id);
    await page.getByRole('heading', { level: 2, name: question.text }).waitFor();
    expect(page.url()).toContain(`question=${question.id}`);
    await expect.poll(() => page.getByRole('timer').textContent()).toContain('45:00');

    // Write the answer; the clock starts with the first keystroke.
    await page.getByLabel('Your design').fill(fixture('design-adaptive-streaming.strong.md'));
    await expect.poll(() => page.getByRole('timer').textContent()).toContain('Clock running');

    // The diagram renders live; its labels end up in the analysis.
    await page.getByLabel('Diagram (Mermaid)').fill(readFileSync(join(FIXTURES, 'design-adaptive-streaming.strong.mmd'), 'utf8'));
    const preview = page.getByTestId('diagram-preview');
    await preview.locator('svg').waitFor({ timeout: 30_000 });
    await expect.poll(() => preview.locator('svg').textContent()).toContain('Throughput estimator');
    await s.screenshot('design-editing');

    await page.getByRole('button', { name: 'Submit for feedback' }).click();
    await page.getByRole('heading', { name: 'Feedback' }).waitFor();

    // Rubric checklist: one row per key point; covered rows link to their sentences.
    const rows = page.locator('.design-rubric > li');
    await expect.poll(() => rows.count()).toBe(question.keyPoints.length);
    const covered = await page.locator('.design-rubric > li.covered').count();
    expect(covered).toBeGreaterThanOrEqual(Math.ceil(question.keyPoints.length * 0.75));
    const link = page.locator('[data-point="buffer-based-selection"] .design-evidence a').first();
    await link.click();
    const target = page.locator('.design-sentence.highlighted');
    await expect.poll(() => target.count()).toBe(1);
    expect((await target.textContent())?.toLowerCase()).toContain('buffer');

    // Missing points explain themselves (there may be none for a strong answer).
    for (const missing of await page.locator('.design-rubric > li.missing').all()) expect((await missing.textContent())?.length ?? 0).toBeGreaterThan(20);

    // Phase timeline, follow-up, reference outline, and the diagram's labels among the sentences.
    await expect.poll(() => page.locator('.design-timeline > li').count()).toBe(9);
    expect(await page.locator('.design-timeline > li.present').count()).toBeGreaterThanOrEqual(6);
    expect((await page.locator('.design-followup-text').textContent())?.trim().length ?? 0).toBeGreaterThan(10);
    const outline = 'outline' in question.sample ? question.sample.outline : [];
    await expect.poll(() => page.locator('.design-outline > li').count()).toBe(outline.length);
    await page.getByRole('heading', { name: 'From your diagram' }).waitFor();
    expect(await page.locator('.design-diagram-lines li').first().textContent()).toContain('Player → Edge server');
    await s.screenshot('design-feedback');

    // The attempt is stored like any other, with the diagram.
    const attempts = (await (await fetch(`${app.url}/api/attempts`)).json()) as { items?: { kind: string; questionId: string }[] } | { kind: string; questionId: string }[];
    const list = Array.isArray(attempts) ? attempts : attempts.items ?? [];
    expect(list.some((a) => a.questionId === question.id && a.kind === 'design')).toBe(true);
    expect(s.errors).toEqual([]);
  });

  it('explains a Mermaid syntax problem instead of failing', async () => {
    const { page } = s;
    await page.goto(`${app.url}/design?question=design-global-cdn`);
    await page.getByLabel('Diagram (Mermaid)').fill('flowchart LR\n  A[Client] -->');
    await page.getByTestId('diagram-preview').getByRole('status').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('diagram-preview').locator('svg').count()).toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('submits the answer as it stands when the 45 minutes run out', async () => {
    const { page } = s;
    await page.clock.install();
    await page.goto(`${app.url}/design?question=design-rate-limiter`);
    await page.getByLabel('Your design').fill('I would use a token bucket per API key, kept in Redis and updated atomically with a Lua script; over the limit the gateway returns 429 with Retry-After.');
    await page.clock.fastForward('45:01');
    await page.getByRole('heading', { name: 'Feedback' }).waitFor();
    await expect.poll(() => page.getByRole('timer').textContent()).toContain("Time's up");
    expect(await page.locator('[data-point="token-bucket"].covered').count()).toBe(1);
    expect(s.errors).toEqual([]);
  });
});
