import { describe, expect, it } from 'vitest';
import { checkInvariants } from './invariants.js';
import { STRONG_ANSWER, WEAK_ANSWER, fakeBehavioral } from './test-fixtures.js';
import { T0, newLoop, playToEnd, step } from './test-driver.js';
import { openExchange, transition } from './transition.js';
import type { LoopEvent, LoopEventType, LoopState } from './types.js';

const MIN = 60_000;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Named states covering every phase and every kind of open prompt. */
function states(): Record<string, LoopState> {
  const at = (m: number): number => T0 + m * 1000;
  const ready = newLoop({ roundIds: ['hm', 'culture'] });
  const pending = step(ready, { type: 'start', at: at(1) }).state;
  const shown = step(pending, { type: 'question-shown', at: at(2) }).state;
  const analysing = step(shown, { type: 'answer-submitted', text: WEAK_ANSWER, at: at(3) }).state;
  const followUpPending = step(analysing, { type: 'analysis-ready', exchangeId: 'r0-i0', analysis: fakeBehavioral(WEAK_ANSWER), at: at(4) }).state;
  const followUpShown = step(followUpPending, { type: 'question-shown', at: at(5) }).state;
  const betweenRounds = step(followUpShown, { type: 'round-ended', at: at(6) }).state;
  // A second loop with a coding round first, then the culture round.
  const coding = step(newLoop({ roundIds: ['coding', 'culture'] }), { type: 'start', at: at(7) }).state;
  const problemShown = step(coding, { type: 'question-shown', at: at(8) }).state;
  const problemRunning = step(problemShown, { type: 'code-submitted', code: 'export class TtlCache {}', at: at(9) }).state;
  let last = step(problemRunning, { type: 'round-ended', at: at(10) }).state;
  last = step(last, { type: 'analysis-ready', exchangeId: 'r0-i0', analysis: { verdict: 'accepted', passed: 2, total: 2, tests: [] }, at: at(11) }).state;
  last = step(last, { type: 'start', at: at(12) }).state;
  last = step(last, { type: 'question-shown', at: at(13) }).state;
  last = step(last, { type: 'answer-submitted', text: STRONG_ANSWER, at: at(14) }).state;
  const debriefing = step(last, { type: 'round-ended', at: at(15) }).state;
  const finished = step(debriefing, { type: 'analysis-ready', exchangeId: 'r1-i0', analysis: fakeBehavioral(STRONG_ANSWER), at: at(16) }).state;
  const abandoned = step(shown, { type: 'abandoned', at: at(17) }).state;
  return { ready, pending, shown, analysing, followUpPending, followUpShown, betweenRounds, problemShown, problemRunning, debriefing, finished, abandoned };
}

function eventOf(type: LoopEventType, state: LoopState): LoopEvent {
  const at = state.clock + 1000;
  const analysing = state.rounds.flatMap((r) => r.exchanges).find((e) => e.status === 'analysing');
  switch (type) {
    case 'start':
    case 'question-shown':
    case 'round-ended':
    case 'abandoned':
    case 'resumed':
      return { type, at };
    case 'time-up':
      return { type, at, round: Math.max(0, state.current) };
    case 'answer-submitted':
    case 'follow-up-answered':
      return { type, at, text: STRONG_ANSWER };
    case 'code-submitted':
      return { type, at, code: 'export class TtlCache { correct() {} }' };
    case 'analysis-ready':
      return { type, at, exchangeId: analysing?.id ?? 'r9-i9', analysis: fakeBehavioral(STRONG_ANSWER) };
  }
}

type Outcome = 'ok' | 'noop' | string;

