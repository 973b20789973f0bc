/**
 * Readiness per round kind and overall, from practice records. The formula is documented in
 * docs/readiness.md; in short:
 *   weight  w = 0.5 ^ (ageDays / halfLifeDays)           (recent attempts count more)
 *   round   R = Σ w·score / Σ w                           (recency-weighted mean, 0..100)
 *   enough  n ≥ minAttempts, distinct questions ≥ minQuestions, Σ w ≥ minEvidence
 *   overall O = (mean(R) + min(R)) / 2 over the loop's required rounds, all with enough data
 * Below the evidence bar a round reports "not enough data" instead of a number.
 */
import type { Loop, RoundKind } from '../pack/schema.js';
import type { PracticeRecord } from './record.js';
import { MS_PER_DAY } from './time.js';

export interface ReadinessOptions {
  /** Days after which an attempt counts half as much. Default 14. */
  readonly halfLifeDays?: number;
  /** Attempts older than this are ignored. Default 90. */
  readonly windowDays?: number;
  /** Minimum attempts in the window. Default 3. */
  readonly minAttempts?: number;
  /** Minimum distinct questions in the window. Default 2. */
  readonly minQuestions?: number;
  /** Minimum total recency weight (≈ "fresh attempts"). Default 1.5. */
  readonly minEvidence?: number;
  /** How far back the trend compares, in days. Default 7. */
  readonly trendDays?: number;
}

export const READINESS_DEFAULTS = {
  halfLifeDays: 14,
  windowDays: 90,
  minAttempts: 3,
  minQuestions: 2,
  minEvidence: 1.5,
  trendDays: 7,
} as const;

/** ready ≥ 75, close ≥ 55, otherwise not-yet. */
export type ReadinessLevel = 'ready' | 'close' | 'not-yet';
export const READY_AT = 75;
export const CLOSE_AT = 55;

export function levelOf(score: number): ReadinessLevel {
  return score >= READY_AT ? 'ready' : score >= CLOSE_AT ? 'close' : 'not-yet';
}

interface Evidence {
  /** Attempts inside the window. */
  readonly attempts: number;
  readonly questions: number;
  /** Σ w, rounded to 2 decimals. */
  readonly evidence: number;
  /** Newest attempt, epoch ms. */
  readonly lastAt: number | undefined;
}

export type RoundReadiness =
  | (Evidence & {
      readonly round: RoundKind;
      readonly status: 'ok';
      readonly score: number;
      readonly level: ReadinessLevel;
      /** Score change against the same formula `trendDays` ago, when both have enough data. */
      readonly trend: number | undefined;
    })
  | (Evidence & {
      readonly round: RoundKind;
      readonly status: 'not-enough-data';
      /** What more is needed, in words. */
      readonly need: string;
    });

export type OverallReadiness =
  | { readonly status: 'ok'; readonly score: number; readonly level: ReadinessLevel; readonly weakest: RoundKind; readonly rounds: readonly RoundKind[] }
  | { readonly status: 'not-enough-data'; readonly missing: readonly RoundKind[]; readonly rounds: readonly RoundKind[]; readonly need: string };

export interface Readiness {
  readonly at: number;
  readonly rounds: readonly RoundReadiness[];
  readonly overall: OverallReadiness;
}

type Resolved = { -readonly [K in keyof typeof READINESS_DEFAULTS]: number };

function resolve(o: ReadinessOptions): Resolved {
  return { ...READINESS_DEFAULTS, ...Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) } as Resolved;
}

