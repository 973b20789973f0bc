/**
 * The mock loop as a reducer: `transition(state, event) → { state, effects }`.
 * The outer layer performs the effects (save, timers, analysis, running code) and feeds results
 * back as events. Time comes in with every event. Events that do not fit the state return the
 * same state object and an `error` effect; nothing here throws for a user's sequence of events.
 * Pure.
 */
import { readAnalysis, type Analysis } from './analysis-types.js';
import { buildDebrief } from './debrief.js';
import { chooseFollowUps, followUpCount, gapCount } from './follow-ups.js';
import { rngFor } from './prng.js';
import type {
  Exchange,
  LoopEffect,
  LoopErrorCode,
  LoopEvent,
  LoopPlan,
  LoopState,
  PlannedItem,
  RoundEndReason,
  RoundState,
  TransitionResult,
} from './types.js';
import { EVENT_TYPES } from './types.js';

const MINUTE = 60_000;

/** A new loop, ready to start its first round. */
export function createLoop(plan: LoopPlan, init: { readonly id: string; readonly at: number }): LoopState {
  return {
    version: 1,
    id: init.id,
    plan,
    phase: 'ready',
    createdAt: init.at,
    clock: init.at,
    current: -1,
    rounds: plan.rounds.map(() => ({ status: 'pending', exchanges: [], queue: [], nextItem: 0 })),
  };
}

// ---------------------------------------------------------------- helpers

function reject(state: LoopState, code: LoopErrorCode, message: string): TransitionResult {
  return { state, effects: [{ type: 'error', code, message }] };
}

function setRound(state: LoopState, index: number, round: RoundState): LoopState {
  return { ...state, rounds: state.rounds.map((r, i) => (i === index ? round : r)) };
}

function replaceLast(round: RoundState, exchange: Exchange): RoundState {
  return { ...round, exchanges: [...round.exchanges.slice(0, -1), exchange] };
}

/** The open prompt of the active round (pending, shown or analysing), if any. */
export function openExchange(state: LoopState): Exchange | undefined {
  if (state.phase !== 'in-round') return undefined;
  const last = state.rounds[state.current]?.exchanges.at(-1);
  return last && (last.status === 'pending' || last.status === 'shown' || last.status === 'analysing') ? last : undefined;
}

function itemOf(state: LoopState, round: number, item: number): PlannedItem | undefined {
  return state.plan.rounds[round]?.items[item];
}

function showPrompt(round: number, ex: Exchange): LoopEffect {
  return { type: 'show-prompt', round, exchangeId: ex.id, kind: ex.kind, text: ex.prompt };
}

function mainExchange(round: number, index: number, item: PlannedItem): Exchange {
  return { id: `r${round}-i${index}`, kind: item.kind === 'problem' ? 'problem' : 'question', item: index, prompt: item.text, status: 'pending' };
}

/** The effect that gets an answer analysed (or code run); re-emitted on resume. */
function analyseEffect(state: LoopState, round: number, ex: Exchange): LoopEffect | undefined {
  const item = itemOf(state, round, ex.item);
  if (!item) return undefined;
  if (ex.kind === 'problem') {
    return { type: 'run-code', exchangeId: ex.id, problemId: item.id, code: ex.code ?? '', language: ex.language ?? 'typescript' };
  }
  return {
    type: 'analyse-answer',
    exchangeId: ex.id,
    questionId: item.id,
    category: item.category,
    text: ex.answer ?? '',
    ...(ex.kind === 'follow-up' ? { prompt: ex.prompt } : {}),
    ...(ex.diagram ? { diagram: ex.diagram } : {}),
  };
}

function pendingAnalyses(state: LoopState): boolean {
  return state.rounds.some((r) => r.exchanges.some((e) => e.status === 'analysing'));
}

function finish(state: LoopState, at: number): TransitionResult {
  const done: LoopState = { ...state, phase: 'finished', finishedAt: at };
  return { state: { ...done, debrief: buildDebrief(done) }, effects: [{ type: 'debrief-ready' }] };
}

