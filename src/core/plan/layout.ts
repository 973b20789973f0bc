/**
 * The preparation plan laid out on the calendar: pick the pack's plan whose horizon fits the days
 * left (8 weeks / 4 weeks / 1 week), add the day-of plan, place every task on a date counted back
 * from the interview, and track what is done (ticked by hand, or from practice data for tasks that
 * practise something measurable).
 */
import type { Pack } from '../pack/build.js';
import type { Plan, Role } from '../pack/schema.js';
import { addDays, daysBetween, dayNumber, localDate, type IsoDate } from '../readiness/time.js';

export type Horizon = Plan['horizon'];
export type TaskKind = Plan['phases'][number]['tasks'][number]['kind'];

/** Dated activity that can tick tasks of a kind: attempts, stories written, mock loops finished. */
export interface PlanActivity {
  readonly kind: TaskKind;
  /** Epoch ms. */
  readonly at: number;
}

export interface PlanInput {
  readonly plans: Pack['plans'];
  readonly role: Role;
  readonly interviewDate: IsoDate;
  readonly today: IsoDate;
  /**
   * The day the candidate set the interview date (the plan's start). The horizon is chosen from the
   * days left at that point, so the plan does not switch horizon as days pass. Defaults to today.
   */
  readonly startDate?: IsoDate | undefined;
  /** Force a horizon instead of choosing by days left. */
  readonly horizon?: Horizon | undefined;
  /** Manual ticks by task key: true = done, false = not done (overrides data). */
  readonly ticks?: Readonly<Record<string, boolean>>;
  readonly activity?: readonly PlanActivity[];
  /** Time zone of the candidate, minutes east of UTC, to place activity on local days. */
  readonly tzOffsetMinutes?: number;
}

export interface PlannedTask {
  /** Stable key `planId/taskId` (a repeated task id gets `#2`, `#3`…). */
  readonly key: string;
  readonly planId: string;
  readonly taskId: string;
  readonly text: string;
  readonly kind: TaskKind;
  readonly phase: string;
  readonly date: IsoDate;
  readonly done: boolean;
  readonly doneBy: 'manual' | 'data' | undefined;
  readonly overdue: boolean;
}

export interface PlannedPhase {
  readonly planId: string;
  readonly title: string;
  readonly start: IsoDate;
  /** Last day of the phase (inclusive). */
  readonly end: IsoDate;
  readonly tasks: readonly PlannedTask[];
}

export type PlanStatus = 'ok' | 'compressed' | 'interview-today' | 'past' | 'no-plan';

export interface PlanLayout {
  readonly status: PlanStatus;
  readonly interviewDate: IsoDate;
  readonly today: IsoDate;
  readonly startDate: IsoDate;
  readonly daysLeft: number;
  readonly horizon: Horizon | undefined;
  readonly plans: readonly { readonly id: string; readonly title: string; readonly horizon: Horizon }[];
  readonly phases: readonly PlannedPhase[];
  /** All tasks, by date. */
  readonly tasks: readonly PlannedTask[];
  readonly done: number;
  readonly total: number;
  readonly dueToday: readonly PlannedTask[];
  readonly overdue: readonly PlannedTask[];
  /** The first open task dated today or later. */
  readonly next: PlannedTask | undefined;
}

/** Longest lead time of a plan: its furthest phase start, in days. */
export function planSpan(plan: Plan): number {
  return Math.max(0, ...plan.phases.map((p) => p.startDaysBefore));
}

/** Which plans to lay out for `daysLeft` (see module comment); the second item is the scale factor (<1 when compressed). */
export function choosePlans(
  plans: readonly Plan[],
  role: Role,
  daysLeft: number,
  horizon?: Horizon,
): { main: Plan | undefined; dayOf: Plan | undefined; scale: number } {
  const forRole = plans.filter((p) => p.roles.includes(role));
  const pool = forRole.length > 0 ? forRole : plans;
  const dayOf = pool.find((p) => p.horizon === 'day-of');
  if (daysLeft <= 0) return { main: undefined, dayOf, scale: 1 };
  const lead = pool.filter((p) => p.horizon !== 'day-of').sort((a, b) => planSpan(b) - planSpan(a));
  const main =
    (horizon && horizon !== 'day-of' ? lead.find((p) => p.horizon === horizon) : undefined) ??
    lead.find((p) => planSpan(p) <= daysLeft) ??
    lead[lead.length - 1];
  const span = main ? planSpan(main) : 0;
  return { main, dayOf, scale: main && span > daysLeft ? daysLeft / span : 1 };
}