// Every event in every state: 'ok' changes the state, 'noop' keeps it without an error, anything else is the error code.
const MATRIX: Record<string, Record<LoopEventType, Outcome>> = {
  ready: { start: 'ok', 'question-shown': 'invalid-event', 'answer-submitted': 'invalid-event', 'follow-up-answered': 'invalid-event', 'code-submitted': 'invalid-event', 'analysis-ready': 'invalid-event', 'time-up': 'invalid-event', 'round-ended': 'invalid-event', abandoned: 'ok', resumed: 'noop' },
  pending: { start: 'invalid-event', 'question-shown': 'ok', 'answer-submitted': 'invalid-event', 'follow-up-answered': 'invalid-event', 'code-submitted': 'invalid-event', 'analysis-ready': 'unknown-exchange', 'time-up': 'ok', 'round-ended': 'ok', abandoned: 'ok', resumed: 'noop' },
  shown: { start: 'invalid-event', 'question-shown': 'noop', 'answer-submitted': 'ok', 'follow-up-answered': 'wrong-prompt', 'code-submitted': 'wrong-prompt', 'analysis-ready': 'unknown-exchange', 'time-up': 'ok', 'round-ended': 'ok', abandoned: 'ok', resumed: 'noop' },
  analysing: { start: 'invalid-event', 'question-shown': 'invalid-event', 'answer-submitted': 'invalid-event', 'follow-up-answered': 'invalid-event', 'code-submitted': 'invalid-event', 'analysis-ready': 'ok', 'time-up': 'ok', 'round-ended': 'ok', abandoned: 'ok', resumed: 'noop' },
  followUpPending: { start: 'invalid-event', 'question-shown': 'ok', 'answer-submitted': 'invalid-event', 'follow-up-answered': 'invalid-event', 'code-submitted': 'invalid-event', 'analysis-ready': 'unknown-exchange', 'time-up': 'ok', 'round-ended': 'ok', abandoned: 'ok', resumed: 'noop' },
  followUpShown: { start: 'invalid-event', 'question-shown': 'noop', 'answer-submitted': 'wrong-prompt', 'follow-up-answered': 'ok', 'code-submitted': 'wrong-prompt', 'analysis-ready': 'unknown-exchange', 'time-up': 'ok', 'round-ended': 'ok', abandoned: 'ok', resumed: 'noop' },
  betweenRounds: { start: 'ok', 'question-shown': 'invalid-event', 'answer-submitted': 'invalid-event', 'follow-up-answered': 'invalid-event', 'code-submitted': 'invalid-event', 'analysis-ready': 'unknown-exchange', 'time-up': 'stale-timer', 'round-ended': 'invalid-event', abandoned: 'ok', resumed: 'noop' },
  problemShown: { start: 'invalid-event', 'question-shown': 'noop', 'answer-submitted': 'wrong-prompt', 'follow-up-answered': 'wrong-prompt', 'code-submitted': 'ok', 'analysis-ready': 'unknown-exchange', 'time-up': 'ok', 'round-ended': 'ok', abandoned: 'ok', resumed: 'noop' },
  problemRunning: { start: 'invalid-event', 'question-shown': 'invalid-event', 'answer-submitted': 'invalid-event', 'follow-up-answered': 'invalid-event', 'code-submitted': 'invalid-event', 'analysis-ready': 'ok', 'time-up': 'ok', 'round-ended': 'ok', abandoned: 'ok', resumed: 'noop' },
  debriefing: { start: 'invalid-event', 'question-shown': 'invalid-event', 'answer-submitted': 'invalid-event', 'follow-up-answered': 'invalid-event', 'code-submitted': 'invalid-event', 'analysis-ready': 'ok', 'time-up': 'stale-timer', 'round-ended': 'invalid-event', abandoned: 'ok', resumed: 'noop' },
  finished: { start: 'loop-over', 'question-shown': 'loop-over', 'answer-submitted': 'loop-over', 'follow-up-answered': 'loop-over', 'code-submitted': 'loop-over', 'analysis-ready': 'loop-over', 'time-up': 'loop-over', 'round-ended': 'loop-over', abandoned: 'loop-over', resumed: 'loop-over' },
  abandoned: { start: 'loop-over', 'question-shown': 'loop-over', 'answer-submitted': 'loop-over', 'follow-up-answered': 'loop-over', 'code-submitted': 'loop-over', 'analysis-ready': 'loop-over', 'time-up': 'loop-over', 'round-ended': 'loop-over', abandoned: 'loop-over', resumed: 'loop-over' },
};