/** Ends round `index` for `reason` at `at`; the open prompt is cut off (keeping a draft) or left unasked. */
function endRound(state: LoopState, index: number, reason: RoundEndReason, at: number, draft?: string): TransitionResult {
  const round = state.rounds[index];
  if (!round) return { state, effects: [] };
  const exchanges = round.exchanges.map((e): Exchange => {
    if (e.status === 'pending') return { ...e, status: 'unasked' };
    if (e.status === 'shown') {
      const kept = draft?.trim() ? { draft } : {};
      return { ...e, status: 'cut-off', ...kept };
    }
    return e;
  });
  const ended: RoundState = { ...round, status: 'ended', endedAt: at, endReason: reason, exchanges, queue: [] };
  const next = setRound(state, index, ended);
  const effects: LoopEffect[] = [
    { type: 'stop-timer', round: index },
    { type: 'round-over', round: index, reason },
  ];
  if (index < state.rounds.length - 1) {
    return { state: { ...next, phase: 'between-rounds' }, effects: [...effects, { type: 'save' }] };
  }
  if (pendingAnalyses(next)) return { state: { ...next, phase: 'debriefing' }, effects: [...effects, { type: 'save' }] };
  const fin = finish(next, at);
  return { state: fin.state, effects: [...effects, ...fin.effects, { type: 'save' }] };
}

/** After the open exchange of the active round is done: queue follow-ups, ask the next prompt or end the round. */
function advance(state: LoopState, at: number): TransitionResult {
  const index = state.current;
  let round = state.rounds[index];
  const planned = state.plan.rounds[index];
  if (!round || !planned) return { state, effects: [] };
  const last = round.exchanges.at(-1);
  if (last && last.kind !== 'follow-up' && last.status === 'done' && last.analysis) {
    const item = planned.items[last.item];
    if (item) {
      const asked = round.exchanges.filter((e) => e.kind === 'follow-up').length + round.queue.length;
      const count = followUpCount(planned.items.length, last.item, asked, gapCount(last.analysis));
      const texts = [...round.exchanges.filter((e) => e.kind === 'follow-up').map((e) => e.prompt), ...round.queue.map((f) => f.text)];
      const chosen = chooseFollowUps(item, last.analysis, count, texts, rngFor(state.plan.seed, last.id));
      round = { ...round, queue: [...round.queue, ...chosen] };
    }
  }
  const [next, ...rest] = round.queue;
  if (next && last) {
    const n = round.exchanges.filter((e) => e.kind === 'follow-up' && e.item === last.item).length + 1;
    const ex: Exchange = { id: `r${index}-i${last.item}-f${n}`, kind: 'follow-up', item: last.item, prompt: next.text, status: 'pending', followUp: next };
    const updated: RoundState = { ...round, queue: rest, exchanges: [...round.exchanges, ex] };
    return { state: setRound(state, index, updated), effects: [showPrompt(index, ex), { type: 'save' }] };
  }
  const item = planned.items[round.nextItem];
  if (item) {
    const ex = mainExchange(index, round.nextItem, item);
    const updated: RoundState = { ...round, nextItem: round.nextItem + 1, exchanges: [...round.exchanges, ex] };
    return { state: setRound(state, index, updated), effects: [showPrompt(index, ex), { type: 'save' }] };
  }
  return endRound(setRound(state, index, round), index, 'completed', at);
}

/** Records an answer (or code) on the open prompt; analyses it now when the result came with the event. */
function answer(state: LoopState, at: number, fields: Partial<Exchange>, result: unknown): TransitionResult {
  const round = state.rounds[state.current];
  const open = round?.exchanges.at(-1);
  if (!round || !open) return { state, effects: [] };
  const answered: Exchange = { ...open, ...fields, answeredAt: at, status: result === undefined ? 'analysing' : 'done' };
  if (result === undefined) {
    const next = setRound(state, state.current, replaceLast(round, answered));
    const effect = analyseEffect(next, state.current, answered);
    return { state: next, effects: [...(effect ? [effect] : []), { type: 'save' }] };
  }
  const analysis: Analysis = readAnalysis(result);
  return advance(setRound(state, state.current, replaceLast(round, { ...answered, analysis })), at);
}

function checkOpen(state: LoopState, wanted: Exchange['kind'], event: string): TransitionResult | Exchange {
  const open = openExchange(state);
  if (!open) return reject(state, 'invalid-event', `${event} needs a round in progress with a prompt on screen (phase: ${state.phase})`);
  if (open.status === 'pending') return reject(state, 'invalid-event', `${event}: the prompt ${open.id} has not been shown yet; send question-shown first`);
  if (open.status === 'analysing') return reject(state, 'invalid-event', `${event}: the answer to ${open.id} is still being analysed`);
  if (open.kind !== wanted) {
    const use = open.kind === 'problem' ? 'code-submitted' : open.kind === 'follow-up' ? 'follow-up-answered' : 'answer-submitted';
    return reject(state, 'wrong-prompt', `${event} does not answer a ${open.kind} prompt (${open.id}); use ${use}`);
  }
  return open;
}

