/**
 * A practice record: one attempt reduced to what progress, readiness and scheduling need.
 * `recordFromAttempt` maps a stored attempt (analysis JSON + meta, see CONTRACTS.md) onto it,
 * tolerating missing or partial fields: the store keeps whatever the analysis produced.
 */
import { findQuestion } from '../pack/query.js';
import type { Pack } from '../pack/build.js';
import { ROUND_KINDS, type RoundKind } from '../pack/schema.js';
import { parseInstant } from './time.js';

export interface CodingOutcome {
  readonly verdict: string;
  readonly passed: number;
  readonly total: number;
  readonly ms: number | undefined;
  /** The candidate explained their approach (the explanation box had real content). */
  readonly explained: boolean;
}

export interface PracticeRecord {
  readonly id: string;
  readonly questionId: string;
  /** When the attempt was made, epoch ms. */
  readonly at: number;
  /** behavioral | design | coding | follow-up (as stored). */
  readonly kind: string;
  readonly round: RoundKind;
  /** 0..100. */
  readonly score: number;
  /** Analysis dimensions, 1..4 each. */
  readonly dimensions: readonly { readonly name: string; readonly score: number }[];
  /** Value ids the analysis found evidence for. */
  readonly valuesShown: readonly string[];
  /** Value ids the question targets. */
  readonly valuesTargeted: readonly string[];
  readonly flags: readonly string[];
  /** Speaking or answering time, when known. */
  readonly durationSec: number | undefined;
  /** Target length of the answer, from the question. */
  readonly targetSeconds: readonly [number, number] | undefined;
  /** The answer was given against a timer. */
  readonly timed: boolean;
  readonly coding: CodingOutcome | undefined;
  readonly storyId: string | undefined;
  /** Mock-loop session the attempt belongs to, if any. */
  readonly sessionId: string | undefined;
}

/** The shape of a stored attempt (src/store `Attempt`), restated so core does not import the store. */
export interface StoredAttemptLike {
  readonly id: string;
  readonly kind: string;
  readonly questionId: string;
  readonly analysis: unknown;
  readonly score: number;
  readonly meta?: Readonly<Record<string, unknown>> | undefined;
  readonly createdAt: string;
}

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const arr = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

export function isRoundKind(v: unknown): v is RoundKind {
  return typeof v === 'string' && (ROUND_KINDS as readonly string[]).includes(v);
}

function judgeOf(analysis: unknown): Obj | undefined {
  if (!isObj(analysis)) return undefined;
  if (num(analysis['total']) !== undefined && num(analysis['passed']) !== undefined) return analysis;
  if (isObj(analysis['judge'])) return judgeOf(analysis['judge']);
  return undefined;
}

function roundFor(a: StoredAttemptLike, pack: Pack | undefined, meta: Obj): RoundKind {
  const fromMeta = meta['round'] ?? meta['roundKind'];
  if (isRoundKind(fromMeta)) return fromMeta;
  const q = pack ? findQuestion(pack, a.questionId) : undefined;
  if (q) return q.round;
  if (a.kind === 'coding' || pack?.problems.some((p) => p.id === a.questionId)) return 'coding';
  if (a.kind === 'design') return 'system-design';
  return 'behavioral';
}

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => w.length > 0).length;

/** Words an approach explanation needs before it counts as "explained". */
export const MIN_EXPLANATION_WORDS = 15;

function codingOf(a: StoredAttemptLike, meta: Obj): CodingOutcome | undefined {
  const judge = judgeOf(a.analysis);
  if (!judge) return undefined;
  const analysis = isObj(a.analysis) ? a.analysis : {};
  const explanationText = str(meta['explanation']) ?? str(analysis['explanationText']);
  const explained =
    meta['explained'] === true ||
    isObj(analysis['explanation']) ||
    (explanationText !== undefined && wordCount(explanationText) >= MIN_EXPLANATION_WORDS);
  return {
    verdict: str(judge['verdict']) ?? 'unknown',
    passed: num(judge['passed']) ?? 0,
    total: num(judge['total']) ?? 0,
    ms: num(judge['ms']),
    explained,
  };
}

function durationOf(meta: Obj): number | undefined {
  const sec = num(meta['durationSeconds']) ?? num(meta['durationSec']) ?? num(meta['seconds']);
  if (sec !== undefined) return sec;
  const ms = num(meta['durationMs']);
  return ms !== undefined ? ms / 1000 : undefined;
}

function clampScore(s: number): number {
  return Number.isFinite(s) ? Math.min(100, Math.max(0, s)) : 0;
}

/**
 * Maps a stored attempt to a practice record. Returns undefined when the timestamp is unreadable
 * (such a row cannot be placed in time; callers skip it).
 */
export function recordFromAttempt(a: StoredAttemptLike, pack?: Pack): PracticeRecord | undefined {
  const at = parseInstant(a.createdAt);
  if (at === undefined) return undefined;
  const meta: Obj = a.meta ?? {};
  const analysis: Obj = isObj(a.analysis) ? a.analysis : {};
  const question = pack ? findQuestion(pack, a.questionId) : undefined;
  const dimensions = arr(analysis['dimensions'])
    .filter(isObj)
    .flatMap((d) => {
      const name = str(d['name']);
      const score = num(d['score']);
      return name !== undefined && score !== undefined ? [{ name, score }] : [];
    });
  const valuesShown = arr(analysis['values'])
    .filter(isObj)
    .flatMap((v) => (str(v['value']) ? [v['value'] as string] : []));
  const flags = arr(analysis['flags'])
    .filter(isObj)
    .flatMap((f) => (str(f['code']) ? [f['code'] as string] : []));
  const durationSec = durationOf(meta);
  const coding = codingOf(a, meta);
  let score = num(a.score) ?? num(analysis['score']);
  if (score === undefined && coding && coding.total > 0) score = (100 * coding.passed) / coding.total;
  return {
    id: a.id,
    questionId: a.questionId,
    at,
    kind: a.kind,
    round: roundFor(a, pack, meta),
    score: clampScore(score ?? 0),
    dimensions,
    valuesShown,
    valuesTargeted: question?.values ?? [],
    flags,
    durationSec,
    targetSeconds: question?.targetSeconds,
    timed: meta['timed'] === true || durationSec !== undefined,
    coding,
    storyId: str(meta['storyId']),
    sessionId: str(meta['sessionId']) ?? str(meta['loopSessionId']) ?? str(meta['loopId']),
  };
}

/** Maps many stored attempts, dropping unreadable rows, oldest first. */
export function recordsFromAttempts(attempts: readonly StoredAttemptLike[], pack?: Pack): PracticeRecord[] {
  return attempts
    .flatMap((a) => {
      const r = recordFromAttempt(a, pack);
      return r ? [r] : [];
    })
    .sort((x, y) => x.at - y.at || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
