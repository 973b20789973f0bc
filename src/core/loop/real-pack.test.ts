/**
 * The loop against the shipped pack. The pack is being filled while this is written, so the test
 * walks whatever loops it holds rather than naming questions; the pack's own tests check its content.
 */
import { describe, expect, it } from 'vitest';
import { loadPack } from '../../content/load-pack.js';
import { buildDebrief, suggestPractice } from './debrief.js';
import { checkInvariants } from './invariants.js';
import { planLoop } from './plan.js';
import { STRONG_ANSWER, WEAK_ANSWER } from './test-fixtures.js';
import { T0, playToEnd, step } from './test-driver.js';
import { createLoop } from './transition.js';

const loaded = await loadPack('content/netflix');

describe.skipIf(!loaded.ok)('the loop with the shipped Netflix pack', () => {
  const pack = loaded.ok ? loaded.pack : undefined;

  it('plans every loop in the pack for each of its levels, reproducibly, and runs it to a debrief', () => {
    expect(pack?.loops.length).toBeGreaterThan(0);
    for (const loop of pack?.loops ?? []) {
      for (const level of loop.levels) {
        const options = { role: loop.role, level, seed: 'real', loopId: loop.id } as const;
        const a = pack ? planLoop(pack, options) : undefined;
        const b = pack ? planLoop(pack, options) : undefined;
        expect(a).toEqual(b);
        if (!a?.ok) continue; // a loop whose rounds have no questions yet
        const ids = a.plan.rounds.flatMap((r) => r.items.map((i) => i.id));
        expect(new Set(ids).size).toBe(ids.length);
        for (const round of a.plan.rounds) {
          for (const item of round.items) {
            expect(item.reason.length).toBeGreaterThan(10);
            if (item.kind === 'question') {
              const q = pack?.questions.find((x) => x.id === item.id);
              expect(q?.text).toBe(item.text);
            }
          }
        }
        let turn = 0;
        const end = playToEnd(createLoop(a.plan, { id: 'real', at: T0 }), (_p, kind) =>
          kind === 'problem' ? 'export class TtlCache {}' : turn++ % 2 ? STRONG_ANSWER : WEAK_ANSWER,
        ).state;
        expect(end.phase).toBe('finished');
        expect(checkInvariants(end)).toEqual([]);
        expect(end.debrief).toEqual(buildDebrief({ ...end, debrief: undefined }));
        const filled = pack && end.debrief ? suggestPractice(end.debrief, pack, { role: loop.role, level, exclude: ids }) : undefined;
        for (const item of filled?.practiseNext ?? []) for (const q of item.questions) expect(ids).not.toContain(q);
      }
    }
  });

  it('asks the pack follow-ups of the question when they fit', () => {
    const loop = pack?.loops[0];
    if (!pack || !loop) return;
    const level = loop.levels[0] ?? 'L5';
    const result = planLoop(pack, { role: loop.role, level, seed: 3, loopId: loop.id, roundIds: [loop.rounds[0]?.id ?? ''] });
    if (!result.ok) return;
    let s = step(createLoop(result.plan, { id: 'x', at: T0 }), { type: 'start', at: T0 }).state;
    s = step(s, { type: 'question-shown', at: T0 + 1 }).state;
    const item = result.plan.rounds[0]?.items[0];
    if (item?.kind !== 'question') return;
    s = step(s, { type: 'answer-submitted', text: WEAK_ANSWER, at: T0 + 2, analysis: { kind: 'unavailable', message: 'none' } }).state;
    const open = s.rounds[0]?.exchanges.at(-1);
    if (open?.kind === 'follow-up') expect(item.followUps).toContain(open.prompt);
  });
});
