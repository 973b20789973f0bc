/**
 * Overuse warnings. In a real loop the interviewers compare notes: one story answering many
 * questions makes the candidate look thin. We warn when a story answers more than `maxPerLoop`
 * questions in one loop session, more than `maxPerRound` in one round of it, or dominates recent
 * practice outside loops.
 */

export interface StoryUse {
  readonly storyId: string;
  readonly questionId: string;
  /** The mock-loop session the answer was given in; undefined for solo practice. */
  readonly sessionId?: string | undefined;
  /** The round (kind or round id) inside the session. */
  readonly round?: string | undefined;
  readonly at: number;
}

export interface OveruseOptions {
  /** Most questions one story may answer in one loop. Default 2. */
  readonly maxPerLoop?: number;
  /** Most questions one story may answer in one round. Default 1. */
  readonly maxPerRound?: number;
  /** Recent solo practice window (number of story-linked answers). Default 10. */
  readonly recentWindow?: number;
  /** Share of that window one story may take before we warn. Default 0.5. */
  readonly recentShare?: number;
}

export interface OveruseWarning {
  readonly storyId: string;
  readonly scope: 'loop' | 'round' | 'recent';
  readonly sessionId: string | undefined;
  readonly round: string | undefined;
  readonly count: number;
  readonly limit: number;
  readonly questions: readonly string[];
  readonly message: string;
}

function groupBy<T>(items: readonly T[], key: (t: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

const distinctQuestions = (uses: readonly StoryUse[]): string[] => [...new Set(uses.map((u) => u.questionId))];

export function overuseWarnings(
  uses: readonly StoryUse[],
  options: OveruseOptions = {},
  titleOf: (storyId: string) => string = (id) => id,
): OveruseWarning[] {
  const maxPerLoop = options.maxPerLoop ?? 2;
  const maxPerRound = options.maxPerRound ?? 1;
  const recentWindow = options.recentWindow ?? 10;
  const recentShare = options.recentShare ?? 0.5;
  const warnings: OveruseWarning[] = [];
  const inLoops = uses.filter((u) => u.sessionId !== undefined);
  for (const [key, group] of groupBy(inLoops, (u) => `${u.sessionId}\u0000${u.storyId}`)) {
    const [sessionId, storyId] = key.split('\u0000') as [string, string];
    const questions = distinctQuestions(group);
    if (questions.length > maxPerLoop) {
      warnings.push({
        storyId,
        scope: 'loop',
        sessionId,
        round: undefined,
        count: questions.length,
        limit: maxPerLoop,
        questions,
        message: `"${titleOf(storyId)}" answered ${questions.length} questions in one loop (limit ${maxPerLoop}); the panel compares notes — bring another story.`,
      });
    }
    for (const [round, inRound] of groupBy(group, (u) => u.round)) {
      const rq = distinctQuestions(inRound);
      if (rq.length > maxPerRound) {
        warnings.push({
          storyId,
          scope: 'round',
          sessionId,
          round,
          count: rq.length,
          limit: maxPerRound,
          questions: rq,
          message: `"${titleOf(storyId)}" answered ${rq.length} questions in the same ${round} round; one interviewer hearing it twice learns nothing new.`,
        });
      }
    }
  }
  const solo = uses
    .filter((u) => u.sessionId === undefined)
    .slice()
    .sort((a, b) => b.at - a.at)
    .slice(0, recentWindow);
  if (solo.length >= Math.min(4, recentWindow)) {
    for (const [storyId, group] of groupBy(solo, (u) => u.storyId)) {
      if (group.length / solo.length > recentShare) {
        warnings.push({
          storyId,
          scope: 'recent',
          sessionId: undefined,
          round: undefined,
          count: group.length,
          limit: Math.floor(solo.length * recentShare),
          questions: distinctQuestions(group),
          message: `"${titleOf(storyId)}" was your answer in ${group.length} of your last ${solo.length} story practices; rehearse other stories too.`,
        });
      }
    }
  }
  return warnings;
}

/** Would using `storyId` for one more question in `sessionId` exceed the loop limit? */
export function wouldOveruse(uses: readonly StoryUse[], storyId: string, sessionId: string, questionId: string, maxPerLoop = 2): boolean {
  const questions = new Set(uses.filter((u) => u.sessionId === sessionId && u.storyId === storyId).map((u) => u.questionId));
  questions.add(questionId);
  return questions.size > maxPerLoop;
}
