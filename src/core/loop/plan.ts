/**
 * Plans a mock loop from a pack: picks the loop for a role and level, then for each round picks
 * questions (or coding problems) with a seeded, explainable score:
 *   + covers a target value of the round not yet covered by an earlier pick
 *   + practises one of the user's weak values (the weaker, the more)
 *   + written for this kind of round
 *   − seen recently (the more recent, the more)
 *   + a small seeded jitter that breaks ties reproducibly.
 * Every pick records why. Pure.
 */
import type { Pack } from '../pack/build.js';
import type { Category, Level, Loop, Problem, Question, Role, Round } from '../pack/schema.js';
import { rngFor, type Rng } from './prng.js';
import type { LoopPlan, PickWhy, PlannedItem, PlannedRound } from './types.js';

export interface PlanHistory {
  /** Question or problem ids the user saw recently, most recent first. */
  readonly recent?: readonly string[];
  /** Values the user is weak at, weakest first. */
  readonly weakValues?: readonly string[];
}

export interface PlanOptions {
  readonly role: Role;
  readonly level: Level;
  readonly seed: string | number;
  readonly history?: PlanHistory;
  /** Use this loop (by id) instead of the first that fits role and level. */
  readonly loopId?: string;
  /** Only these rounds (by id), e.g. to practise one round. Default: every non-optional round. */
  readonly roundIds?: readonly string[];
  /** Include rounds the pack marks optional. */
  readonly includeOptional?: boolean;
  /** Ask exactly these questions (in this order) in the first planned round instead of choosing. */
  readonly questionIds?: readonly string[];
  /** Override every round's length in minutes (short practice runs); may be fractional. */
  readonly minutes?: number;
}

export type PlanResult =
  | { readonly ok: true; readonly plan: LoopPlan }
  | { readonly ok: false; readonly error: { readonly type: 'no-loop' | 'no-rounds'; readonly message: string } };

/** How far back "recently" reaches in the history list. */
export const RECENT_WINDOW = 30;

const WEIGHTS = { cover: 4, alsoTarget: 0.5, weakTop: 3, roundMatch: 1.5, recentMax: 8, recentMin: 3, relaxed: 3, jitter: 1 } as const;

export function chooseLoop(pack: Pack, role: Role, level: Level, loopId?: string): { loop: Loop; warning?: string } | { error: string } {
  if (loopId) {
    const loop = pack.loops.find((l) => l.id === loopId);
    return loop ? { loop } : { error: `no loop "${loopId}" in the pack; loops: ${pack.loops.map((l) => l.id).join(', ') || 'none'}` };
  }
  const forRole = pack.loops.filter((l) => l.role === role);
  const exact = forRole.find((l) => l.levels.includes(level));
  if (exact) return { loop: exact };
  const fallback = forRole[0];
  if (fallback) {
    return { loop: fallback, warning: `No ${role} loop for ${level}; using "${fallback.title}" (${fallback.levels.join(', ')}).` };
  }
  const roles = [...new Set(pack.loops.map((l) => l.role))];
  return { error: `no loop for role ${role}; the pack has loops for: ${roles.join(', ') || 'none'}` };
}

/** Values considered the same as `value` for coverage (legacy ↔ current through mapsTo, both ways). */
function equivalents(pack: Pack): (value: string) => Set<string> {
  const map = new Map<string, Set<string>>();
  const add = (a: string, b: string): void => {
    const set = map.get(a) ?? new Set([a]);
    set.add(b);
    map.set(a, set);
  };
  for (const v of pack.values) {
    add(v.id, v.id);
    for (const m of v.mapsTo) {
      add(v.id, m);
      add(m, v.id);
    }
  }
  return (value) => map.get(value) ?? new Set([value]);
}

interface Candidate {
  readonly kind: 'question' | 'problem';
  readonly id: string;
  readonly text: string;
  readonly category: Category;
  readonly values: readonly string[];
  readonly followUps: readonly string[];
  readonly keyPoints: readonly { id: string; text: string }[];
  readonly roundKind?: string;
  readonly relaxed?: 'level' | 'role' | 'any';
}

function fromQuestion(q: Question, relaxed?: Candidate['relaxed']): Candidate {
  return {
    kind: 'question',
    id: q.id,
    text: q.text,
    category: q.category,
    values: q.values,
    followUps: q.followUps,
    keyPoints: q.keyPoints.map((k) => ({ id: k.id, text: k.text })),
    roundKind: q.round,
    ...(relaxed ? { relaxed } : {}),
  };
}