describe('transition: every event in every state', () => {
  const all = states();
  it('builds the named states as described', () => {
    expect(Object.fromEntries(Object.entries(all).map(([k, s]) => [k, `${s.phase}:${openExchange(s)?.kind ?? '-'}:${openExchange(s)?.status ?? '-'}`]))).toEqual({
      ready: 'ready:-:-',
      pending: 'in-round:question:pending',
      shown: 'in-round:question:shown',
      analysing: 'in-round:question:analysing',
      followUpPending: 'in-round:follow-up:pending',
      followUpShown: 'in-round:follow-up:shown',
      betweenRounds: 'between-rounds:-:-',
      problemShown: 'in-round:problem:shown',
      problemRunning: 'in-round:problem:analysing',
      debriefing: 'debriefing:-:-',
      finished: 'finished:-:-',
      abandoned: 'abandoned:-:-',
    });
    for (const s of Object.values(all)) expect(checkInvariants(s)).toEqual([]);
  });

  for (const [name, row] of Object.entries(MATRIX)) {
    for (const [type, outcome] of Object.entries(row) as [LoopEventType, Outcome][]) {
      it(`${name} + ${type} → ${outcome}`, () => {
        const before = deepFreeze(states()[name] as LoopState);
        const result = transition(before, eventOf(type, before));
        const errors = result.effects.filter((e) => e.type === 'error');
        if (outcome === 'ok') {
          expect(errors).toEqual([]);
          expect(result.state).not.toBe(before);
          expect(checkInvariants(result.state)).toEqual([]);
        } else if (outcome === 'noop') {
          expect(errors).toEqual([]);
          expect(result.state).toBe(before);
        } else {
          expect(result.state).toBe(before);
          expect(errors).toEqual([expect.objectContaining({ type: 'error', code: outcome })]);
        }
      });
    }
  }
});

