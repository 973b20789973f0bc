/**
 * Loads a user's data from the store and runs the pure progress functions of src/core over it:
 * records, story bank and coverage, readiness, checklist, review schedule, plan, next practice.
 * Shared by the stories, progress and plan routes.
 */
import { findQuestion, type Loop, type Pack, type Role } from '../core/pack/index.js';
import { layoutPlan, nextPractice, type PlanActivity, type PlanLayout } from '../core/plan/index.js';
import {
  computeReadiness,
  evaluateChecklist,
  localDate,
  parseInstant,
  recordsFromAttempts,
  type ChecklistState,
  type IsoDate,
  type PracticeRecord,
  type Readiness,
} from '../core/readiness/index.js';
import { buildSchedule, dueToday, upcoming, type ReviewItem, type ScheduleOverride } from '../core/schedule/index.js';
import {
  assessStory,
  behavioralFrom,
  coverageMatrix,
  overuseWarnings,
  targetValues,
  type AnalyzeBehavioral,
  type CoverageMatrix,
  type OveruseWarning,
  type StoryAssessment,
  type StoryInput,
} from '../core/stories/index.js';
import type { StoredStory } from '../store/index.js';
import type { RouteDeps } from './deps.js';

/** Attempts read per request for progress views. */
export const MAX_ATTEMPTS = 5000;
export const PREP_SETTING = 'preparation';

export interface PrepSettings {
  readonly interviewDate: IsoDate;
  readonly role: Role;
  readonly level?: string | undefined;
  readonly loopId?: string | undefined;
  /** The day the date was set: the plan's horizon is chosen from it. */
  readonly startDate: IsoDate;
  readonly horizon?: '8-weeks' | '4-weeks' | '1-week' | 'day-of' | undefined;
}

export interface StoryView {
  readonly story: StoredStory;
  readonly assessment: StoryAssessment | undefined;
  /** Attempts practised with this story. */
  readonly uses: number;
}

export function storyAnalyzer(deps: RouteDeps): AnalyzeBehavioral {
  return behavioralFrom((text, { question }) => deps.analyze({ answer: text, question }));
}

export function assess(deps: RouteDeps, input: Pick<StoryInput, 'situation' | 'task' | 'action' | 'result' | 'tags'>, questionId?: string): StoryAssessment {
  const question = questionId ? findQuestion(deps.pack, questionId) : undefined;
  return assessStory(input, { analyze: storyAnalyzer(deps), pack: deps.pack, question });
}

export async function loadRecords(deps: RouteDeps, userId: string): Promise<PracticeRecord[]> {
  const attempts = await deps.store.attempts.list(userId, { limit: MAX_ATTEMPTS });
  return recordsFromAttempts(attempts, deps.pack);
}

export async function loadPrep(deps: RouteDeps, userId: string): Promise<PrepSettings | undefined> {
  const raw = (await deps.store.settings.get(userId, PREP_SETTING)) as PrepSettings | undefined;
  return raw && typeof raw.interviewDate === 'string' ? raw : undefined;
}

/** The loop readiness is measured against: the chosen loop, else one for the role and level, else the pack's first. */
export function loopFor(pack: Pack, prep: PrepSettings | undefined): Loop | undefined {
  if (prep?.loopId) {
    const chosen = pack.loops.find((l) => l.id === prep.loopId);
    if (chosen) return chosen;
  }
  if (prep) {
    const forRole = pack.loops.filter((l) => l.role === prep.role);
    return forRole.find((l) => prep.level !== undefined && (l.levels as readonly string[]).includes(prep.level)) ?? forRole[0] ?? pack.loops[0];
  }
  return pack.loops[0];
}

export interface StoriesBundle {
  readonly stories: readonly StoryView[];
  readonly matrix: CoverageMatrix;
  readonly warnings: readonly OveruseWarning[];
}

export function storiesBundle(pack: Pack, stories: readonly StoredStory[], records: readonly PracticeRecord[]): StoriesBundle {
  const assessments: Record<string, StoryAssessment | undefined> = {};
  for (const s of stories) assessments[s.id] = (s.assessment ?? undefined) as StoryAssessment | undefined;
  const matrix = coverageMatrix({ stories, assessments, values: targetValues(pack) });
  const uses = records.filter((r) => r.storyId !== undefined);
  const titles = new Map(stories.map((s) => [s.id, s.title]));
  const warnings = overuseWarnings(
    uses.map((r) => ({ storyId: r.storyId as string, questionId: r.questionId, sessionId: r.sessionId, round: r.round, at: r.at })),
    {},
    (id) => titles.get(id) ?? 'A deleted story',
  );
  return {
    stories: stories.map((s) => ({ story: s, assessment: assessments[s.id], uses: uses.filter((r) => r.storyId === s.id).length })),
    matrix,
    warnings,
  };
}

