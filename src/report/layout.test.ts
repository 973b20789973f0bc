import { describe, expect, it } from 'vitest';
import { layoutRuns } from './rich-text.js';
import { answerMarks, answerRuns, quoteSentences } from './answer-runs.js';
import { toWinAnsi, truncate, humanize } from './text.js';
import { barChartSvg, escapeXml, lineChartSvg } from './charts.js';
import { STAR_TINT } from './palette.js';
import type { BehavioralReportAnalysis } from './types.js';

// Every character is 1 unit wide, bold ones 2: easy to reason about.
const measure = (text: string, bold: boolean): number => [...text].length * (bold ? 2 : 1);

describe('layoutRuns', () => {
  it('wraps at word boundaries and trims the space at the end of a line', () => {
    const lines = layoutRuns([{ text: 'aaa bbb ccc ddd' }], 8, measure);
    expect(lines.map((l) => l.map((f) => f.text).join(''))).toEqual(['aaa bbb', 'ccc ddd']);
    expect(lines[0]?.[0]?.width).toBe(7);
  });

  it('keeps each run style and merges neighbours with the same style', () => {
    const lines = layoutRuns(
      [
        { text: 'one two ', background: '#f00' },
        { text: 'three', bold: true },
      ],
      100,
      measure,
    );
    expect(lines).toHaveLength(1);
    const [a, b] = lines[0] ?? [];
    expect(a).toMatchObject({ text: 'one two ', x: 0, width: 8, background: '#f00', bold: false });
    expect(b).toMatchObject({ text: 'three', x: 8, width: 10, bold: true, background: null });
  });

  it('honours newlines, including blank lines between paragraphs', () => {
    const lines = layoutRuns([{ text: 'first\n\nsecond' }], 100, measure);
    expect(lines.map((l) => l.map((f) => f.text).join(''))).toEqual(['first', '', 'second']);
  });

  it('splits a word longer than the line', () => {
    const lines = layoutRuns([{ text: 'abcdefghij' }], 4, measure);
    expect(lines.map((l) => l.map((f) => f.text).join(''))).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('never produces a line wider than the width', () => {
    const text = 'The quick brown fox jumps over the lazy dog while the cache warms up slowly. '.repeat(20);
    for (const width of [10, 17, 33, 80]) {
      for (const line of layoutRuns([{ text }, { text: 'bold words here', bold: true }], width, measure)) {
        const last = line[line.length - 1];
        if (last) expect(last.x + last.width).toBeLessThanOrEqual(width);
      }
    }
  });
});

describe('answerRuns', () => {
  const answer = 'We had an outage. I fixed it fast. Uptime went to 99.9%.';
  const analysis: BehavioralReportAnalysis = {
    kind: 'behavioral',
    score: 60,
    verdict: 'hire',
    sentences: [
      { index: 0, start: 0, end: 17, text: 'We had an outage.', star: 'situation' },
      { index: 1, start: 18, end: 34, text: 'I fixed it fast.', star: 'action' },
      { index: 2, start: 35, end: 56, text: 'Uptime went to 99.9%.', star: 'result' },
    ],
    values: [{ value: 'judgment', evidence: [1] }],
    flags: [{ code: 'vague', message: 'How fast?', evidence: [1] }],
  };

  it('tints each sentence by its STAR part and marks evidence and flags', () => {
    const runs = answerRuns(answer, analysis.sentences, answerMarks(analysis));
    expect(runs.map((r) => r.text).join('')).toBe(answer);
    const fixed = runs.find((r) => r.text === 'I fixed it fast.');
    expect(fixed).toMatchObject({ background: STAR_TINT.action, bold: true });
    expect(fixed?.underline).toBeTruthy();
    expect(runs.find((r) => r.text === 'We had an outage.')).toMatchObject({ background: STAR_TINT.situation, bold: false, underline: null });
  });

  it('falls back to the sentence texts when offsets do not fit the answer', () => {
    const broken = analysis.sentences.map((s) => ({ ...s, end: s.end + 500 }));
    const runs = answerRuns(answer, broken, answerMarks(analysis));
    expect(runs.map((r) => r.text).join('')).toBe(answer);
  });

  it('quotes sentences by index, skipping unknown ones', () => {
    expect(quoteSentences(analysis.sentences, [2, 9])).toEqual(['Uptime went to 99.9%.']);
  });
});

describe('text helpers', () => {
  it('keeps Windows-1252 text and transliterates or replaces the rest', () => {
    expect(toWinAnsi('café “quoted” — 5 €')).toBe('café “quoted” — 5 €');
    expect(toWinAnsi('Łódź Ştefan naïve')).toBe('Lódz Stefan naïve');
    expect(toWinAnsi('東京 😀!')).toBe('?? ?!');
    expect(toWinAnsi('a\u200bb\u0007c → d ≤ e')).toBe('abc -> d <= e');
  });

  it('truncates on a word boundary and humanizes codes', () => {
    expect(truncate('one two three four five', 14)).toBe('one two three\u2026');
    expect(truncate('short', 14)).toBe('short');
    expect(humanize('strong-no-hire')).toBe('Strong no hire');
  });
});

describe('charts', () => {
  it('escapes text and scales bars to the range', () => {
    const { svg } = barChartSvg([{ label: 'A<B & "C"', value: 2 }], { min: 0, max: 4, width: 300, clean: (s) => s, labelWidth: 100 });
    expect(svg).toContain('A&lt;B &amp; &quot;C&quot;');
    // Bar area is 300 - 100 - 40 = 160 wide; half of it for 2 of 4.
    expect(svg).toContain('width="80"');
    expect(escapeXml("'")).toBe('&apos;');
  });

  it('draws a placeholder for an empty series and a polyline otherwise', () => {
    const empty = lineChartSvg('Courage', [], { min: 1, max: 4, width: 200, height: 90, color: '#000', clean: (s) => s });
    expect(empty.svg).toContain('no attempts yet');
    const full = lineChartSvg('Courage', [{ label: 'a', value: 1 }, { label: 'b', value: 4 }], { min: 1, max: 4, width: 200, height: 90, color: '#000', clean: (s) => s });
    expect(full.svg).toContain('<polyline');
  });
});
