import { describe, expect, it } from 'vitest';
import { deliveryMetrics, measuredDelivery, type DeliveryWord } from './index.js';

function speak(text: string, from: number, each: number): DeliveryWord[] {
  return text.split(' ').map((word, i) => ({ word, start: from + i * each, end: from + (i + 1) * each - 0.05 }));
}
const SENTENCE = 'um I owned the service and the error budget was spent so I wrote a note';

describe('measuredDelivery: a recording → the analysis’s measured delivery', () => {
  it('takes pace, speaking time, pauses and a trusted filler count from word timings', () => {
    // 16 words at 0.2 s each, a 3 s pause, 16 more: fast speech with one long pause.
    const words = [...speak(SENTENCE, 1, 0.2), ...speak(SENTENCE, 7.2, 0.2)];
    const delivery = deliveryMetrics(words, { keepsFillers: true, engine: 'openai-compatible', durationSec: 16, timing: 'word' });
    const m = measuredDelivery({ durationSec: 16, transcript: { words, keepsFillers: true, timing: 'word', engine: 'openai-compatible', delivery } });
    expect(m).toEqual({
      durationSeconds: delivery.speakingSec,
      wpm: delivery.wordsPerMinute,
      pauses: { count: 1, longestSeconds: 3.05, totalSeconds: 3.05 },
      fillers: 2,
      transcriptKeepsFillers: true,
    });
    expect(m?.wpm).toBeGreaterThan(185);
  });

  it('does not pass a filler count from an engine that drops fillers, and says it drops them', () => {
    const words = speak(SENTENCE, 0.5, 0.4);
    const delivery = deliveryMetrics(words, { keepsFillers: false, engine: 'whisper.cpp', timing: 'word' });
    const m = measuredDelivery({ durationSec: 8, transcript: { words, keepsFillers: false, timing: 'word', engine: 'whisper.cpp', delivery } });
    expect(m).toMatchObject({ wpm: delivery.wordsPerMinute, pauses: { count: 0 }, transcriptKeepsFillers: false });
    expect(m).not.toHaveProperty('fillers');
    expect(m?.pauses).not.toHaveProperty('longestSeconds');
  });

  it('falls back to the recording length when there are no word timings (typed transcript)', () => {
    const delivery = deliveryMetrics([], { keepsFillers: true, engine: 'typed transcript', durationSec: 42.37, timing: 'none' });
    expect(measuredDelivery({ durationSec: 42.37, transcript: { words: [], keepsFillers: true, timing: 'none', engine: 'typed', delivery } })).toEqual({ durationSeconds: 42.37 });
    expect(measuredDelivery({ durationSec: 30, transcript: null })).toEqual({ durationSeconds: 30 });
  });

  it('gives nothing when nothing was measured', () => {
    expect(measuredDelivery({ transcript: null })).toBeUndefined();
    expect(measuredDelivery({ durationSec: 0.4 })).toBeUndefined();
    // Segment timings with a single instant word: no speaking time, so only the length counts.
    const words = [{ word: 'hi', start: 1, end: 1 }];
    const delivery = deliveryMetrics(words, { keepsFillers: true, timing: 'segment' });
    expect(measuredDelivery({ durationSec: 5, transcript: { words, keepsFillers: true, timing: 'segment', engine: 'openai-compatible', delivery } })).toEqual({
      durationSeconds: 5,
      transcriptKeepsFillers: true,
    });
  });
});