/** Completed mock loops: from a loop store when one is wired, else distinct loop sessions in the attempts. */
async function mockLoopsCompleted(deps: RouteDeps, userId: string, records: readonly PracticeRecord[]): Promise<{ count: number; at: number[] }> {
  const loops = (deps.store as unknown as { loops?: { list?: (u: string) => Promise<unknown[]> } }).loops;
  if (loops?.list) {
    const sessions = (await loops.list(userId)) as { status?: string; state?: { status?: string }; finishedAt?: string; updatedAt?: string }[];
    const done = sessions.filter((s) => s.status === 'finished' || s.status === 'done' || s.state?.status === 'finished' || s.finishedAt !== undefined);
    const at = done.map((s) => parseInstant(s.finishedAt ?? s.updatedAt ?? '') ?? 0).filter((x) => x > 0);
    return { count: done.length, at };
  }
  const sessions = new Map<string, number>();
  for (const r of records) if (r.sessionId) sessions.set(r.sessionId, Math.max(sessions.get(r.sessionId) ?? 0, r.at));
  return { count: sessions.size, at: [...sessions.values()] };
}

export interface Overview {
  readonly now: number;
  readonly today: IsoDate;
  readonly records: readonly PracticeRecord[];
  readonly prep: PrepSettings | undefined;
  readonly loop: Loop | undefined;
  readonly stories: StoriesBundle;
  readonly readiness: Readiness;
  readonly checklist: ChecklistState;
  readonly schedule: readonly ReviewItem[];
  readonly due: readonly ReviewItem[];
  readonly upcoming: readonly ReviewItem[];
  readonly plan: PlanLayout | undefined;
}

function planActivity(records: readonly PracticeRecord[], stories: readonly StoredStory[], mockAt: readonly number[]): PlanActivity[] {
  const out: PlanActivity[] = [];
  for (const r of records) {
    if (r.coding || r.round === 'coding') out.push({ kind: 'coding', at: r.at });
    else if (r.round === 'system-design') out.push({ kind: 'system-design', at: r.at });
    else out.push({ kind: 'behavioral', at: r.at });
  }
  for (const s of stories) {
    const at = parseInstant(s.createdAt);
    if (at !== undefined) out.push({ kind: 'stories', at });
  }
  for (const at of mockAt) out.push({ kind: 'mock-loop', at });
  return out.sort((a, b) => a.at - b.at);
}

/** Everything the dashboard, progress and plan views need, computed once. */
export async function overview(deps: RouteDeps, userId: string, tzOffsetMinutes: number): Promise<Overview> {
  const now = deps.now().getTime();
  const today = localDate(now, tzOffsetMinutes);
  const [records, storedStories, prep, checklistTicks, planTicks, overrides] = await Promise.all([
    loadRecords(deps, userId),
    deps.store.progress.listStories(userId),
    loadPrep(deps, userId),
    deps.store.progress.ticks(userId, 'checklist'),
    deps.store.progress.ticks(userId, 'plan'),
    deps.store.progress.overrides(userId),
  ]);
  const loop = loopFor(deps.pack, prep);
  const stories = storiesBundle(deps.pack, storedStories, records);
  const readiness = computeReadiness({ records, now, loop });
  const mocks = await mockLoopsCompleted(deps, userId, records);
  const checklist = evaluateChecklist({
    items: deps.pack.guidance.checklist,
    records,
    coverage: stories.matrix,
    mockLoopsCompleted: mocks.count,
    manual: checklistTicks,
  });
  const scheduleOverrides: Record<string, ScheduleOverride> = {};
  for (const o of overrides) {
    scheduleOverrides[o.questionId] = {
      dropped: o.dropped,
      snoozedUntil: o.snoozedUntil ? parseInstant(o.snoozedUntil) : undefined,
      at: parseInstant(o.at) ?? 0,
    };
  }
  const schedule = buildSchedule(records, { overrides: scheduleOverrides });
  const plan = prep
    ? layoutPlan({
        plans: deps.pack.plans,
        role: prep.role,
        interviewDate: prep.interviewDate,
        startDate: prep.startDate,
        today,
        horizon: prep.horizon,
        ticks: planTicks,
        activity: planActivity(records, storedStories, mocks.at),
        tzOffsetMinutes,
      })
    : undefined;
  return {
    now,
    today,
    records,
    prep,
    loop,
    stories,
    readiness,
    checklist,
    schedule,
    due: dueToday(schedule, now, tzOffsetMinutes),
    upcoming: upcoming(schedule, now, tzOffsetMinutes),
    plan,
  };
}

export function suggestions(deps: RouteDeps, o: Overview, limit = 6) {
  return nextPractice({
    pack: deps.pack,
    readiness: o.readiness,
    due: o.due,
    records: o.records,
    gaps: o.stories.matrix.gaps,
    plan: o.plan,
    role: o.prep?.role,
    limit,
  });
}

/** A question or problem title for display. */
export function titleOf(pack: Pack, id: string): string {
  return findQuestion(pack, id)?.text ?? pack.problems.find((p) => p.id === id)?.title ?? id;
}
