/** Finding questions in a pack: filters and a small full-text search. Pure. */
import type { Pack } from './build.js';
import type { Question } from './schema.js';

export interface QuestionFilter {
  readonly round?: string | undefined;
  readonly category?: string | undefined;
  readonly value?: string | undefined;
  readonly role?: string | undefined;
  readonly level?: string | undefined;
  /** Free text: every word must appear in the question's text, guidance or tags. */
  readonly q?: string | undefined;
}

function haystack(q: Question): string {
  return [q.id, q.text, q.why, q.howToAnswer, q.category, q.round, ...q.tags, ...q.values, ...q.keyPoints.map((k) => k.text)]
    .join(' ')
    .toLowerCase();
}

export function filterQuestions(pack: Pack, filter: QuestionFilter): Question[] {
  const words = (filter.q ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return pack.questions.filter((q) => {
    if (filter.round && q.round !== filter.round) return false;
    if (filter.category && q.category !== filter.category) return false;
    if (filter.value && !q.values.includes(filter.value)) return false;
    if (filter.role && !q.roles.includes(filter.role as Question['roles'][number])) return false;
    if (filter.level && !q.levels.includes(filter.level as Question['levels'][number])) return false;
    if (words.length > 0) {
      const text = haystack(q);
      if (!words.every((w) => text.includes(w))) return false;
    }
    return true;
  });
}

export function findQuestion(pack: Pack, id: string): Question | undefined {
  return pack.questions.find((q) => q.id === id);
}