describe('transition: flows', () => {
  it('starts a round with its timer and first question, then records the answer for analysis', () => {
    const loop = newLoop({ roundIds: ['culture'] });
    const started = step(loop, { type: 'start', at: T0 + 1000 });
    expect(started.state.phase).toBe('in-round');
    expect(started.effects).toEqual([
      { type: 'start-timer', round: 0, deadline: T0 + 1000 + 45 * MIN, ms: 45 * MIN },
      { type: 'show-prompt', round: 0, exchangeId: 'r0-i0', kind: 'question', text: expect.any(String) },
      { type: 'save' },
    ]);
    const shown = step(started.state, { type: 'question-shown', exchangeId: 'r0-i0', at: T0 + 2000 });
    const answered = step(shown.state, { type: 'answer-submitted', text: STRONG_ANSWER, at: T0 + 60_000 });
    const item = loop.plan.rounds[0]?.items[0];
    expect(answered.effects).toEqual([
      { type: 'analyse-answer', exchangeId: 'r0-i0', questionId: item?.id, category: 'behavioral', text: STRONG_ANSWER },
      { type: 'save' },
    ]);
  });

  it('keeps the diagram drawn with a design answer and sends it to the analysis (also after a restart)', () => {
    let s = step(newLoop({ roundIds: ['design'] }), { type: 'start', at: T0 }).state;
    s = step(s, { type: 'question-shown', at: T0 + 1 }).state;
    const diagram = 'flowchart LR\n  Client --> Edge[(Edge cache)]';
    const answered = step(s, { type: 'answer-submitted', text: 'I would cache popular titles at the edge.', diagram, at: T0 + 2 });
    expect(answered.effects[0]).toMatchObject({ type: 'analyse-answer', exchangeId: 'r0-i0', category: 'system-design', diagram });
    expect(openExchange(answered.state)?.diagram).toBe(diagram);
    const resumed = transition(JSON.parse(JSON.stringify(answered.state)) as LoopState, { type: 'resumed', at: T0 + 3 });
    expect(resumed.effects).toContainEqual(expect.objectContaining({ type: 'analyse-answer', diagram }));
    const bad = transition(s, { type: 'answer-submitted', text: 'x', diagram: 42 as unknown as string, at: T0 + 2 });
    expect(bad.effects).toEqual([expect.objectContaining({ type: 'error', code: 'malformed-event' })]);
  });

  it('asks follow-ups chosen from the gaps, preferring the pack follow-ups that fit', () => {
    // The culture round asks two questions: one follow-up each when the answer has gaps.
    let s = step(newLoop({ roundIds: ['culture'] }), { type: 'start', at: T0 }).state;
    s = step(s, { type: 'question-shown', at: T0 + 1 }).state;
    const r = step(s, { type: 'answer-submitted', text: WEAK_ANSWER, analysis: fakeBehavioral(WEAK_ANSWER), at: T0 + 2 });
    const open = openExchange(r.state);
    expect(open?.kind).toBe('follow-up');
    // The weak answer has no result, no numbers, says "we" and has no reflection; the first gap in priority order is missing-result.
    expect(open?.followUp?.gap).toMatchObject({ source: 'flag', code: 'missing-result' });
    expect(r.effects[0]).toMatchObject({ type: 'show-prompt', kind: 'follow-up', exchangeId: 'r0-i0-f1' });
    const item = r.state.plan.rounds[0]?.items[0];
    if (item?.id === 'b-courage-1') {
      expect(open?.prompt).toBe('What result did you get in the end?');
      expect(open?.followUp?.fromPack).toBe(true);
    }
  });

  it('asks at most two follow-ups a round and at least one', () => {
    const weak = playToEnd(newLoop(), () => WEAK_ANSWER);
    const strong = playToEnd(newLoop(), () => `${STRONG_ANSWER} correct`);
    for (const { state } of [weak, strong]) {
      expect(state.phase).toBe('finished');
      for (const round of state.rounds) {
        const n = round.exchanges.filter((e) => e.kind === 'follow-up').length;
        expect(n).toBeGreaterThanOrEqual(1);
        expect(n).toBeLessThanOrEqual(2);
      }
    }
  });

  it('runs a whole loop to a debrief: a strong candidate gets an offer, a weak one does not', () => {
    const strong = playToEnd(newLoop(), (_p, kind) => (kind === 'problem' ? 'export class TtlCache { correct() {} }' : STRONG_ANSWER)).state;
    const weak = playToEnd(newLoop(), () => WEAK_ANSWER).state;
    expect(strong.debrief?.rounds).toHaveLength(5);
    expect(weak.debrief?.panel.decision).toBe('no-offer');
    expect(weak.debrief?.panel.sunkBy.length).toBeGreaterThan(0);
    // The design round scored 33 in both (one point of three), so even the strong candidate is sunk by it.
    expect(strong.debrief?.panel.sunkBy).toEqual(['design']);
    expect(strong.debrief?.panel.explanation).toMatch(/4 of 5 interviewers said hire, but the panel must be unanimous: design round/);
    expect(strong.debrief?.hiringManager).toMatchObject({ roundId: 'hm', call: 'no-hire' });
    expect(strong.debrief?.hiringManager.note).toMatch(/without a unanimous panel/);
  });

  it('time-up mid-answer ends the round with what was answered and keeps the draft', () => {
    let s = step(newLoop({ roundIds: ['culture'] }), { type: 'start', at: T0 }).state;
    s = step(s, { type: 'question-shown', at: T0 + 1 }).state;
    // A complete answer has no gap, so the interviewer moves on to the second question.
    s = step(s, { type: 'answer-submitted', text: STRONG_ANSWER, analysis: fakeBehavioral(STRONG_ANSWER), at: T0 + 2 }).state;
    expect(openExchange(s)).toMatchObject({ id: 'r0-i1', kind: 'question' });
    s = step(s, { type: 'question-shown', at: T0 + 3 }).state;
    const r = step(s, { type: 'time-up', round: 0, draft: 'I was about to say', at: T0 + 45 * MIN });
    expect(r.state.phase).toBe('finished');
    const round = r.state.rounds[0];
    expect(round?.endReason).toBe('time-up');
    expect(round?.exchanges.map((e) => e.status)).toEqual(['done', 'cut-off']);
    expect(round?.exchanges[1]?.draft).toBe('I was about to say');
    expect(r.effects).toEqual([{ type: 'stop-timer', round: 0 }, { type: 'round-over', round: 0, reason: 'time-up' }, { type: 'debrief-ready' }, { type: 'save' }]);
    const v = r.state.debrief?.rounds[0];
    expect(v?.answered).toBe(1);
    expect(v?.reasons.join(' ')).toMatch(/Answered 1 of 2 questions before time ran out/);
    // Half the questions unanswered costs the round: 92 × (0.6 + 0.4 × ½) = 74.
    expect(v?.score).toBe(74);
    expect(r.state.debrief?.topFixes.map((f) => f.text).join(' ')).toMatch(/time box/);
  });

  it('ends an overdue round at its deadline even when the timer never fired, keeping a late answer as a draft', () => {
    let s = step(newLoop({ roundIds: ['culture', 'hm'] }), { type: 'start', at: T0 }).state;
    s = step(s, { type: 'question-shown', at: T0 + 1 }).state;
    const late = transition(s, { type: 'answer-submitted', text: STRONG_ANSWER, at: T0 + 46 * MIN });
    expect(late.state.phase).toBe('between-rounds');
    expect(late.state.rounds[0]).toMatchObject({ endReason: 'time-up', endedAt: T0 + 45 * MIN });
    expect(late.state.rounds[0]?.exchanges[0]).toMatchObject({ status: 'cut-off', draft: STRONG_ANSWER });
    expect(late.effects.map((e) => e.type)).toEqual(['stop-timer', 'round-over', 'save', 'notice']);
  });

  it('keeps the clock monotonic when an event carries an earlier time', () => {
    const s = step(newLoop(), { type: 'start', at: T0 + 5000 }).state;
    const r = step(s, { type: 'question-shown', at: T0 + 1000 });
    expect(r.state.clock).toBe(T0 + 5000);
    expect(r.state.rounds[0]?.exchanges[0]?.shownAt).toBe(T0 + 5000);
  });

  it('rejects empty answers and malformed events without changing the state', () => {
    let s = step(newLoop(), { type: 'start', at: T0 }).state;
    s = step(s, { type: 'question-shown', at: T0 }).state;
    const empty = transition(s, { type: 'answer-submitted', text: '   ', at: T0 });
    expect(empty.state).toBe(s);
    expect(empty.effects).toEqual([expect.objectContaining({ code: 'empty-answer' })]);
    const bad = transition(s, { type: 'dance', at: T0 } as unknown as LoopEvent);
    expect(bad.effects).toEqual([expect.objectContaining({ code: 'malformed-event' })]);
    const noTime = transition(s, { type: 'start' } as unknown as LoopEvent);
    expect(noTime.effects).toEqual([expect.objectContaining({ code: 'malformed-event' })]);
    const wrongId = transition(s, { type: 'question-shown', exchangeId: 'r0-i1', at: T0 });
    expect(wrongId.effects).toEqual([expect.objectContaining({ code: 'wrong-prompt' })]);
    const stale = transition(s, { type: 'time-up', round: 3, at: T0 });
    expect(stale.effects).toEqual([expect.objectContaining({ code: 'stale-timer' })]);
  });

  it('abandons from the middle of a round, keeping what was answered', () => {
    let s = step(newLoop(), { type: 'start', at: T0 }).state;
    s = step(s, { type: 'question-shown', at: T0 + 1 }).state;
    const r = step(s, { type: 'abandoned', at: T0 + 2 });
    expect(r.state.phase).toBe('abandoned');
    expect(r.state.abandonedAt).toBe(T0 + 2);
    expect(r.state.rounds[0]).toMatchObject({ status: 'ended', endReason: 'ended-early' });
    expect(r.state.debrief).toBeUndefined();
    expect(r.effects).toEqual([{ type: 'stop-timer', round: 0 }, { type: 'save' }]);
    expect(checkInvariants(r.state)).toEqual([]);
  });

  it('waits for late analyses before the debrief', () => {
    let s = step(newLoop({ roundIds: ['culture'] }), { type: 'start', at: T0 }).state;
    s = step(s, { type: 'question-shown', at: T0 + 1 }).state;
    s = step(s, { type: 'answer-submitted', text: STRONG_ANSWER, at: T0 + 2 }).state;
    s = step(s, { type: 'round-ended', at: T0 + 3 }).state;
    expect(s.phase).toBe('debriefing');
    expect(s.debrief).toBeUndefined();
    const r = step(s, { type: 'analysis-ready', exchangeId: 'r0-i0', analysis: fakeBehavioral(STRONG_ANSWER), at: T0 + 4 });
    expect(r.state.phase).toBe('finished');
    expect(r.effects).toEqual([{ type: 'debrief-ready' }, { type: 'save' }]);
    expect(r.state.debrief?.rounds[0]?.answered).toBe(1);
  });

  it('treats an unusable analysis as unavailable instead of failing', () => {
    let s = step(newLoop({ roundIds: ['hm'] }), { type: 'start', at: T0 }).state;
    s = step(s, { type: 'question-shown', at: T0 + 1 }).state;
    s = step(s, { type: 'answer-submitted', text: STRONG_ANSWER, analysis: 'garbage', at: T0 + 2 }).state;
    expect(s.rounds[0]?.exchanges[0]?.analysis).toEqual({ kind: 'unavailable', message: 'no analysis was produced' });
    // With nothing to go on, the interviewer probes deeper with a pack follow-up.
    expect(openExchange(s)?.followUp?.gap.source).toBe('probe');
  });
});