function fromProblem(p: Problem): Candidate {
  return {
    kind: 'problem',
    id: p.id,
    text: `${p.title}: ${p.summary}`,
    category: 'coding',
    values: [],
    followUps: p.followUps,
    keyPoints: [],
    roundKind: 'coding',
  };
}

/** Candidates for a round: the pack's problems for coding, questions from the round's categories otherwise, loosening filters only when needed. */
function candidates(pack: Pack, round: Round, role: Role, level: Level): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const push = (c: Candidate): void => {
    if (seen.has(c.id)) return;
    seen.add(c.id);
    out.push(c);
  };
  const draws = new Set<string>(round.draws);
  if (draws.has('coding')) {
    for (const p of pack.problems) push(fromProblem(p));
    draws.delete('coding');
  }
  const inRound = pack.questions.filter((q) => draws.has(q.category));
  for (const q of inRound) if (q.roles.includes(role) && q.levels.includes(level)) push(fromQuestion(q));
  if (out.length >= round.questions) return out;
  for (const q of inRound) if (q.roles.includes(role)) push(fromQuestion(q, 'level'));
  if (out.length >= round.questions) return out;
  for (const q of inRound) push(fromQuestion(q, 'role'));
  if (out.length >= round.questions) return out;
  // Last resort: questions written for this kind of round, whatever their category.
  for (const q of pack.questions) if (q.round === round.kind) push(fromQuestion(q, 'any'));
  return out;
}

