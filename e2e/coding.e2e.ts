/**
 * The coding page end to end: read a problem, write code in CodeMirror, Run (public tests), fix it,
 * Submit (all tests), see the reference and follow-ups, and get the explanation analysed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './support/app.js';
import { openBrowser, type BrowserSession } from './support/browser.js';

let app: AppUnderTest;
let s: BrowserSession;

const REFERENCE = readFileSync(join(import.meta.dirname, '..', 'content', 'netflix', 'problems', 'ttl-cache', 'reference.ts'), 'utf8');
const FALSY_BUG = readFileSync(join(import.meta.dirname, '..', 'content', 'netflix', 'problems', 'ttl-cache', 'buggy', 'falsy-miss.ts'), 'utf8');

beforeAll(async () => {
  app = await startApp();
  s = await openBrowser({ viewport: { width: 1400, height: 1000 } });
});
afterAll(async () => {
  await s?.close();
  await app?.close();
});

/** Replaces the editor's text the way a paste would (no auto-indent or bracket closing). */
async function setCode(text: string): Promise<void> {
  const editor = s.page.getByRole('textbox', { name: 'Solution for Auto-expiring cache' });
  await editor.click();
  await s.page.keyboard.press('Control+A');
  await s.page.keyboard.press('Delete');
  await s.page.keyboard.insertText(text);
}

describe('coding page', () => {
  it('runs, submits, reveals the reference and analyses the explanation', async () => {
    const { page } = s;
    await page.goto(`${app.url}/coding/ttl-cache`);
    await page.getByRole('heading', { name: /Auto-expiring cache/ }).waitFor();
    await page.getByText('count() returns how many keys are live right now.').waitFor();
    await page.getByRole('timer', { name: 'Time spent on this problem' }).waitFor();
    // The starter code is in the editor, highlighted as TypeScript.
    await expect.poll(() => page.locator('.cm-content').innerText()).toContain('export class TtlCache');
    expect(await page.locator('.cm-content span[class]').count()).toBeGreaterThan(3);

    // Run a buggy solution: the public falsy-values test fails with a readable message.
    await setCode(FALSY_BUG);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByRole('heading', { name: 'Wrong answer' }).waitFor();
    await page.getByText('get("zero") at t=50 returned undefined, expected 0').waitFor();
    expect(await page.locator('.test.fail').count()).toBeGreaterThan(0);
    await s.screenshot('coding-run-wrong-answer');

    // A compile error points at the line.
    await setCode('export class TtlCache {\n  get(key: string) {\n    return ;;)\n  }\n}\n');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByRole('heading', { name: 'Compile error' }).waitFor();
    await page.getByRole('button', { name: /^line 3:/ }).waitFor();

    // Explain the approach, then submit the real solution.
    await page.getByLabel('Your explanation').fill(
      'A hash map from key to value and expiry plus a min-heap of expiry times. get is O(1) time, set is O(log n), and it uses O(n) space. ' +
        'I compare expiry with >= so an entry is gone exactly at t + ttl, and I check for undefined instead of truthiness so falsy values are hits. ' +
        'A periodic sweep would be simpler, but the heap trades memory for cleanup that never scans.',
    );
    await page.getByRole('button', { name: 'Analyse explanation' }).click();
    await page.getByTestId('approach-analysis').waitFor();
    await page.getByText('matches the reference').first().waitFor();

    await setCode(REFERENCE);
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByRole('heading', { name: 'Accepted' }).waitFor();
    await expect.poll(() => page.getByTestId('passed-count').innerText()).toBe('21');
    expect(await page.locator('.test.pass').count()).toBe(21);
    expect(await page.locator('.chip-hidden').count()).toBe(16);

    // After submitting: reference, follow-ups and edge cases.
    await page.getByRole('heading', { name: 'After the round' }).waitFor();
    await page.getByRole('heading', { name: 'Follow-up questions' }).waitFor();
    expect(await page.locator('.follow-ups li').count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.getByRole('textbox', { name: 'Reference solution' }).innerText()).toContain('private heap');
    await s.screenshot('coding-submitted');

    // The run and the submit were stored as coding attempts.
    const attempts = (await (await fetch(`${app.url}/api/attempts?kind=coding`)).json()) as { meta: { mode: string; verdict: string } }[];
    expect(attempts.map((a) => `${a.meta.mode}:${a.meta.verdict}`)).toEqual(['submit:accepted', 'run:compile-error', 'run:wrong-answer']);
    expect(s.errors).toEqual([]);
  });

  it('switches problems from the picker', async () => {
    const { page } = s;
    await page.goto(`${app.url}/coding`);
    await page.getByLabel('Problem', { exact: true }).selectOption('task-order');
    await page.getByRole('heading', { name: /Task order with dependencies/ }).waitFor();
    expect(page.url()).toContain('/coding/task-order');
    await expect.poll(() => page.locator('.cm-content').innerText()).toContain('export function taskOrder');
    expect(s.errors).toEqual([]);
  });
});