describe('transition: resume after restart', () => {
  const roundTrip = (s: LoopState): LoopState => JSON.parse(JSON.stringify(s)) as LoopState;

  it('every state survives JSON exactly', () => {
    for (const s of Object.values(states())) expect(roundTrip(s)).toEqual(s);
  });

  it('a loop saved mid-round and reloaded continues exactly like the one that never stopped', () => {
    let s = step(newLoop({ seed: 'restart' }), { type: 'start', at: T0 }).state;
    s = step(s, { type: 'question-shown', at: T0 + 1 }).state;
    s = step(s, { type: 'answer-submitted', text: WEAK_ANSWER, at: T0 + 2 }).state; // analysis in flight when the server dies
    const reloaded = roundTrip(s);
    const resumed = transition(reloaded, { type: 'resumed', at: T0 + 60_000 });
    // Resume restarts the timer with the time left and asks again for the lost analysis.
    expect(resumed.effects).toEqual([
      { type: 'start-timer', round: 0, deadline: T0 + 45 * MIN, ms: 45 * MIN - 60_000 },
      expect.objectContaining({ type: 'analyse-answer', exchangeId: 'r0-i0', text: WEAK_ANSWER }),
    ]);
    const answerer = (_p: string, kind: string): string => (kind === 'problem' ? 'export class TtlCache {}' : STRONG_ANSWER);
    const analysed = { type: 'analysis-ready', exchangeId: 'r0-i0', analysis: fakeBehavioral(WEAK_ANSWER), at: T0 + 70_000 } as const;
    const a = playToEnd(step(resumed.state, analysed).state, answerer).state;
    const b = playToEnd(step(s, analysed).state, answerer).state;
    expect(a.debrief).toEqual(b.debrief);
    expect(a.rounds.map((r) => r.exchanges.map((e) => e.prompt))).toEqual(b.rounds.map((r) => r.exchanges.map((e) => e.prompt)));
  });

  it('resuming after the deadline passed ends the round at its deadline', () => {
    let s = step(newLoop({ roundIds: ['culture', 'hm'] }), { type: 'start', at: T0 }).state;
    s = step(s, { type: 'question-shown', at: T0 + 1 }).state;
    const r = transition(JSON.parse(JSON.stringify(s)) as LoopState, { type: 'resumed', at: T0 + 3 * 60 * MIN });
    expect(r.state.phase).toBe('between-rounds');
    expect(r.state.rounds[0]).toMatchObject({ endReason: 'time-up', endedAt: T0 + 45 * MIN });
    expect(r.effects.map((e) => e.type)).toEqual(['stop-timer', 'round-over', 'save']);
  });

  it('resuming shows the open prompt again', () => {
    const s = step(newLoop(), { type: 'start', at: T0 }).state;
    const r = transition(s, { type: 'resumed', at: T0 + 1000 });
    expect(r.effects.map((e) => e.type)).toEqual(['start-timer', 'show-prompt']);
  });
});

describe('transition: reproducibility', () => {
  it('same seed and answers give the same questions, follow-ups and debrief', () => {
    const answers = [WEAK_ANSWER, STRONG_ANSWER, 'We did it. It was fine and I learned a lot.', 'I cut p99 latency by 40%. The result was fewer pages.'];
    const run = (): LoopState => {
      let i = 0;
      return playToEnd(newLoop({ seed: 'repro' }), (_p, kind) => (kind === 'problem' ? 'export class TtlCache {}' : (answers[i++ % answers.length] ?? ''))).state;
    };
    const a = run();
    const b = run();
    expect(a).toEqual(b);
    expect(JSON.stringify(a.debrief)).toBe(JSON.stringify(b.debrief));
  });
});
