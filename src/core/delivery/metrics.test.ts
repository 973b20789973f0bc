import { describe, expect, it } from 'vitest';
import { deliveryMetrics, findFillers, type DeliveryWord } from './index.js';

/** Words spoken back to back, `each` seconds apiece, starting at `from`. */
function speak(text: string, from: number, each = 0.4): DeliveryWord[] {
  return text.split(' ').map((word, i) => ({ word, start: from + i * each, end: from + (i + 1) * each - 0.05 }));
}

describe('deliveryMetrics on hand-made timings', () => {
  it('measures pace, time to first word and pauses longer than 2 s', () => {
    // 1.5 s of silence, 10 words at 0.4 s, a 3 s pause, 10 more words.
    const words = [...speak('I owned the service and the error budget was spent', 1.5), ...speak('so I wrote a one page note for the director', 8.5)];
    const m = deliveryMetrics(words, { keepsFillers: true, durationSec: 13 });
    expect(m.wordCount).toBe(20);
    expect(m.timeToFirstWordSec).toBe(1.5);
    expect(m.pauses).toHaveLength(1);
    expect(m.pauses[0]).toMatchObject({ afterWord: 9, start: 5.45, end: 8.5, durationSec: 3.05 });
    expect(m.longestPauseSec).toBe(3.05);
    // Speaking from 1.5 s to 12.45 s = 10.95 s for 20 words = 110 wpm.
    expect(m.speakingSec).toBe(10.95);
    expect(m.wordsPerMinute).toBe(110);
    expect(m.pace).toBe('steady');
    expect(m.fillers).toMatchObject({ count: 0, trusted: true });
    expect(m.notes).toEqual([]);
  });

  it('does not count a gap of exactly 2 s or less as a pause', () => {
    const words = [...speak('first part', 0), { word: 'then', start: 2.75, end: 3 }];
    // Previous word ends at 0.75; the gap is 2.0 s.
    expect(deliveryMetrics(words, { keepsFillers: true }).pauses).toEqual([]);
  });

  it('gives words per minute over time in windows, folding a short tail into the last window', () => {
    // 30 words in the first 15 s (fast), 10 in the next 15 s (slow), recording 34 s long.
    const words = [...speak(Array(30).fill('word').join(' '), 0, 0.5), ...speak(Array(10).fill('word').join(' '), 15, 1.5)];
    const m = deliveryMetrics(words, { keepsFillers: true, durationSec: 34 });
    expect(m.wpmSeries).toEqual([
      { start: 0, end: 15, words: 30, wpm: 120 },
      { start: 15, end: 34, words: 10, wpm: 32 },
    ]);
  });

  it('counts fillers and says the count is a lower bound when the engine drops them', () => {
    const words = speak('so um I think uh we you know shipped it basically on time', 0, 0.5);
    const m = deliveryMetrics(words, { keepsFillers: false, engine: 'whisper.cpp' });
    expect(m.fillers.items.map((f) => f.word)).toEqual(['um', 'uh', 'you know', 'basically']);
    expect(m.fillers.count).toBe(4);
    expect(m.fillers.trusted).toBe(false);
    expect(m.fillers.per100Words).toBe(30.8);
    expect(m.notes[0]).toContain('The whisper.cpp engine usually leaves out "um" and "uh"');
    expect(m.notes[0]).toContain('higher than 4');
  });

  it('flags a fast answer and notes estimated timings', () => {
    const words = speak(Array(60).fill('fast').join(' '), 0, 0.25);
    const m = deliveryMetrics(words, { keepsFillers: true, timing: 'segment' });
    expect(m.wordsPerMinute).toBe(241); // 60 words in 14.95 s
    expect(m.pace).toBe('fast');
    expect(m.notes.join(' ')).toContain('approximate');
    expect(m.notes.join(' ')).toContain('hard to follow');
  });

  it('handles no words at all', () => {
    const m = deliveryMetrics([], { keepsFillers: false, durationSec: 20, timing: 'none' });
    expect(m).toMatchObject({ wordCount: 0, wordsPerMinute: null, pace: null, timeToFirstWordSec: null, pauses: [], wpmSeries: [] });
    expect(m.notes.join(' ')).toContain('cannot be measured');
  });

  it('sorts out-of-order words and ignores broken ones', () => {
    const m = deliveryMetrics(
      [
        { word: 'second', start: 5, end: 5.4 },
        { word: 'first', start: 1, end: 1.4 },
        { word: 'bad', start: Number.NaN, end: 2 },
        { word: '  ', start: 2, end: 2.2 },
      ],
      { keepsFillers: true },
    );
    expect(m.wordCount).toBe(2);
    expect(m.timeToFirstWordSec).toBe(1);
    expect(m.pauses).toEqual([{ afterWord: 0, start: 1.4, end: 5, durationSec: 3.6 }]);
  });
});

describe('findFillers', () => {
  it('ignores punctuation and case, and keeps "you know the answer" as real speech', () => {
    const hits = findFillers(speak('Um, you know the answer. Uh... I mean, it was fine, you know.', 0));
    expect(hits.map((h) => h.word)).toEqual(['um', 'uh', 'i mean', 'you know']);
  });
});
