/**
 * Speaking an answer in a real browser: Chromium's fake microphone plays a WAV made by espeak-ng,
 * the page records it, makes the 16 kHz WAV, saves both, transcribes through an OpenAI-compatible
 * stand-in on this machine, analyses the corrected text and plays the recording back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAiTranscriber, checkSpeechAudio } from '../src/speech/index.js';
import { startApp, type AppUnderTest } from './support/app.js';
import { openBrowser, type BrowserSession } from './support/browser.js';

const SPOKEN =
  'Last year our director wanted to ship a risky cache change before a launch. I owned the service, so I gathered the incident data and asked for a small rollout first. We shipped two weeks later with zero incidents.';

let app: AppUnderTest;
let s: BrowserSession;
let stt: Server;
let dir = '';
const received: { seconds: number; peakOk: boolean }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'keeper-speech-e2e-'));
  const wav = join(dir, 'answer.wav');
  execFileSync('espeak-ng', ['-w', wav, '-s', '165', SPOKEN]);

  // OpenAI-compatible stand-in: checks the WAV the browser made, answers with timed words.
  stt = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const form = await new Request('http://x/', { method: 'POST', headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) }).formData();
        const file = form.get('file');
        const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
        const check = checkSpeechAudio(bytes);
        received.push({ seconds: check.ok ? check.wav.durationSec : 0, peakOk: check.ok });
        const words = SPOKEN.replace('cache', 'cash').split(' ');
        res.writeHead(200, { 'content-type': 'application/json' });
        // Spread the words over the audio actually received, as a real engine would.
        const seconds = check.ok ? check.wav.durationSec : 4;
        const step = Math.max(0.05, (seconds - 0.5) / words.length);
        res.end(JSON.stringify({ text: words.join(' '), duration: seconds, words: words.map((word, i) => ({ word, start: 0.3 + i * step, end: 0.3 + (i + 0.8) * step })) }));
      })();
    });
  });
  await new Promise<void>((resolve) => stt.listen(0, '127.0.0.1', resolve));
  const sttUrl = `http://127.0.0.1:${(stt.address() as AddressInfo).port}`;

  app = await startApp({ transcriber: createOpenAiTranscriber({ url: sttUrl }) });
  s = await openBrowser({
    extraArgs: ['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${wav}`, '--autoplay-policy=no-user-gesture-required'],
    permissions: ['microphone'],
  });
});

afterAll(async () => {
  await s?.close();
  await app?.close();
  stt?.closeAllConnections();
  await new Promise((resolve) => stt?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('speaking an answer', () => {
  it('records from the microphone, saves, transcribes, analyses and plays back with seeking', async () => {
    const { page } = s;
    await page.goto(`${app.url}/speak`);
    await page.getByRole('heading', { name: 'Speak your answer' }).waitFor();
    await expect.poll(() => page.getByLabel('Question').locator('option').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Start recording' }).click();
    await page.getByRole('button', { name: 'Stop recording' }).waitFor();
    // The level meter moves with the fake microphone, and the clock runs.
    await expect.poll(async () => Number(await page.getByRole('meter', { name: 'Microphone level' }).getAttribute('aria-valuenow')), { timeout: 10_000 }).toBeGreaterThan(5);
    await expect.poll(async () => (await page.getByTestId('elapsed').textContent()) ?? '', { timeout: 15_000 }).toMatch(/^0:0[4-9]/);
    await s.screenshot('speech-recording');
    await page.getByRole('button', { name: 'Stop recording' }).click();

    // Saved, converted to WAV in the browser, transcribed: the transcript is ready to correct.
    const transcript = page.getByRole('textbox', { name: 'Transcript' });
    await expect.poll(() => transcript.inputValue(), { timeout: 30_000 }).toContain('risky cash change');
    expect(received).toHaveLength(1);
    expect(received[0]?.peakOk).toBe(true);
    expect(received[0]?.seconds).toBeGreaterThan(3);
    const [stored] = await app.store.recordings.list('local');
    expect(stored).toMatchObject({ mimeType: expect.stringMatching(/^audio\//), wavSize: expect.any(Number) });
    expect(stored?.size).toBeGreaterThan(1000);

    // Correct the misheard word and analyse.
    await transcript.fill((await transcript.inputValue()).replace('cash', 'cache'));
    await page.getByRole('button', { name: 'Analyse answer' }).click();
    await page.getByRole('heading', { name: /^Score \d+/ }).waitFor({ timeout: 30_000 });
    const linked = await app.store.recordings.get('local', stored?.id ?? '');
    expect(linked?.attemptId).toBeTruthy();
    expect((linked?.transcript as { correctedText?: string }).correctedText).toContain('risky cache change');

    // Playback: STAR-tinted sentences; clicking one seeks there and highlights it.
    const playback = page.getByRole('region', { name: 'Playback' });
    const sentences = playback.locator('.playback-sentence');
    await expect.poll(() => sentences.count()).toBeGreaterThanOrEqual(3);
    // Every sentence carries a STAR tint (from the analysis when it labels sentences).
    expect(await playback.locator('.playback-sentence[class*="star-"]').count()).toBe(await sentences.count());
    const audio = playback.locator('audio');
    await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.readyState), { timeout: 15_000 }).toBeGreaterThan(0);
    await sentences.nth(2).click();
    await expect.poll(() => sentences.nth(2).getAttribute('aria-current')).toBe('true');
    const at = await audio.evaluate((el: HTMLAudioElement) => el.currentTime);
    expect(at).toBeGreaterThan(1);
    await audio.evaluate((el: HTMLAudioElement) => el.pause());
    await expect.poll(() => sentences.nth(2).getAttribute('aria-current')).toBe('true');
    await page.getByLabel('Delivery').first().waitFor();
    await s.screenshot('speech-playback');

    // The media streams with range support.
    const ranged = await page.request.get(`${app.url}${linked ? `/api/recordings/${linked.id}/media` : ''}`, { headers: { range: 'bytes=0-99' } });
    expect(ranged.status()).toBe(206);
    expect((await ranged.body()).length).toBe(100);

    // Delete it from the list.
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('region', { name: 'Your recordings' }).getByRole('button', { name: 'Delete' }).first().click();
    await expect.poll(async () => (await app.store.recordings.list('local')).length).toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('records with the camera too, and accepts an uploaded audio file', async () => {
    const { page } = s;
    await page.goto(`${app.url}/speak`);
    await expect.poll(() => page.getByLabel('Question').locator('option').count()).toBeGreaterThan(0);

    await page.getByLabel('Camera too').check();
    await page.getByRole('button', { name: 'Start recording' }).click();
    await page.getByLabel('Camera preview').waitFor();
    await expect.poll(async () => (await page.getByTestId('elapsed').textContent()) ?? '', { timeout: 15_000 }).toMatch(/^0:0[2-9]/);
    await page.getByRole('button', { name: 'Stop recording' }).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Transcript' }).inputValue(), { timeout: 30_000 }).toContain('director');
    const [video] = await app.store.recordings.list('local');
    expect(video?.mimeType).toMatch(/^video\/webm/);
    expect(video?.wavSize).toBeGreaterThan(16_000);
    await page.getByRole('region', { name: 'Playback' }).locator('video').waitFor();

    // Upload the espeak WAV itself: stored as WAV and transcribed.
    await page.getByLabel('Upload a recording').setInputFiles(join(dir, 'answer.wav'));
    await expect.poll(async () => (await app.store.recordings.list('local')).length, { timeout: 30_000 }).toBe(2);
    const [uploaded] = await app.store.recordings.list('local');
    expect(uploaded).toMatchObject({ mimeType: 'audio/wav', wavSize: expect.any(Number) });
    expect(uploaded?.durationSec).toBeGreaterThan(8);
    await expect.poll(() => received.length, { timeout: 30_000 }).toBe(3);
    expect(received[2]?.seconds).toBeGreaterThan(8);
    expect(s.errors).toEqual([]);
  });
});
