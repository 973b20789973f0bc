import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSpeechAudio, createOpenAiTranscriber, decodeWav } from '../src/speech/index.js';
import { startApp, type AppUnderTest } from './support/app.js';
import { openBrowser, type BrowserSession } from './support/browser.js';

let app: AppUnderTest;
let s: BrowserSession;

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
  beforeAll(async () => {
    app = await startApp();
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
    await app?.close();
  });

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

/** Spoken fast on purpose (espeak-ng at 230 wpm): the measured pace must reach the analysis. */
const SPOKEN =
  'Last year our director wanted to ship a risky cache change a week before a launch. I owned the service, so I pulled the incident data and asked for a small rollout first. We shipped two weeks later with zero incidents, and I learned to bring data to a disagreement.';

describe('practice: speaking an answer', () => {
  let stt: Server;
  let dir = '';
  const received: number[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'keeper-practice-e2e-'));
    const wav = join(dir, 'answer.wav');
    execFileSync('espeak-ng', ['-w', wav, '-s', '230', SPOKEN]);
    const decoded = decodeWav(new Uint8Array(readFileSync(wav)));
    const spokenSec = decoded.ok ? decoded.wav.durationSec : 11;

    // OpenAI-compatible stand-in: checks the browser's WAV and answers with the words timed as espeak spoke them
    // (with one word misheard, for the candidate to correct).
    stt = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        void (async () => {
          const form = await new Request('http://x/', { method: 'POST', headers: req.headers as Record<string, string>, body: Buffer.concat(chunks) }).formData();
          const file = form.get('file');
          const check = checkSpeechAudio(file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array());
          const seconds = check.ok ? check.wav.durationSec : 0;
          received.push(seconds);
          const words = SPOKEN.replace('cache', 'cash').split(' ');
          const until = Math.min(seconds, spokenSec) - 0.3;
          const step = Math.max(0.05, (until - 0.2) / words.length);
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ text: words.join(' '), duration: seconds, words: words.map((word, i) => ({ word, start: 0.2 + i * step, end: 0.2 + (i + 0.85) * step })) }));
        })();
      });
    });
    await new Promise<void>((resolve) => stt.listen(0, '127.0.0.1', resolve));
    app = await startApp({ transcriber: createOpenAiTranscriber({ url: `http://127.0.0.1:${(stt.address() as AddressInfo).port}` }) });
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

  it('records an answer, corrects the transcript, and sees measured delivery in the feedback beside the playback', async () => {
    const { page } = s;
    const id = behavioralQuestion();
    const question = app.pack.questions.find((q) => q.id === id);
    const [lo, hi] = question?.targetSeconds ?? [60, 150];
    const clock = (sec: number): string => `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;
    await page.goto(`${app.url}/practice?question=${id}`);
    await page.getByRole('heading', { level: 2, name: question?.text ?? '' }).waitFor();

    await page.getByRole('button', { name: 'Speak your answer' }).click();
    const speak = page.getByRole('region', { name: 'Speak your answer' });
    // Elapsed time is shown against the question's own target length.
    expect(await speak.getByTestId('elapsed').innerText()).toContain(`target ${clock(lo)}–${clock(hi)}`);
    await speak.getByRole('button', { name: 'Start recording' }).click();
    await speak.getByRole('button', { name: 'Stop recording' }).waitFor();
    await expect.poll(async () => Number(await speak.getByRole('meter', { name: 'Microphone level' }).getAttribute('aria-valuenow')), { timeout: 10_000 }).toBeGreaterThan(5);
    // It never stops by itself: the candidate stops once the whole answer has been spoken.
    await expect.poll(async () => (await speak.getByTestId('elapsed').textContent()) ?? '', { timeout: 25_000, interval: 250 }).toMatch(/^0:1[2-9]/);
    await s.screenshot('practice-speaking');
    await speak.getByRole('button', { name: 'Stop recording' }).click();

    // Transcribed into the answer box, ready to correct.
    const box = page.getByLabel('Your answer', { exact: true });
    await expect.poll(() => box.inputValue(), { timeout: 30_000 }).toContain('risky cash change');
    expect(received).toHaveLength(1);
    expect(received[0]).toBeGreaterThan(10);
    await box.fill((await box.inputValue()).replace('cash', 'cache'));
    await page.getByRole('button', { name: 'Submit answer' }).click();

    // Feedback: the delivery dimension uses the measured pace (espeak spoke fast).
    const feedback = page.getByRole('region', { name: 'Feedback' });
    await feedback.waitFor({ timeout: 30_000 });
    const delivery = feedback.locator('.dimension', { hasText: /^delivery/i });
    await expect.poll(() => delivery.innerText()).toMatch(/wpm \(measured\)/);
    expect(await delivery.innerText()).toMatch(/pace-fast/);
    expect(await feedback.locator('.flags').innerText()).toMatch(/pace-fast/);
    expect(await feedback.locator('.delivery-line').innerText()).toContain('(measured)');
    expect(await feedback.locator('.answer-view').innerText()).toContain('risky cache change');

    // Playback beside the feedback: STAR-tinted sentences; clicking one seeks to it.
    const playback = page.getByRole('region', { name: 'Playback' });
    const sentences = playback.locator('.playback-sentence');
    await expect.poll(() => sentences.count()).toBeGreaterThanOrEqual(3);
    const audio = playback.locator('audio');
    await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => el.readyState), { timeout: 15_000 }).toBeGreaterThan(0);
    await sentences.nth(2).click();
    await expect.poll(() => sentences.nth(2).getAttribute('aria-current')).toBe('true');
    expect(await audio.evaluate((el: HTMLAudioElement) => el.currentTime)).toBeGreaterThan(3);
    await audio.evaluate((el: HTMLAudioElement) => el.pause());
    await playback.getByLabel('Delivery').waitFor();
    const [fb, pb] = await Promise.all([feedback.boundingBox(), playback.boundingBox()]);
    expect(pb?.x ?? 0).toBeGreaterThan((fb?.x ?? 0) + (fb?.width ?? 0) - 1);
    await s.screenshot('practice-spoken-feedback');

    // Stored: the attempt names the recording, the recording its attempt and the corrected text.
    const [attempt] = (await (await fetch(`${app.url}/api/attempts?questionId=${id}`)).json()) as { id: string; meta: { recordingId?: string }; analysis: { delivery: { measured: boolean } } }[];
    expect(attempt?.analysis.delivery.measured).toBe(true);
    const rec = await app.store.recordings.get('local', attempt?.meta.recordingId ?? '');
    expect(rec?.attemptId).toBe(attempt?.id);
    expect((rec?.transcript as { correctedText?: string }).correctedText).toContain('risky cache change');
    expect(s.errors).toEqual([]);
  });
});
