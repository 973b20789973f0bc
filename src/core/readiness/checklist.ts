/**
 * The pre-interview checklist from the pack, ticked from data where an `auto` rule says how,
 * and by the candidate otherwise. A manual tick also completes an auto item (the candidate may
 * have practised outside Keeper); the state says which source ticked it.
 */
import type { ChecklistItem } from '../pack/schema.js';
import type { PracticeRecord } from './record.js';

export type AutoRule = NonNullable<ChecklistItem['auto']>;

/** Thresholds of the auto rules (documented in docs/readiness.md). */
export const CHECKLIST_RULES = {
  /** Problems solved (accepted) with an approach explanation. */
  codingExplained: 2,
  /** Timed behavioral answers whose length fell inside the target. */
  timedAnswers: 5,
  /** Distinct design questions answered with at least `designPassScore`. */
  designPractised: 3,
  designPassScore: 60,
  /** Completed mock loops. */
  mockLoops: 1,
  /** Target length when a question names none, seconds. */
  defaultTargetSeconds: [60, 180] as const,
};

export interface StoryCoverageSummary {
  readonly covered: number;
  readonly total: number;
  readonly complete: boolean;
}

export interface ChecklistInput {
  readonly items: readonly ChecklistItem[];
  readonly records: readonly PracticeRecord[];
  readonly coverage?: StoryCoverageSummary | undefined;
  readonly mockLoopsCompleted?: number;
  /** Manual ticks by item id. */
  readonly manual?: Readonly<Record<string, boolean>>;
}

export interface ChecklistItemState {
  readonly id: string;
  readonly text: string;
  readonly auto: AutoRule | undefined;
  readonly done: boolean;
  readonly source: 'auto' | 'manual' | 'none';
  /** For auto items: how far the data is. */
  readonly progress: { readonly have: number; readonly need: number } | undefined;
  readonly detail: string;
}

export interface ChecklistState {
  readonly items: readonly ChecklistItemState[];
  readonly done: number;
  readonly total: number;
}

const isSpoken = (r: PracticeRecord): boolean => r.coding === undefined && r.round !== 'coding' && r.round !== 'system-design' && r.kind !== 'design';

/** A timed answer is within length when its duration lies inside the question's target range. */
export function withinLength(r: PracticeRecord): boolean {
  if (r.durationSec === undefined) return false;
  const [lo, hi] = r.targetSeconds ?? CHECKLIST_RULES.defaultTargetSeconds;
  return r.durationSec >= lo && r.durationSec <= hi;
}

function evaluate(rule: AutoRule, input: ChecklistInput): { have: number; need: number; detail: string } {
  const R = CHECKLIST_RULES;
  switch (rule) {
    case 'stories-per-value': {
      const c = input.coverage ?? { covered: 0, total: 0, complete: false };
      return { have: c.covered, need: Math.max(c.total, 1), detail: `${c.covered} of ${c.total} values have two strong stories` };
    }
    case 'coding-explained': {
      const problems = new Set(
        input.records.filter((r) => r.coding && r.coding.verdict === 'accepted' && r.coding.explained).map((r) => r.questionId),
      );
      return { have: problems.size, need: R.codingExplained, detail: `${problems.size} problem(s) solved with the approach explained` };
    }
    case 'timed-answers': {
      const timed = input.records.filter((r) => isSpoken(r) && r.timed && r.durationSec !== undefined);
      const ok = timed.filter(withinLength).length;
      return { have: ok, need: R.timedAnswers, detail: `${ok} of ${timed.length} timed answers within the target length` };
    }
    case 'design-practised': {
      const qs = new Set(input.records.filter((r) => r.round === 'system-design' && r.score >= R.designPassScore).map((r) => r.questionId));
      return { have: qs.size, need: R.designPractised, detail: `${qs.size} design question(s) answered at ${R.designPassScore}+` };
    }
    case 'mock-loop-done': {
      const n = input.mockLoopsCompleted ?? 0;
      return { have: n, need: R.mockLoops, detail: `${n} mock loop(s) completed` };
    }
  }
}

export function evaluateChecklist(input: ChecklistInput): ChecklistState {
  const items = input.items.map((item): ChecklistItemState => {
    const manual = input.manual?.[item.id] === true;
    if (!item.auto) {
      return { id: item.id, text: item.text, auto: undefined, done: manual, source: manual ? 'manual' : 'none', progress: undefined, detail: manual ? 'ticked by you' : 'tick it when done' };
    }
    const e = evaluate(item.auto, input);
    const autoDone = e.have >= e.need && !(item.auto === 'stories-per-value' && !input.coverage?.complete);
    return {
      id: item.id,
      text: item.text,
      auto: item.auto,
      done: autoDone || manual,
      source: autoDone ? 'auto' : manual ? 'manual' : 'none',
      progress: { have: Math.min(e.have, e.need), need: e.need },
      detail: e.detail,
    };
  });
  return { items, done: items.filter((i) => i.done).length, total: items.length };
}
