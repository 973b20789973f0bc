/**
 * Response shapes of the progress, stories, plan and dashboard endpoints (src/server/routes/
 * progress.ts, stories.ts, plan.ts), built on the pure core types they serialise.
 */
import type { PlanLayout, PlannedTask, Suggestion } from '../../../../src/core/plan/index.js';
import type { ChecklistState, CodingStats, OverallReadiness, RoundReadiness, Series } from '../../../../src/core/readiness/index.js';
import type { CoverageMatrix, OveruseWarning, StoryAssessment } from '../../../../src/core/stories/index.js';

export type { ChecklistState, CodingStats, CoverageMatrix, OverallReadiness, OveruseWarning, PlanLayout, PlannedTask, RoundReadiness, Series, StoryAssessment, Suggestion };

export interface ReadinessJson {
  readonly at: string;
  readonly rounds: readonly RoundReadiness[];
  readonly overall: OverallReadiness;
}

export interface ReadinessResponse {
  readonly loop: { id: string; title: string } | undefined;
  readonly readiness: ReadinessJson;
  readonly checklist: ChecklistState;
}

export interface AttemptSummary {
  readonly id: string;
  readonly questionId: string;
  readonly title: string;
  readonly at: string;
  readonly round: string;
  readonly kind: string;
  readonly score: number;
  readonly flags: readonly string[];
  readonly valuesShown: readonly string[];
  readonly valuesTargeted: readonly string[];
  readonly durationSec?: number;
  readonly coding?: { verdict: string; passed: number; total: number; ms?: number; explained: boolean };
  readonly storyId?: string;
}

export interface ReviewSummary {
  readonly questionId: string;
  readonly title: string;
  readonly round?: string;
  readonly dueAt: string;
  readonly lastScore: number;
  readonly lastRating: string;
  readonly reviews: number;
  readonly worstScore: number;
}

export interface PrepSettings {
  readonly interviewDate: string;
  readonly role: string;
  readonly level?: string;
  readonly loopId?: string;
  readonly startDate: string;
  readonly horizon?: string;
}

export interface PlanResponse {
  readonly today: string;
  readonly preparation: PrepSettings | null;
  readonly plan: PlanLayout | null;
}

export interface DashboardResponse {
  readonly today: string;
  readonly preparation: PrepSettings | null;
  readonly countdown: { interviewDate: string; daysLeft: number; status: string } | null;
  readonly loop: { id: string; title: string } | null;
  readonly readiness: ReadinessJson;
  readonly due: readonly ReviewSummary[];
  readonly next: readonly Suggestion[];
  readonly recent: readonly AttemptSummary[];
  readonly checklist: ChecklistState;
  readonly plan: { horizon?: string; done: number; total: number; today: readonly PlannedTask[]; overdue: number; next: PlannedTask | null } | null;
  readonly stories: { count: number; covered: number; total: number; warnings: number };
}

export interface ProgressResponse {
  readonly attempts: number;
  readonly questions: number;
  readonly first?: string;
  readonly last?: string;
  readonly dimensions: Series;
  readonly values: Series;
  readonly valueHits: Series;
  readonly rounds: Series;
  readonly coding: CodingStats;
}

export interface AttemptsResponse {
  readonly total: number;
  readonly items: readonly AttemptSummary[];
}

export interface QuestionHistoryResponse {
  readonly questionId: string;
  readonly title: string;
  readonly attempts: readonly { id: string; at: string; score: number; flags: readonly string[] }[];
  readonly best?: number;
  readonly latest?: number;
  readonly change?: number;
}

export interface StoryJson {
  readonly id: string;
  readonly title: string;
  readonly situation: string;
  readonly task: string;
  readonly action: string;
  readonly result: string;
  readonly tags: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface StoriesResponse {
  readonly stories: readonly { story: StoryJson; assessment: StoryAssessment | undefined; uses: number }[];
  readonly matrix: CoverageMatrix;
  readonly warnings: readonly OveruseWarning[];
}

/** Minutes east of UTC for the browser's time zone (what the API's `tz` expects). */
export function tzOffset(): number {
  return -new Date().getTimezoneOffset();
}

/** Where to practise a question or problem. */
export function practiceLink(id: string, round?: string): string {
  if (round === 'coding') return `/coding?problem=${encodeURIComponent(id)}`;
  if (round === 'system-design') return `/design?question=${encodeURIComponent(id)}`;
  return `/practice?question=${encodeURIComponent(id)}`;
}
