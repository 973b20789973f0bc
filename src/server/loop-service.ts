/**
 * The outer layer of the mock loop: loads a loop's state, runs the pure reducer on an event stamped
 * with the server's clock, performs its effects (analysis, running code, saving) and returns the new
 * state. One event at a time per loop (an in-process lock plus a revision check in the store).
 */
import {
  checkInvariants,
  createLoop,
  planLoop,
  suggestPractice,
  transition,
  type Debrief,
  type LoopEffect,
  type LoopEvent,
  type LoopState,
  type PlanOptions,
  type PlanResult,
} from '../core/loop/index.js';
import type { MeasuredDelivery } from '../core/analysis/index.js';
import { findQuestion, type Level, type Pack, type Role } from '../core/pack/index.js';
import type { StoredLoop, LoopSummary, Store } from '../store/index.js';
import type { Analyzer } from './deps.js';
import { AppError } from './errors.js';
import { deliveryOfRecording } from './recorded-delivery.js';

/** Runs a submission against a problem's full tests; resolves to a judge result (CONTRACTS "Judge"). */
export type CodeRunner = (problemId: string, code: string, language: string) => Promise<unknown>;

export interface LoopServiceDeps {
  readonly pack: Pack;
  readonly store: Store;
  readonly analyze: Analyzer;
  readonly runCode?: CodeRunner | undefined;
  readonly now: () => Date;
  readonly newId: () => string;
}

export interface PlanInput {
  readonly role: Role;
  readonly level: Level;
  readonly seed?: string | undefined;
  readonly loopId?: string | undefined;
  readonly roundIds?: readonly string[] | undefined;
  readonly includeOptional?: boolean | undefined;
  /** Ask exactly these questions in the first round. */
  readonly questionIds?: readonly string[] | undefined;
  /** Every round's length in minutes, instead of the pack's (short practice). */
  readonly minutes?: number | undefined;
}

/** What clients get: the state, the debrief with practice suggestions, the server time for timers. */
export interface LoopView {
  readonly id: string;
  readonly revision: number;
  readonly loop: LoopState;
  readonly debrief?: Debrief;
  /** Effects of the last event a client may care about (prompts, timers, notices). */
  readonly effects: readonly LoopEffect[];
  /** The server's clock (ms), so the client can correct its timer. */
  readonly now: number;
}

/** Client-sent events: everything but analysis-ready (the server analyses) and without a time (the server stamps it). */
export type ClientEvent = DistributiveOmit<Exclude<LoopEvent, { type: 'analysis-ready' }>, 'at' | 'analysis' | 'result'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface DispatchOptions {
  /** The recording of a spoken answer sent with this event: its measured delivery goes into the analysis. */
  readonly recordingId?: string | undefined;
}

/** What a spoken answer adds to its analysis: the measured delivery and the recording to link to the attempt. */
interface Spoken {
  readonly recordingId: string;
  readonly delivery: MeasuredDelivery | undefined;
}

const HIDDEN_EFFECTS = new Set(['save', 'analyse-answer', 'run-code']);
const WEAK_BELOW = 60;

export interface LoopService {
  plan(userId: string, input: PlanInput): Promise<PlanResult>;
  create(userId: string, input: PlanInput): Promise<LoopView>;
  get(userId: string, id: string): Promise<LoopView>;
  list(userId: string, phase?: string): Promise<LoopSummary[]>;
  dispatch(userId: string, id: string, event: ClientEvent, options?: DispatchOptions): Promise<LoopView>;
  remove(userId: string, id: string): Promise<void>;
}