/** Recency weight of an attempt made at `at`, seen from `now`. Future attempts weigh 1. */
export function recencyWeight(at: number, now: number, halfLifeDays: number = READINESS_DEFAULTS.halfLifeDays): number {
  const ageDays = Math.max(0, now - at) / MS_PER_DAY;
  return Math.pow(0.5, ageDays / halfLifeDays);
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

function scoreRound(round: RoundKind, records: readonly PracticeRecord[], now: number, o: Resolved): RoundReadiness {
  const inWindow = records.filter((r) => r.round === round && r.at <= now && now - r.at <= o.windowDays * MS_PER_DAY);
  let sumW = 0;
  let sumWS = 0;
  for (const r of inWindow) {
    const w = recencyWeight(r.at, now, o.halfLifeDays);
    sumW += w;
    sumWS += w * r.score;
  }
  const questions = new Set(inWindow.map((r) => r.questionId)).size;
  const lastAt = inWindow.reduce<number | undefined>((m, r) => (m === undefined || r.at > m ? r.at : m), undefined);
  const base = { round, attempts: inWindow.length, questions, evidence: round2(sumW), lastAt };
  const needs: string[] = [];
  if (inWindow.length < o.minAttempts) needs.push(`${o.minAttempts - inWindow.length} more attempt(s)`);
  if (questions < o.minQuestions) needs.push(`${o.minQuestions - questions} more distinct question(s)`);
  if (needs.length === 0 && sumW < o.minEvidence) needs.push('recent practice: older attempts count less (half-life ' + o.halfLifeDays + ' days)');
  if (needs.length > 0) return { ...base, status: 'not-enough-data', need: needs.join(', ') };
  const score = Math.round(sumWS / sumW);
  return { ...base, status: 'ok', score, level: levelOf(score), trend: undefined };
}

/** The round kinds a loop requires (non-optional rounds), in loop order, without duplicates. */
export function requiredRounds(loop: Loop): RoundKind[] {
  return [...new Set(loop.rounds.filter((r) => !r.optional).map((r) => r.kind))];
}

function overallOf(rounds: readonly RoundReadiness[], required: readonly RoundKind[]): OverallReadiness {
  if (required.length === 0) {
    return { status: 'not-enough-data', missing: [], rounds: required, need: 'practise at least one round' };
  }
  const byRound = new Map(rounds.map((r) => [r.round, r]));
  const scored: { round: RoundKind; score: number }[] = [];
  const missing: RoundKind[] = [];
  for (const k of required) {
    const r = byRound.get(k);
    if (r?.status === 'ok') scored.push({ round: k, score: r.score });
    else missing.push(k);
  }
  if (missing.length > 0) {
    return { status: 'not-enough-data', missing, rounds: required, need: `enough recent practice in: ${missing.join(', ')}` };
  }
  const mean = scored.reduce((s, r) => s + r.score, 0) / scored.length;
  const weakest = scored.reduce((m, r) => (r.score < m.score ? r : m));
  const score = Math.round((mean + weakest.score) / 2);
  return { status: 'ok', score, level: levelOf(score), weakest: weakest.round, rounds: required };
}

export interface ReadinessInput {
  readonly records: readonly PracticeRecord[];
  readonly now: number;
  /** The target loop; its required rounds define "overall". Without it, every practised round counts. */
  readonly loop?: Loop | undefined;
  readonly options?: ReadinessOptions;
}

function computeAt(records: readonly PracticeRecord[], now: number, required: readonly RoundKind[] | undefined, optional: readonly RoundKind[], o: Resolved) {
  const practised = [...new Set(records.filter((r) => r.at <= now).map((r) => r.round))];
  const kinds = [...new Set([...(required ?? []), ...optional, ...practised])];
  const rounds = kinds.map((k) => scoreRound(k, records, now, o));
  const needed = required ?? rounds.filter((r) => r.attempts > 0).map((r) => r.round);
  return { rounds, overall: overallOf(rounds, needed) };
}

/**
 * Readiness per round kind — the loop's required rounds first, then its optional rounds, then any
 * other practised round — and overall (required rounds only).
 */
export function computeReadiness(input: ReadinessInput): Readiness {
  const o = resolve(input.options ?? {});
  const required = input.loop ? requiredRounds(input.loop) : undefined;
  const optional = input.loop ? input.loop.rounds.map((r) => r.kind) : [];
  const current = computeAt(input.records, input.now, required, optional, o);
  const past = computeAt(input.records, input.now - o.trendDays * MS_PER_DAY, required, optional, o);
  const pastByRound = new Map(past.rounds.map((r) => [r.round, r]));
  const rounds = current.rounds.map((r): RoundReadiness => {
    const before = pastByRound.get(r.round);
    if (r.status !== 'ok' || before?.status !== 'ok') return r;
    return { ...r, trend: r.score - before.score };
  });
  return { at: input.now, rounds, overall: current.overall };
}
