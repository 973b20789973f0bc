import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInvariants } from './invariants.js';
import { STRONG_ANSWER, WEAK_ANSWER, fakeBehavioral, fakeDesign, fakeJudge } from './test-fixtures.js';
import { T0, newLoop } from './test-driver.js';
import { openExchange, transition } from './transition.js';
import type { LoopEvent, LoopState } from './types.js';
import { EVENT_TYPES } from './types.js';

/** A step is either the next sensible event for the state (so runs get deep) or an arbitrary one. */
type Step =
  | { readonly kind: 'sensible'; readonly dt: number; readonly text: string; readonly inline: boolean; readonly analysis: number }
  | { readonly kind: 'random'; readonly dt: number; readonly type: string; readonly text: string; readonly analysis: number; readonly id: string; readonly round: number | undefined; readonly draft: string | undefined };

const texts = fc.constantFrom(STRONG_ANSWER, WEAK_ANSWER, '', '   ', 'I did 3 things. We learned.', 'export class TtlCache { correct() {} }');
const dt = fc.integer({ min: -120_000, max: 20 * 60_000 });

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sensible' as const), dt, text: texts, inline: fc.boolean(), analysis: fc.nat(5) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('random' as const),
      dt,
      type: fc.oneof(fc.constantFrom(...EVENT_TYPES), fc.constant('bogus')),
      text: texts,
      analysis: fc.nat(5),
      id: fc.constantFrom('r0-i0', 'r0-i1', 'r0-i0-f1', 'r1-i0', 'r4-i1', 'nope', ''),
      round: fc.option(fc.integer({ min: -1, max: 6 }), { nil: undefined }),
      draft: fc.option(texts, { nil: undefined }),
    }),
  },
);

function analysisFor(n: number, text: string): unknown {
  return [fakeBehavioral(text), fakeDesign(['edge-cache']), fakeJudge(['a'], ['b']), 'garbage', { kind: 'unavailable', message: 'down' }, undefined][n];
}

function eventFor(state: LoopState, s: Step, at: number): LoopEvent {
  if (s.kind === 'random') {
    const analysis = analysisFor(s.analysis, s.text);
    return { type: s.type, at, text: s.text, code: s.text, exchangeId: s.id, analysis, result: analysis, round: s.round, draft: s.draft } as unknown as LoopEvent;
  }
  if (state.phase === 'ready' || state.phase === 'between-rounds') return { type: 'start', at };
  const analysing = state.rounds.flatMap((r) => r.exchanges).find((e) => e.status === 'analysing');
  if (analysing) return { type: 'analysis-ready', at, exchangeId: analysing.id, analysis: analysisFor(s.analysis, analysing.answer ?? '') };
  const open = openExchange(state);
  if (!open || open.status === 'pending') return { type: 'question-shown', at };
  const inline = s.inline ? { analysis: analysisFor(s.analysis, s.text) } : {};
  if (open.kind === 'problem') return { type: 'code-submitted', at, code: s.text, ...(s.inline ? { result: analysisFor(2, s.text) } : {}) };
  return { type: open.kind === 'follow-up' ? 'follow-up-answered' : 'answer-submitted', at, text: s.text, ...inline };
}

function run(steps: readonly Step[], check: (before: LoopState, event: LoopEvent, after: LoopState, errors: number) => void): LoopState {
  let state = newLoop({ seed: 'prop' });
  let at = T0;
  for (const s of steps) {
    at += s.dt;
    const event = eventFor(state, s, at);
    const result = transition(state, event);
    check(state, event, result.state, result.effects.filter((e) => e.type === 'error').length);
    state = result.state;
  }
  return state;
}

describe('transition: no event sequence corrupts the state', () => {
  it('keeps every invariant, stays JSON-serialisable and never throws', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 80 }), (steps) => {
        run(steps, (before, event, after, errors) => {
          expect(checkInvariants(after)).toEqual([]);
          expect(JSON.parse(JSON.stringify(after))).toEqual(after);
          // A rejected event changes nothing.
          if (errors > 0) expect(after).toBe(before);
          // Time never runs backwards; a finished or abandoned loop stays that way.
          expect(after.clock).toBeGreaterThanOrEqual(before.clock);
          if (before.phase === 'finished' || before.phase === 'abandoned') expect(after).toBe(before);
          // Rounds only move forward, and answers once given are never lost.
          expect(after.current).toBeGreaterThanOrEqual(before.current);
          before.rounds.forEach((r, i) => {
            const later = after.rounds[i];
            for (const e of r.exchanges) {
              const same = later?.exchanges.find((x) => x.id === e.id);
              expect(same).toBeDefined();
              if (e.answer !== undefined) expect(same?.answer).toBe(e.answer);
              if (e.analysis !== undefined) expect(same?.analysis).toEqual(e.analysis);
            }
          });
          void event;
        });
      }),
      { numRuns: Number(process.env.LOOP_PROP_RUNS ?? 300) },
    );
  });

  it('replaying the same events gives the same state (a seeded run is reproducible)', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 60 }), (steps) => {
        const noop = (): void => {};
        expect(run(steps, noop)).toEqual(run(steps, noop));
      }),
      { numRuns: 100 },
    );
  });

  it('sensible events always reach a finished loop with a debrief', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ kind: fc.constant('sensible' as const), dt: fc.integer({ min: 0, max: 10 * 60_000 }), text: fc.constantFrom(STRONG_ANSWER, WEAK_ANSWER), inline: fc.boolean(), analysis: fc.nat(4) }), {
          minLength: 120,
          maxLength: 120,
        }),
        (steps) => {
          const end = run(steps, () => {});
          expect(end.phase).toBe('finished');
          expect(end.debrief?.rounds).toHaveLength(end.plan.rounds.length);
        },
      ),
      { numRuns: 50 },
    );
  });
});
