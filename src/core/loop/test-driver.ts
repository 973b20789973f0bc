/**
 * A tiny outer layer for tests: applies events, performs the reducer's effects the way the server
 * would (analysis with the fake analysers, code with a fake judge) and collects what happened.
 */
import { planLoop } from './plan.js';
import { fakeBehavioral, fakeDesign, fakeJudge, testPack } from './test-fixtures.js';
import { createLoop, openExchange, transition } from './transition.js';
import type { LoopEffect, LoopEvent, LoopPlan, LoopState } from './types.js';

export const T0 = 1_700_000_000_000;

export function testPlan(opts: { seed?: string | number; roundIds?: string[] } = {}): LoopPlan {
  const result = planLoop(testPack(), { role: 'swe', level: 'L5', seed: opts.seed ?? 7, ...(opts.roundIds ? { roundIds: opts.roundIds } : {}) });
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

export function newLoop(opts: { seed?: string | number; roundIds?: string[] } = {}): LoopState {
  return createLoop(testPlan(opts), { id: 'loop-1', at: T0 });
}

/** Applies an event and fails the test on an error effect. */
export function step(state: LoopState, event: LoopEvent): { state: LoopState; effects: readonly LoopEffect[] } {
  const result = transition(state, event);
  const error = result.effects.find((e) => e.type === 'error');
  if (error) throw new Error(`unexpected error effect for ${event.type}: ${JSON.stringify(error)}`);
  return result;
}

export type Answerer = (prompt: string, kind: string) => string;

/** What an analysis engine would say for an effect, using the fakes. */
export function analyse(effect: LoopEffect, designCovered: string[] = ['edge-cache']): unknown {
  if (effect.type === 'run-code') return /correct/.test(effect.code) ? fakeJudge(['a', 'b'], []) : fakeJudge(['a'], ['expired key is a miss']);
  if (effect.type === 'analyse-answer') return effect.category === 'system-design' && !effect.prompt ? fakeDesign(designCovered) : fakeBehavioral(effect.text);
  return undefined;
}

/**
 * Runs the loop from its current state to the end, answering every prompt with `answerer` and
 * performing analyse/run-code effects. `stepMs` is the time each event takes.
 */
export function playToEnd(start: LoopState, answerer: Answerer, stepMs = 10_000): { state: LoopState; log: LoopEffect[] } {
  let state = start;
  let at = Math.max(start.clock, T0);
  const log: LoopEffect[] = [];
  const apply = (event: LoopEvent): void => {
    const r = step(state, event);
    state = r.state;
    log.push(...r.effects);
    for (const effect of r.effects) {
      if (effect.type === 'analyse-answer' || effect.type === 'run-code') {
        apply({ type: 'analysis-ready', exchangeId: effect.exchangeId, analysis: analyse(effect), at });
      }
    }
  };
  for (let guard = 0; guard < 200 && state.phase !== 'finished' && state.phase !== 'abandoned'; guard++) {
    at += stepMs;
    if (state.phase === 'ready' || state.phase === 'between-rounds') {
      apply({ type: 'start', at });
      continue;
    }
    const open = openExchange(state);
    if (!open) throw new Error(`stuck in ${state.phase}`);
    if (open.status === 'pending') {
      apply({ type: 'question-shown', exchangeId: open.id, at });
      continue;
    }
    const text = answerer(open.prompt, open.kind);
    if (open.kind === 'problem') apply({ type: 'code-submitted', code: text, at });
    else if (open.kind === 'follow-up') apply({ type: 'follow-up-answered', text, at });
    else apply({ type: 'answer-submitted', text, at });
  }
  return { state, log };
}
