import { describe, expect, it } from 'vitest';
import { evaluateChecklist, withinLength } from './checklist.js';
import { fixturePack, practice } from './fixture-pack.js';

const items = fixturePack().guidance.checklist;
const T = Date.UTC(2025, 2, 1);
const byId = (state: ReturnType<typeof evaluateChecklist>, id: string) => state.items.find((i) => i.id === id)!;

describe('evaluateChecklist', () => {
  it('empty history: nothing ticked, progress shows zero', () => {
    const s = evaluateChecklist({ items, records: [] });
    expect(s.done).toBe(0);
    expect(s.total).toBe(6);
    expect(byId(s, 'coding')).toMatchObject({ done: false, source: 'none', progress: { have: 0, need: 2 } });
    expect(byId(s, 'memo')).toMatchObject({ auto: undefined, done: false, progress: undefined });
  });

  it('ticks coding-explained only for accepted and explained problems, counted once per problem', () => {
    const coded = (q: string, verdict: string, explained: boolean, at: number) =>
      practice({ questionId: q, at, score: 100, round: 'coding', kind: 'coding', coding: { verdict, passed: 1, total: 1, ms: 3, explained } });
    const some = [coded('ttl-cache', 'accepted', true, T), coded('ttl-cache', 'accepted', true, T + 1), coded('token-bucket', 'accepted', false, T)];
    expect(byId(evaluateChecklist({ items, records: some }), 'coding')).toMatchObject({ done: false, progress: { have: 1, need: 2 } });
    const enough = [...some, coded('token-bucket', 'accepted', true, T + 2)];
    expect(byId(evaluateChecklist({ items, records: enough }), 'coding')).toMatchObject({ done: true, source: 'auto' });
    const wrong = [...some, coded('token-bucket', 'wrong-answer', true, T + 2)];
    expect(byId(evaluateChecklist({ items, records: wrong }), 'coding').done).toBe(false);
  });

  it('ticks timed-answers when five timed answers fall inside the target length', () => {
    const timed = (sec: number, i: number) => practice({ questionId: 'b1', at: T + i, score: 70, timed: true, durationSec: sec, targetSeconds: [90, 150] });
    const four = [100, 120, 140, 150, 200].map(timed);
    const s4 = byId(evaluateChecklist({ items, records: four }), 'timed');
    expect(s4).toMatchObject({ done: false, progress: { have: 4, need: 5 } });
    expect(s4.detail).toBe('4 of 5 timed answers within the target length');
    const five = [...four, timed(95, 9)];
    expect(byId(evaluateChecklist({ items, records: five }), 'timed').done).toBe(true);
  });

  it('uses a default target length when the question names none', () => {
    expect(withinLength(practice({ questionId: 'x', at: T, score: 1, durationSec: 120 }))).toBe(true);
    expect(withinLength(practice({ questionId: 'x', at: T, score: 1, durationSec: 400 }))).toBe(false);
    expect(withinLength(practice({ questionId: 'x', at: T, score: 1 }))).toBe(false);
  });

  it('ticks design-practised on three distinct design questions at 60+', () => {
    const d = (q: string, score: number) => practice({ questionId: q, at: T, score, round: 'system-design', kind: 'design' });
    expect(byId(evaluateChecklist({ items, records: [d('d1', 80), d('d1', 90), d('d2', 59), d('d3', 70)] }), 'design').done).toBe(false);
    expect(byId(evaluateChecklist({ items, records: [d('d1', 80), d('d2', 60), d('d3', 70)] }), 'design').done).toBe(true);
  });

  it('ticks stories-per-value from the coverage summary and mock-loop-done from the count', () => {
    const s = evaluateChecklist({ items, records: [], coverage: { covered: 3, total: 3, complete: true }, mockLoopsCompleted: 1 });
    expect(byId(s, 'stories')).toMatchObject({ done: true, source: 'auto', progress: { have: 3, need: 3 } });
    expect(byId(s, 'mock')).toMatchObject({ done: true, source: 'auto' });
    const partial = evaluateChecklist({ items, records: [], coverage: { covered: 1, total: 3, complete: false } });
    expect(byId(partial, 'stories')).toMatchObject({ done: false, progress: { have: 1, need: 3 } });
  });

  it('manual ticks complete manual items and may complete auto items', () => {
    const s = evaluateChecklist({ items, records: [], manual: { memo: true, design: true, coding: false } });
    expect(byId(s, 'memo')).toMatchObject({ done: true, source: 'manual' });
    expect(byId(s, 'design')).toMatchObject({ done: true, source: 'manual' });
    expect(byId(s, 'coding').done).toBe(false);
    expect(s.done).toBe(2);
  });
});