// ---------------------------------------------------------------- handlers

function handle(state: LoopState, event: LoopEvent, at: number): TransitionResult {
  switch (event.type) {
    case 'start': {
      if (state.phase !== 'ready' && state.phase !== 'between-rounds') {
        return reject(state, 'invalid-event', `start begins the next round; not possible while ${state.phase}`);
      }
      const index = state.current + 1;
      const planned = state.plan.rounds[index];
      const round = state.rounds[index];
      const first = planned?.items[0];
      if (!planned || !round || !first) return reject(state, 'invalid-event', 'there is no next round to start');
      const deadline = at + planned.minutes * MINUTE;
      const ex = mainExchange(index, 0, first);
      const active: RoundState = { ...round, status: 'active', startedAt: at, deadline, exchanges: [ex], nextItem: 1 };
      const next: LoopState = { ...setRound(state, index, active), phase: 'in-round', current: index, ...(state.startedAt === undefined ? { startedAt: at } : {}) };
      return {
        state: next,
        effects: [{ type: 'start-timer', round: index, deadline, ms: deadline - at }, showPrompt(index, ex), { type: 'save' }],
      };
    }
    case 'question-shown': {
      const open = openExchange(state);
      if (!open) return reject(state, 'invalid-event', `question-shown needs a prompt waiting to be shown (phase: ${state.phase})`);
      if (event.exchangeId !== undefined && event.exchangeId !== open.id) {
        return reject(state, 'wrong-prompt', `question-shown for ${event.exchangeId}, but the open prompt is ${open.id}`);
      }
      if (open.status === 'analysing') return reject(state, 'invalid-event', `the answer to ${open.id} is being analysed; the next prompt comes after it`);
      if (open.status === 'shown') return { state, effects: [] }; // shown again after a reload: nothing to do
      const round = state.rounds[state.current];
      if (!round) return { state, effects: [] };
      return { state: setRound(state, state.current, replaceLast(round, { ...open, status: 'shown', shownAt: at })), effects: [{ type: 'save' }] };
    }
    case 'answer-submitted':
    case 'follow-up-answered': {
      const open = checkOpen(state, event.type === 'answer-submitted' ? 'question' : 'follow-up', event.type);
      if ('state' in open) return open;
      if (typeof event.text !== 'string' || event.text.trim() === '') return reject(state, 'empty-answer', 'the answer is empty; type or say something first');
      const diagram = event.type === 'answer-submitted' ? event.diagram : undefined;
      if (diagram !== undefined && typeof diagram !== 'string') return reject(state, 'malformed-event', 'the diagram must be Mermaid text');
      return answer(state, at, { answer: event.text, ...(diagram?.trim() ? { diagram } : {}) }, event.analysis);
    }
    case 'code-submitted': {
      const open = checkOpen(state, 'problem', event.type);
      if ('state' in open) return open;
      if (typeof event.code !== 'string' || event.code.trim() === '') return reject(state, 'empty-answer', 'the code is empty; write a solution first');
      return answer(state, at, { code: event.code, language: event.language ?? 'typescript' }, event.result);
    }
    case 'analysis-ready': {
      if (state.phase === 'ready') return reject(state, 'invalid-event', 'no answer has been given yet');
      const r = state.rounds.findIndex((round) => round.exchanges.some((e) => e.id === event.exchangeId));
      const round = state.rounds[r];
      const ex = round?.exchanges.find((e) => e.id === event.exchangeId);
      if (!round || !ex) return reject(state, 'unknown-exchange', `no exchange "${String(event.exchangeId)}" in this loop`);
      if (ex.status !== 'analysing') return reject(state, 'invalid-event', `exchange ${ex.id} is not waiting for an analysis (it is ${ex.status})`);
      const done: Exchange = { ...ex, status: 'done', analysis: readAnalysis(event.analysis) };
      const next = setRound(state, r, { ...round, exchanges: round.exchanges.map((e) => (e.id === ex.id ? done : e)) });
      if (state.phase === 'in-round' && r === state.current && round.exchanges.at(-1)?.id === ex.id) return advance(next, at);
      if (state.phase === 'debriefing' && !pendingAnalyses(next)) {
        const fin = finish(next, at);
        return { state: fin.state, effects: [...fin.effects, { type: 'save' }] };
      }
      return { state: next, effects: [{ type: 'save' }] };
    }
    case 'time-up': {
      if (state.phase !== 'in-round') {
        return reject(state, event.round !== undefined && event.round <= state.current ? 'stale-timer' : 'invalid-event', `time-up arrived with no round running (phase: ${state.phase})`);
      }
      if (event.round !== undefined && event.round !== state.current) {
        return reject(state, 'stale-timer', `time-up for round ${event.round}, but round ${state.current} is running`);
      }
      return endRound(state, state.current, 'time-up', at, event.draft);
    }
    case 'round-ended': {
      if (state.phase !== 'in-round') return reject(state, 'invalid-event', `round-ended needs a round in progress (phase: ${state.phase})`);
      return endRound(state, state.current, 'ended-early', at, event.draft);
    }
    case 'abandoned': {
      let next: LoopState = state;
      const effects: LoopEffect[] = [];
      if (state.phase === 'in-round') {
        const ended = endRound(state, state.current, 'ended-early', at);
        const round = ended.state.rounds[state.current];
        if (round) next = setRound(state, state.current, round);
        effects.push({ type: 'stop-timer', round: state.current });
      }
      return { state: { ...next, phase: 'abandoned', abandonedAt: at }, effects: [...effects, { type: 'save' }] };
    }
    case 'resumed': {
      const effects: LoopEffect[] = [];
      const round = state.rounds[state.current];
      if (state.phase === 'in-round' && round?.deadline !== undefined) {
        effects.push({ type: 'start-timer', round: state.current, deadline: round.deadline, ms: Math.max(0, round.deadline - at) });
        const open = openExchange(state);
        if (open && open.status !== 'analysing') effects.push(showPrompt(state.current, open));
      }
      state.rounds.forEach((r, i) => {
        for (const e of r.exchanges) {
          if (e.status !== 'analysing') continue;
          const effect = analyseEffect(state, i, e);
          if (effect) effects.push(effect);
        }
      });
      return { state, effects };
    }
  }
}

