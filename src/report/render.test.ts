import { describe, expect, it } from 'vitest';
import { renderAttemptPdf, renderLoopPdf, renderProgressPdf } from './index.js';
import { sampleAttempt, sampleLoop, sampleProgress } from './fixtures.js';
import { flat, inspectPdf } from './pdf-test-helpers.js';
import type { AttemptReportData, DesignReportAnalysis } from './types.js';

const generatedAt = '2026-03-06T09:00:00.000Z';

describe('attempt report', () => {
  it('renders question, score, verdict, tinted answer, fixes, follow-up and page numbers', async () => {
    const pdf = await renderAttemptPdf(sampleAttempt, { generatedAt });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { pages, text, pageTexts } = inspectPdf(pdf, 'attempt-behavioral', { screenshotPages: 2 });
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    const all = flat(text);
    expect(all).toContain('Answer report');
    expect(all).toContain('Tell me about a time you disagreed with a director or senior leader.');
    expect(all).toContain('78');
    expect(all).toContain('HIRE');
    expect(all).toContain('I owned that service, and our error budget for the quarter was already 70% spent.');
    expect(all).toContain('What to fix first');
    expect(all).toContain('Say candidly what you told the director');
    expect(all).toContain('What would you have done if the director had insisted on the full rollout anyway?');
    expect(all).toContain('Targeted by the question but not shown: Candor.');
    expect(all).toContain('Structure — 4 / 4');
    expect(all).toContain('148 words per minute');
    expect(all).toContain('The transcription engine drops most fillers');
    pageTexts.forEach((pageText, i) => expect(flat(pageText)).toContain(`Page ${i + 1} of ${pages}`));
  });

  it('renders a design attempt with rubric coverage and a judge result', async () => {
    const text = 'We need to serve 200 million members. Each member has about 20 rows. I would cache the row per member at the edge. If the cache fails we fall back to a static row.';
    const parts = text.split(/(?<=\.) /);
    let pos = 0;
    const sentences = parts.map((t, index) => {
      const start = text.indexOf(t, pos);
      pos = start + t.length;
      return { index, start, end: pos, text: t };
    });
    const analysis: DesignReportAnalysis = {
      kind: 'design',
      score: 41,
      verdict: 'no-hire',
      sentences,
      rubric: {
        coverage: 0.4,
        points: [
          { id: 'scale', text: 'Estimates the scale: members, requests, storage', covered: true, evidence: [0, 1] },
          { id: 'cache', text: 'Caches per member close to the client', covered: true, evidence: [2] },
          { id: 'consistency', text: 'Explains how fresh the row must be', covered: false, evidence: [] },
        ],
      },
      phases: [
        { name: 'requirements', present: true, evidence: [0] },
        { name: 'estimates', present: true, evidence: [1] },
        { name: 'trade-offs', present: false, evidence: [] },
      ],
      flags: [{ code: 'no-trade-offs', message: 'No option was compared with another.', evidence: [] }],
      fixes: ['Compare two storage options and say why you chose one.'],
      followUp: 'What happens to the row when a member finishes an episode on another device?',
    };
    const data: AttemptReportData = {
      question: { id: 'design-continue-watching', text: 'Design the "continue watching" row.', round: 'system-design' },
      answer: text,
      analysis,
      judge: {
        problem: 'ttl-cache',
        verdict: 'wrong-answer',
        passed: 17,
        total: 20,
        ms: 12.3,
        tests: [
          { name: 'expires at the exact deadline', visibility: 'public', passed: false, message: 'expected undefined, got 1' },
          { name: 'hidden #4', visibility: 'hidden', passed: false, message: 'secret input 123' },
        ],
      },
    };
    const pdf = await renderAttemptPdf(data, { generatedAt });
    const { pages, text: out } = inspectPdf(pdf, 'attempt-design');
    expect(pages).toBeGreaterThanOrEqual(1);
    const all = flat(out);
    expect(all).toContain('Rubric coverage — 40%');
    expect(all).toContain('[missing] Explains how fresh the row must be');
    expect(all).toContain('Code judge — Wrong answer');
    expect(all).toContain('17 of 20');
    expect(all).toContain('expected undefined, got 1');
    // Hidden tests never reveal their details.
    expect(all).not.toContain('secret input 123');
  });

  it('survives non-Latin-1 text, emoji and offsets that do not match the answer', async () => {
    const answer = 'Nuestro equipo en São Paulo y 東京 💥 tuvo un incidente — Łukasz lo resolvió en 5 min.';
    const data: AttemptReportData = {
      question: { id: 'q', text: 'Cuéntame de un fallo 🙂 (Ærø, Straße, Ελλάδα)' },
      answer,
      analysis: {
        kind: 'behavioral',
        score: 30,
        verdict: 'strong-no-hire',
        sentences: [{ index: 0, start: 0, end: 999, text: answer, star: 'situation' }],
        fixes: ['Añade un resultado medible 📈.'],
      },
    };
    const pdf = await renderAttemptPdf(data, { generatedAt });
    const { text } = inspectPdf(pdf, 'attempt-unicode', { screenshotPages: 0 });
    const all = flat(text);
    expect(all).toContain('São Paulo');
    expect(all).toContain('Lukasz');
    expect(all).toContain('Straße');
    expect(all).toContain('Añade un resultado medible');
  });

  it('breaks a long answer across pages and numbers every page', async () => {
    const sentence = 'I rewrote the retry policy so every client backs off with jitter, which cut the thundering herd after deploys.';
    const answer = Array.from({ length: 160 }, () => sentence).join(' ');
    const sentences = Array.from({ length: 160 }, (_, i) => ({
      index: i,
      start: i * (sentence.length + 1),
      end: i * (sentence.length + 1) + sentence.length,
      text: sentence,
      star: (['situation', 'task', 'action', 'result'] as const)[i % 4],
    }));
    const pdf = await renderAttemptPdf({
      question: { id: 'q', text: 'Tell me about a reliability fix.' },
      answer,
      analysis: { kind: 'behavioral', score: 55, verdict: 'no-hire', sentences },
    });
    const { pages, pageTexts } = inspectPdf(pdf, 'attempt-long', { screenshotPages: 0 });
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(flat(pageTexts[pages - 1] ?? '')).toContain(`Page ${pages} of ${pages}`);
  });
});

