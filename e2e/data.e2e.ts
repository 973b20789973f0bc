/** Settings → your data, in a real browser: PDF report download, export, delete my data, import. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppUnderTest } from './support/app.js';
import { openBrowser, type BrowserSession } from './support/browser.js';

let app: AppUnderTest;
let s: BrowserSession;
let dir = '';

async function api(method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${app.url}/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return text ? (JSON.parse(text) as unknown) : undefined;
}

const withoutTime = (a: unknown): unknown => ({ ...(a as Record<string, unknown>), exportedAt: '' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'keeper-data-e2e-'));
  app = await startApp();
  s = await openBrowser();
  const q = app.pack.questions.find((x) => x.round === 'behavioral');
  if (!q) throw new Error('no behavioral question');
  await api('POST', '/attempts', { questionId: q.id, answer: 'I told my manager the plan would miss the date and proposed cutting scope; we shipped on time.' });
  await api('POST', '/attempts', { questionId: q.id, answer: 'Second answer: I asked for the data first, then disagreed in the review with numbers.' });
  await api('POST', '/stories', { title: 'Scope cut that saved a launch', situation: 'A launch was at risk.', action: 'I proposed cutting scope.', result: 'We shipped on time.', tags: ['candor'] });
});

afterAll(async () => {
  await s?.close();
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('settings: your data', () => {
  it('downloads a PDF report and the export, deletes everything after confirmation, and imports it back', async () => {
    const { page } = s;
    await page.goto(`${app.url}/settings`);
    await page.getByRole('heading', { name: 'Settings and your data' }).waitFor();

    // A PDF report downloads from the Reports section.
    await page.getByRole('region', { name: 'Reports (PDF)' }).getByRole('link', { name: 'PDF' }).first().waitFor();
    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download progress report (PDF)' }).click()]);
    const pdfFile = join(dir, 'progress.pdf');
    await pdfDownload.saveAs(pdfFile);
    expect(readFileSync(pdfFile).subarray(0, 5).toString()).toBe('%PDF-');
    expect(execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' })).toContain('Progress report');

    // Export.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export (JSON)' }).click()]);
    const archiveFile = join(dir, 'archive.json');
    await download.saveAs(archiveFile);
    const before = JSON.parse(readFileSync(archiveFile, 'utf8')) as { attempts: unknown[]; stories: unknown[] };
    expect(before.attempts).toHaveLength(2);
    expect(before.stories).toHaveLength(1);

    // Delete my data needs the typed confirmation.
    await page.getByRole('button', { name: 'Delete my data…' }).click();
    const confirmButton = page.getByRole('button', { name: 'Delete everything' });
    expect(await confirmButton.isDisabled()).toBe(true);
    await page.getByLabel('Confirmation').fill('delete my data');
    await confirmButton.click();
    await page.getByText(/Deleted 2 attempts, 0 mock loops, 1 story and plan records/).waitFor();
    expect(((await api('GET', '/export')) as { attempts: unknown[] }).attempts).toHaveLength(0);
    await s.screenshot('settings-deleted');

    // A hand-edited archive is refused with the path that is wrong, and changes nothing.
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, readFileSync(archiveFile, 'utf8').replace(/"createdAt": "[^"]+"/, '"createdAt": "yesterday"'));
    await page.getByLabel('Choose an archive to import').setInputFiles(broken);
    await page.getByRole('alert').filter({ hasText: 'nothing was imported' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/attempts\[0\]\.createdAt|stories\[0\]\.createdAt/);
    expect(((await api('GET', '/export')) as { attempts: unknown[] }).attempts).toHaveLength(0);

    // Import: preview first, then import; the profile is back as it was.
    await page.getByLabel('Choose an archive to import').setInputFiles(archiveFile);
    await page.getByText(/2 attempts, 1 story added/).waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/^Imported:/).waitFor();
    expect(withoutTime(await api('GET', '/export'))).toEqual(withoutTime(before));
    await s.screenshot('settings-imported');
    // The refused import above is a 400 the browser logs by itself; nothing else may fail.
    expect(s.errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    expect(s.errors.filter((e) => e.includes('status of 400'))).toHaveLength(1);
  });
});