export function createLoopService(deps: LoopServiceDeps): LoopService {
  const locks = new Map<string, Promise<unknown>>();
  /** Runs `fn` after any earlier call for the same loop has settled. */
  function serial<T>(id: string, fn: () => Promise<T>): Promise<T> {
    const previous = locks.get(id) ?? Promise.resolve();
    const next = previous.then(fn, fn);
    const settled = next.catch(() => undefined);
    locks.set(id, settled);
    void settled.then(() => {
      if (locks.get(id) === settled) locks.delete(id);
    });
    return next;
  }

  /** Recent questions (newest first) and weak values from the user's attempts, for planning. */
  async function history(userId: string): Promise<NonNullable<PlanOptions['history']>> {
    const attempts = await deps.store.attempts.list(userId, { limit: 300 });
    const recent: string[] = [];
    const byValue = new Map<string, { sum: number; n: number }>();
    for (const a of attempts) {
      if (!recent.includes(a.questionId)) recent.push(a.questionId);
      const values = Array.isArray(a.meta.values) ? (a.meta.values as unknown[]).filter((v): v is string => typeof v === 'string') : [];
      for (const v of values) {
        const agg = byValue.get(v) ?? { sum: 0, n: 0 };
        agg.sum += a.score;
        agg.n += 1;
        byValue.set(v, agg);
      }
    }
    const weakValues = [...byValue.entries()]
      .map(([value, { sum, n }]) => ({ value, avg: sum / n }))
      .filter((v) => v.avg < WEAK_BELOW)
      .sort((a, b) => a.avg - b.avg || (a.value < b.value ? -1 : 1))
      .map((v) => v.value);
    return { recent, weakValues };
  }

  async function plan(userId: string, input: PlanInput): Promise<PlanResult> {
    return planLoop(deps.pack, {
      role: input.role,
      level: input.level,
      seed: input.seed ?? deps.newId(),
      history: await history(userId),
      ...(input.loopId ? { loopId: input.loopId } : {}),
      ...(input.roundIds ? { roundIds: input.roundIds } : {}),
      ...(input.includeOptional ? { includeOptional: true } : {}),
      ...(input.questionIds ? { questionIds: input.questionIds } : {}),
      ...(input.minutes ? { minutes: input.minutes } : {}),
    });
  }

  function view(stored: Pick<StoredLoop, 'id' | 'revision'>, loop: LoopState, effects: readonly LoopEffect[] = []): LoopView {
    const asked = loop.plan.rounds.flatMap((r) => r.items.map((i) => i.id));
    const debrief = loop.debrief ? suggestPractice(loop.debrief, deps.pack, { role: loop.plan.role, level: loop.plan.level, exclude: asked }) : undefined;
    return {
      id: stored.id,
      revision: stored.revision,
      loop,
      ...(debrief ? { debrief } : {}),
      effects: effects.filter((e) => !HIDDEN_EFFECTS.has(e.type)),
      now: deps.now().getTime(),
    };
  }

  async function load(userId: string, id: string): Promise<StoredLoop & { state: LoopState }> {
    const stored = await deps.store.loops.get(userId, id);
    if (!stored) throw new AppError('LOOP_NOT_FOUND', `There is no mock loop "${id}" for this user. List loops with GET /api/loops.`);
    const state = stored.state as LoopState;
    const broken = state && typeof state === 'object' && state.version === 1 ? checkInvariants(state) : ['unknown state version'];
    if (broken.length > 0) throw new Error(`stored loop ${id} is inconsistent: ${broken.join('; ')}`);
    return { ...stored, state };
  }

  /** Performs one analysis effect and returns the analysis-ready event it leads to. */
  async function perform(userId: string, loop: LoopState, effect: LoopEffect, spoken?: Spoken): Promise<LoopEvent | undefined> {
    const at = deps.now().getTime();
    if (effect.type === 'analyse-answer') {
      const question = findQuestion(deps.pack, effect.questionId);
      let analysis: unknown;
      try {
        analysis = deps.analyze({ answer: effect.text, question, ...(effect.diagram ? { diagram: effect.diagram } : {}), ...(spoken?.delivery ? { delivery: spoken.delivery } : {}) });
      } catch (err) {
        analysis = { kind: 'unavailable', message: `the analysis failed: ${(err as Error).message}` };
      }
      if (!effect.prompt) await record(userId, loop, effect.questionId, effect.text, analysis, question?.values ?? [], effect.diagram, spoken?.recordingId);
      return { type: 'analysis-ready', exchangeId: effect.exchangeId, analysis, at };
    }
    if (effect.type === 'run-code') {
      let result: unknown;
      if (!deps.runCode) result = { kind: 'unavailable', message: 'the coding judge is not available on this server' };
      else {
        try {
          result = await deps.runCode(effect.problemId, effect.code, effect.language);
        } catch (err) {
          result = { kind: 'unavailable', message: `the judge failed: ${(err as Error).message}` };
        }
      }
      await record(userId, loop, effect.problemId, effect.code, result, []);
      return { type: 'analysis-ready', exchangeId: effect.exchangeId, analysis: result, at };
    }
    return undefined;
  }

  /** Main answers also become attempts, so progress and readiness see loop practice too. */
  async function record(userId: string, loop: LoopState, questionId: string, answer: string, analysis: unknown, values: readonly string[], diagram?: string, recordingId?: string): Promise<void> {
    const a = (analysis ?? {}) as { kind?: unknown; score?: unknown; passed?: unknown; total?: unknown; tests?: unknown };
    const isJudge = Array.isArray(a.tests);
    if (!isJudge && typeof a.score !== 'number') return;
    const score = isJudge ? (Number(a.total) > 0 ? Math.round((100 * Number(a.passed)) / Number(a.total)) : 0) : Number(a.score);
    const id = deps.newId();
    await deps.store.attempts.add({
      id,
      userId,
      kind: isJudge ? 'coding' : String(a.kind ?? 'behavioral'),
      questionId,
      answer,
      analysis,
      score,
      meta: { source: 'loop', loopId: loop.id, values: [...values], ...(diagram ? { diagram } : {}), ...(recordingId ? { recordingId } : {}) },
      createdAt: deps.now().toISOString(),
    });
    if (recordingId) await deps.store.recordings.update(userId, recordingId, { attemptId: id });
  }

  /** The user's recording `id` with its measured delivery; undefined when it is gone (the answer still counts, with an estimate). */
  async function spokenAnswer(userId: string, id: string | undefined): Promise<Spoken | undefined> {
    if (id === undefined) return undefined;
    const rec = await deps.store.recordings.get(userId, id);
    if (!rec) return undefined;
    return { recordingId: id, delivery: deliveryOfRecording(rec) };
  }

  return {
    plan,

    async create(userId, input) {
      const result = await plan(userId, input);
      if (!result.ok) throw new AppError('UNPROCESSABLE', `Cannot plan this loop: ${result.error.message}.`);
      const id = deps.newId();
      const now = deps.now();
      const loop = createLoop(result.plan, { id, at: now.getTime() });
      const stored: StoredLoop = {
        id,
        userId,
        loopId: result.plan.loopId,
        title: result.plan.title,
        role: result.plan.role,
        level: result.plan.level,
        phase: loop.phase,
        decision: undefined,
        state: loop,
        revision: 1,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      await deps.store.loops.add(stored);
      return view(stored, loop);
    },

    async get(userId, id) {
      const stored = await load(userId, id);
      return view(stored, stored.state);
    },

    list: (userId, phase) => deps.store.loops.list(userId, { phase }),

    dispatch(userId, id, event, options = {}) {
      return serial(id, async () => {
        const stored = await load(userId, id);
        const spoken = event.type === 'answer-submitted' || event.type === 'follow-up-answered' ? await spokenAnswer(userId, options.recordingId) : undefined;
        const first = transition(stored.state, { ...event, at: deps.now().getTime() } as LoopEvent);
        const error = first.effects.find((e) => e.type === 'error');
        if (error?.type === 'error') {
          const code = error.code === 'empty-answer' || error.code === 'malformed-event' ? 'VALIDATION_FAILED' : 'CONFLICT';
          throw new AppError(code, `${error.message}.`, { reason: error.code });
        }
        let state = first.state;
        const effects: LoopEffect[] = [...first.effects];
        // Perform analysis effects until none is left (an analysis can lead to a follow-up, never to another analysis).
        for (let i = 0; i < effects.length; i++) {
          const effect = effects[i];
          if (!effect) continue;
          // Only the answer this event carried (the first transition's analysis) was spoken.
          const next = await perform(userId, state, effect, i < first.effects.length ? spoken : undefined);
          if (!next) continue;
          const r = transition(state, next);
          state = r.state;
          effects.push(...r.effects);
        }
        if (state === stored.state) return view(stored, state, effects);
        const saved: StoredLoop = {
          ...stored,
          phase: state.phase,
          decision: state.debrief?.panel.decision,
          state,
          revision: stored.revision + 1,
          updatedAt: deps.now().toISOString(),
        };
        if (!(await deps.store.loops.update(saved))) {
          throw new AppError('CONFLICT', 'This loop was changed elsewhere at the same time; reload it and try again.');
        }
        return view(saved, state, effects);
      });
    },

    async remove(userId, id) {
      if (!(await deps.store.loops.remove(userId, id))) throw new AppError('LOOP_NOT_FOUND', `There is no mock loop "${id}" for this user.`);
    },
  };
}