describe('loop debrief', () => {
  it('shows the panel decision, each round verdict with reasons and quotes, and the top fixes', async () => {
    const pdf = await renderLoopPdf(sampleLoop, { generatedAt });
    const { pages, text, pageTexts } = inspectPdf(pdf, 'loop-debrief', { screenshotPages: 2 });
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    const all = flat(text);
    expect(all).toContain('Mock loop debrief');
    expect(all).toContain('Panel decision');
    expect(all).toContain('NO HIRE');
    expect(all).toContain('The panel was not unanimous.');
    for (const round of sampleLoop.rounds) expect(all).toContain(round.title);
    expect(all).toContain('STRONG HIRE');
    expect(all).toContain('No numbers: storage and traffic were never estimated.');
    expect(all).toContain('“We can just put everything in one big database and scale it later.”');
    expect(all).toContain('Top fixes before the real loop');
    expect(all).toContain('In design, start with numbers');
    pageTexts.forEach((p, i) => expect(flat(p)).toContain(`Page ${i + 1} of ${pages}`));
  });

  it('renders an empty loop without failing', async () => {
    const pdf = await renderLoopPdf({ title: 'Abandoned loop', rounds: [], panel: { decision: 'no-decision', reasons: [] }, topFixes: [] });
    const { text } = inspectPdf(pdf, 'loop-empty', { screenshotPages: 0 });
    expect(flat(text)).toContain('No round was finished in this loop.');
  });
});

describe('progress summary', () => {
  it('shows readiness, a chart per dimension and value, the checklist and the plan', async () => {
    const pdf = await renderProgressPdf(sampleProgress, { generatedAt });
    const { pages, text } = inspectPdf(pdf, 'progress', { screenshotPages: 2 });
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
    const all = flat(text);
    expect(all).toContain('Progress report');
    expect(all).toContain('68%');
    expect(all).toContain('System design');
    for (const s of [...sampleProgress.dimensions, ...sampleProgress.values]) expect(all).toContain(s.name);
    expect(all).toContain('Checklist — 3 of 6 done');
    expect(all).toContain('ticked from your data');
    expect(all).toContain('4-week plan to 20 March');
    expect(all).toContain('Full mock loop');
  });

  it('renders a brand-new profile with no data', async () => {
    const pdf = await renderProgressPdf({ readiness: { overall: 0, rounds: [] }, dimensions: [], values: [], checklist: [] });
    const { pages, text } = inspectPdf(pdf, 'progress-empty', { screenshotPages: 0 });
    expect(pages).toBe(1);
    expect(flat(text)).toContain('No analysed attempts yet.');
  });
});
