/**
 * "Next best practice" for the dashboard: one ranked list mixing due reviews, the round that holds
 * readiness back, story-bank gaps and today's plan tasks. Ranking (first wins):
 *   1. reviews due today (most overdue first)   2. a required round without enough data
 *   3. the weakest round below "ready"          4. a value without two strong stories
 *   5. open plan tasks due today or overdue
 */
import type { Pack } from '../pack/build.js';
import type { RoundKind } from '../pack/schema.js';
import type { PracticeRecord } from '../readiness/record.js';
import type { Readiness } from '../readiness/readiness.js';
import type { ReviewItem } from '../schedule/schedule.js';
import type { PlanLayout } from './layout.js';

export type SuggestionKind = 'review' | 'round' | 'story' | 'plan-task';

export interface Suggestion {
  readonly kind: SuggestionKind;
  readonly title: string;
  readonly reason: string;
  readonly questionId?: string | undefined;
  readonly round?: RoundKind | undefined;
  readonly value?: string | undefined;
  readonly taskKey?: string | undefined;
}

export interface NextPracticeInput {
  readonly pack: Pack;
  readonly readiness: Readiness;
  readonly due: readonly ReviewItem[];
  readonly records: readonly PracticeRecord[];
  readonly gaps?: readonly { readonly value: string; readonly name: string; readonly message: string }[];
  readonly plan?: PlanLayout | undefined;
  readonly role?: string | undefined;
  readonly limit?: number;
}

const ROUND_LABEL: Record<RoundKind, string> = {
  'recruiter-screen': 'recruiter screen',
  'hiring-manager': 'hiring-manager',
  'technical-screen': 'technical screen',
  coding: 'coding',
  'system-design': 'system design',
  behavioral: 'behavioral',
  director: 'director',
  domain: 'domain',
  'problem-solving': 'problem solving',
};

export function roundLabel(round: RoundKind): string {
  return ROUND_LABEL[round];
}

/** A question (or problem, for coding) for a round: never practised first, else the least recently practised. */
export function pickForRound(pack: Pack, round: RoundKind, records: readonly PracticeRecord[], role?: string): { id: string; text: string } | undefined {
  const lastSeen = new Map<string, number>();
  for (const r of records) lastSeen.set(r.questionId, Math.max(lastSeen.get(r.questionId) ?? -Infinity, r.at));
  const candidates =
    round === 'coding'
      ? pack.problems.map((p) => ({ id: p.id, text: p.title }))
      : pack.questions
          .filter((q) => q.round === round && (role === undefined || q.roles.includes(role as (typeof q.roles)[number])))
          .map((q) => ({ id: q.id, text: q.text }));
  const ranked = [...candidates].sort((a, b) => (lastSeen.get(a.id) ?? -Infinity) - (lastSeen.get(b.id) ?? -Infinity));
  return ranked[0];
}

export function nextPractice(input: NextPracticeInput): Suggestion[] {
  const out: Suggestion[] = [];
  const textOf = (id: string): string =>
    input.pack.questions.find((q) => q.id === id)?.text ?? input.pack.problems.find((p) => p.id === id)?.title ?? id;
  for (const item of input.due) {
    out.push({
      kind: 'review',
      title: textOf(item.questionId),
      reason: `Review due: last score ${Math.round(item.lastScore)}, ${item.reviews} attempt(s) so far.`,
      questionId: item.questionId,
    });
  }
  const overall = input.readiness.overall;
  const rounds = input.readiness.rounds;
  if (overall.status === 'not-enough-data') {
    for (const round of overall.missing) {
      const r = rounds.find((x) => x.round === round);
      const pick = pickForRound(input.pack, round, input.records, input.role);
      out.push({
        kind: 'round',
        title: pick ? pick.text : `Practise a ${roundLabel(round)} question`,
        reason: `${roundLabel(round)} has not enough recent practice${r?.status === 'not-enough-data' ? `: needs ${r.need}` : ''}.`,
        questionId: pick?.id,
        round,
      });
    }
  }
  const weak = rounds
    .filter((r): r is Extract<typeof r, { status: 'ok' }> => r.status === 'ok' && r.level !== 'ready')
    .sort((a, b) => a.score - b.score);
  for (const r of weak) {
    const pick = pickForRound(input.pack, r.round, input.records, input.role);
    out.push({
      kind: 'round',
      title: pick ? pick.text : `Practise a ${roundLabel(r.round)} question`,
      reason: `${roundLabel(r.round)} readiness is ${r.score} (${r.level}); it holds the panel back.`,
      questionId: pick?.id,
      round: r.round,
    });
  }
  for (const gap of input.gaps ?? []) {
    out.push({ kind: 'story', title: `Write a story that shows ${gap.name}`, reason: gap.message, value: gap.value });
  }
  if (input.plan) {
    const open = [...input.plan.overdue, ...input.plan.dueToday.filter((t) => !t.done)];
    const seen = new Set<string>();
    for (const t of open) {
      if (seen.has(t.key)) continue;
      seen.add(t.key);
      out.push({ kind: 'plan-task', title: t.text, reason: t.overdue ? `Plan task from ${t.date}, not done yet.` : 'On your plan for today.', taskKey: t.key });
    }
  }
  return out.slice(0, input.limit ?? 8);
}