interface Draft {
  planId: string;
  taskId: string;
  key: string;
  text: string;
  kind: TaskKind;
  phase: string;
  date: IsoDate;
}

function draftPlan(plan: Plan, interview: IsoDate, scale: number, keys: Set<string>): { phases: { title: string; start: IsoDate; end: IsoDate; drafts: Draft[] }[] } {
  const phases = plan.phases.map((ph) => {
    const s = Math.round(ph.startDaysBefore * scale);
    const e = Math.round(ph.endDaysBefore * scale);
    // A phase runs from `s` days before up to (not including) `e` days before; a one-day phase when s == e.
    const lastBefore = s > e ? e + 1 : s;
    const drafts = ph.tasks.map((t, i): Draft => {
      const before = s - Math.floor((i * Math.max(0, s - e)) / ph.tasks.length);
      let key = `${plan.id}/${t.id}`;
      for (let n = 2; keys.has(key); n++) key = `${plan.id}/${t.id}#${n}`;
      keys.add(key);
      return { planId: plan.id, taskId: t.id, key, text: t.text, kind: t.kind, phase: ph.title, date: addDays(interview, -before) };
    });
    return { title: ph.title, start: addDays(interview, -s), end: addDays(interview, -lastBefore), drafts };
  });
  return { phases };
}

const MEASURABLE: readonly TaskKind[] = ['behavioral', 'coding', 'system-design', 'mock-loop', 'stories'];

export function layoutPlan(input: PlanInput): PlanLayout {
  const daysLeft = daysBetween(input.today, input.interviewDate);
  const start = input.startDate !== undefined && input.startDate < input.today ? input.startDate : input.today;
  const { main, dayOf, scale } = choosePlans(input.plans, input.role, daysBetween(start, input.interviewDate), input.horizon);
  const chosen = [main, dayOf].filter((p): p is Plan => p !== undefined);
  const keys = new Set<string>();
  const tz = input.tzOffsetMinutes ?? 0;
  const activityDays = (input.activity ?? []).map((a) => ({ kind: a.kind, day: dayNumber(localDate(a.at, tz)) }));
  const used = new Set<number>();
  const phases: PlannedPhase[] = [];
  for (const plan of chosen) {
    const drafted = draftPlan(plan, input.interviewDate, plan === main ? scale : 1, keys);
    for (const ph of drafted.phases) {
      const from = dayNumber(ph.start);
      const to = dayNumber(ph.end);
      const tasks = ph.drafts.map((d): PlannedTask => {
        const tick = input.ticks?.[d.key];
        let doneBy: PlannedTask['doneBy'] = tick === true ? 'manual' : undefined;
        if (tick === undefined && MEASURABLE.includes(d.kind)) {
          // Each activity in the phase window ticks one task of its kind, earliest task first.
          const idx = activityDays.findIndex((a, i) => !used.has(i) && a.kind === d.kind && a.day >= from && a.day <= to);
          if (idx >= 0) {
            used.add(idx);
            doneBy = 'data';
          }
        }
        const done = doneBy !== undefined;
        return { ...d, done, doneBy, overdue: !done && d.date < input.today && daysLeft >= 0 };
      });
      phases.push({ planId: plan.id, title: ph.title, start: ph.start, end: ph.end, tasks });
    }
  }
  const tasks = phases.flatMap((p) => p.tasks).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const status: PlanStatus =
    daysLeft < 0 ? 'past' : chosen.length === 0 ? 'no-plan' : daysLeft === 0 ? 'interview-today' : scale < 1 ? 'compressed' : 'ok';
  return {
    status,
    interviewDate: input.interviewDate,
    today: input.today,
    startDate: start,
    daysLeft,
    horizon: main?.horizon ?? dayOf?.horizon,
    plans: chosen.map((p) => ({ id: p.id, title: p.title, horizon: p.horizon })),
    phases,
    tasks,
    done: tasks.filter((t) => t.done).length,
    total: tasks.length,
    dueToday: tasks.filter((t) => t.date === input.today),
    overdue: tasks.filter((t) => t.overdue),
    next: tasks.find((t) => !t.done && t.date >= input.today),
  };
}