function malformed(event: unknown): string | undefined {
  if (typeof event !== 'object' || event === null) return 'an event must be an object';
  const e = event as { type?: unknown; at?: unknown };
  if (typeof e.type !== 'string' || !(EVENT_TYPES as readonly string[]).includes(e.type)) {
    return `unknown event type "${String(e.type)}"; expected one of ${EVENT_TYPES.join(', ')}`;
  }
  if (typeof e.at !== 'number' || !Number.isFinite(e.at)) return 'the event needs a time "at" in milliseconds';
  return undefined;
}

const ANSWERS = new Set(['answer-submitted', 'follow-up-answered', 'code-submitted']);
/** Events still handled after a round closes itself for being overdue. */
const CARRY_ON = new Set(['analysis-ready', 'resumed', 'abandoned']);

export function transition(state: LoopState, event: LoopEvent): TransitionResult {
  const problem = malformed(event);
  if (problem) return reject(state, 'malformed-event', problem);
  if (state.phase === 'finished' || state.phase === 'abandoned') {
    return reject(state, 'loop-over', `this loop is ${state.phase}; start a new one`);
  }
  const at = Math.max(event.at, state.clock);
  let base = state;
  const pre: LoopEffect[] = [];
  const deadline = state.rounds[state.current]?.deadline;
  // A round whose time ran out while nobody told us (a lost timer, a restart) ends at its deadline first.
  if (state.phase === 'in-round' && deadline !== undefined && at >= deadline && event.type !== 'time-up' && event.type !== 'abandoned') {
    const late = ANSWERS.has(event.type);
    const draft = event.type === 'code-submitted' ? event.code : late && 'text' in event ? event.text : undefined;
    const ended = endRound(state, state.current, 'time-up', deadline, draft);
    base = { ...ended.state, clock: at };
    pre.push(...ended.effects);
    if (!CARRY_ON.has(event.type)) {
      if (late) pre.push({ type: 'notice', code: 'late-answer', message: 'Time was up before this answer arrived; it is kept as a draft and not graded.' });
      return { state: base, effects: pre };
    }
  }
  const result = handle(base, event, at);
  // A rejected event changes nothing, not even the overdue round (the next valid event or time-up closes it).
  if (result.effects.some((e) => e.type === 'error')) return { state, effects: result.effects.filter((e) => e.type === 'error') };
  if (result.state === base && base === state) return result; // no-op: same object
  return { state: { ...result.state, clock: at }, effects: [...pre, ...result.effects] };
}