function describe(why: PickWhy, kind: 'question' | 'problem'): string {
  const parts: string[] = [];
  if (why.covers.length > 0) parts.push(`covers ${why.covers.join(', ')}, which this round probes`);
  if (why.weak.length > 0) parts.push(`practises ${why.weak.join(', ')}, where your answers have been weaker`);
  if (parts.length === 0) parts.push(kind === 'problem' ? 'a practical coding problem for this round' : why.roundMatch ? 'written for this kind of round' : "drawn from this round's question categories");
  if (why.seenRecently !== undefined) parts.push('you saw it recently, but nothing fresher fitted as well');
  else parts.push('new to you lately');
  if (why.relaxed === 'level') parts.push('not written for your level (too few that are)');
  if (why.relaxed === 'role') parts.push('written for another role (too few for yours)');
  if (why.relaxed === 'any') parts.push('from another category (too few in this one)');
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function pickForRound(
  round: Round,
  pool: Candidate[],
  taken: Set<string>,
  history: PlanHistory,
  same: (v: string) => Set<string>,
  rng: Rng,
): PlannedItem[] {
  const recent = (history.recent ?? []).slice(0, RECENT_WINDOW);
  const weak = history.weakValues ?? [];
  const covered = new Set<string>();
  /** How often each weak value was already practised in this round: each repeat counts for less. */
  const practised = new Map<string, number>();
  const items: PlannedItem[] = [];
  for (let slot = 0; slot < round.questions; slot++) {
    // Jitter is drawn for every candidate in pool order, so the stream does not depend on scores.
    const scored = pool
      .filter((c) => !taken.has(c.id))
      .map((c) => {
        const jitter = rng() * WEIGHTS.jitter;
        const valueSet = new Set(c.values.flatMap((v) => [...same(v)]));
        const covers = round.values.filter((t) => !covered.has(t) && valueSet.has(t));
        const alsoTarget = round.values.filter((t) => covered.has(t) && valueSet.has(t)).length;
        const weakHit = weak.filter((w) => valueSet.has(w));
        const weakScore = weakHit.reduce((sum, w) => sum + Math.max(1, WEIGHTS.weakTop - weak.indexOf(w) * 0.5) / (1 + (practised.get(w) ?? 0)), 0);
        const r = recent.indexOf(c.id);
        const recentPenalty = r < 0 ? 0 : WEIGHTS.recentMax - ((WEIGHTS.recentMax - WEIGHTS.recentMin) * r) / RECENT_WINDOW;
        const roundMatch = c.roundKind === round.kind;
        const score =
          covers.length * WEIGHTS.cover +
          alsoTarget * WEIGHTS.alsoTarget +
          weakScore +
          (roundMatch ? WEIGHTS.roundMatch : 0) -
          recentPenalty -
          (c.relaxed ? WEIGHTS.relaxed : 0) +
          jitter;
        const why: PickWhy = {
          covers,
          weak: weakHit,
          roundMatch,
          ...(r >= 0 ? { seenRecently: r } : {}),
          ...(c.relaxed ? { relaxed: c.relaxed } : {}),
        };
        return { c, score, why };
      });
    let best: (typeof scored)[number] | undefined;
    for (const s of scored) if (!best || s.score > best.score) best = s;
    if (!best) break;
    taken.add(best.c.id);
    for (const v of best.why.covers) covered.add(v);
    for (const w of best.why.weak) practised.set(w, (practised.get(w) ?? 0) + 1);
    items.push({
      kind: best.c.kind,
      id: best.c.id,
      text: best.c.text,
      category: best.c.category,
      values: best.c.values,
      followUps: best.c.followUps,
      keyPoints: best.c.keyPoints,
      why: best.why,
      reason: describe(best.why, best.c.kind),
    });
  }
  return items;
}

function chosenQuestions(pack: Pack, ids: readonly string[]): { items: PlannedItem[] } | { error: string } {
  const items: PlannedItem[] = [];
  for (const id of ids) {
    const q = pack.questions.find((x) => x.id === id);
    if (!q) return { error: `no question "${id}" in the pack` };
    const c = fromQuestion(q);
    const why: PickWhy = { covers: [], weak: [], roundMatch: true };
    items.push({ kind: 'question', id: c.id, text: c.text, category: c.category, values: c.values, followUps: c.followUps, keyPoints: c.keyPoints, why, reason: 'You chose this question.' });
  }
  if (items.length === 0) return { error: 'questionIds is empty' };
  return { items };
}

export function planLoop(pack: Pack, options: PlanOptions): PlanResult {
  const chosen = chooseLoop(pack, options.role, options.level, options.loopId);
  if ('error' in chosen) return { ok: false, error: { type: 'no-loop', message: chosen.error } };
  const { loop } = chosen;
  const warnings: string[] = chosen.warning ? [chosen.warning] : [];
  const wanted = options.roundIds ? new Set(options.roundIds) : undefined;
  const rounds = loop.rounds.filter((r) => (wanted ? wanted.has(r.id) : options.includeOptional === true || !r.optional));
  if (wanted) {
    const unknown = [...wanted].filter((id) => !loop.rounds.some((r) => r.id === id));
    if (unknown.length > 0) warnings.push(`Unknown rounds ignored: ${unknown.join(', ')} (this loop has ${loop.rounds.map((r) => r.id).join(', ')}).`);
  }
  if (rounds.length === 0) return { ok: false, error: { type: 'no-rounds', message: `no rounds selected from loop "${loop.id}"` } };
  const chosenItems = options.questionIds ? chosenQuestions(pack, options.questionIds) : undefined;
  if (chosenItems && 'error' in chosenItems) return { ok: false, error: { type: 'no-rounds', message: chosenItems.error } };

  const seed = String(options.seed);
  const same = equivalents(pack);
  const taken = new Set<string>();
  const history = options.history ?? {};
  const planned: PlannedRound[] = [];
  for (const round of rounds) {
    const rng = rngFor(seed, `${loop.id}/${round.id}`);
    const items =
      chosenItems && planned.length === 0 ? chosenItems.items : pickForRound(round, candidates(pack, round, options.role, options.level), taken, history, same, rng);
    if (chosenItems && planned.length === 0) for (const item of items) taken.add(item.id);
    if (items.length > 0 && items.length < round.questions) {
      warnings.push(`${round.title}: the pack has only ${items.length} fitting question(s) for ${round.questions} slot(s).`);
    }
    if (items.length === 0) {
      warnings.push(`${round.title} is left out: the pack has no questions for it yet.`);
      continue;
    }
    planned.push({
      id: round.id,
      kind: round.kind,
      title: round.title,
      minutes: options.minutes !== undefined && options.minutes > 0 ? options.minutes : round.minutes,
      format: round.format,
      interviewer: round.interviewer,
      grades: round.grades,
      values: round.values,
      optional: round.optional,
      hiringManager: round.kind === 'hiring-manager' || /hiring manager/i.test(round.interviewer),
      items,
    });
  }
  if (planned.length === 0) return { ok: false, error: { type: 'no-rounds', message: `the pack has no questions for any round of loop "${loop.id}"` } };
  return {
    ok: true,
    plan: {
      loopId: loop.id,
      title: loop.title,
      role: options.role,
      level: options.level,
      seed,
      decision: loop.decision,
      rounds: planned,
      warnings,
    },
  };
}
