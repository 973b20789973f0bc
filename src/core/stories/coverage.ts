/**
 * The values × stories coverage matrix. The pre-interview checklist asks for two strong stories
 * per value; a value is covered when that many stories are tagged with it, are strong (complete
 * STAR, hire-level analysis) and show the value (the analysis found evidence for it).
 */
import type { Pack } from '../pack/build.js';
import type { Value } from '../pack/schema.js';
import type { StoryAssessment } from './assess.js';

export const STORIES_PER_VALUE = 2;

/**
 * strong: tagged, strong story, value evidenced · weak: tagged but not (yet) strong or not evidenced ·
 * suggested: not tagged, but the analysis found the value · none.
 */
export type CellState = 'strong' | 'weak' | 'suggested' | 'none';

export interface CoverageStory {
  readonly id: string;
  readonly title: string;
  readonly tags: readonly string[];
}

export interface CoverageCell {
  readonly storyId: string;
  readonly valueId: string;
  readonly state: CellState;
  /** Why the cell is not strong, or the sentence that shows the value. */
  readonly note: string | undefined;
}

export interface ValueCoverage {
  readonly id: string;
  readonly name: string;
  readonly strong: number;
  readonly tagged: number;
  readonly needed: number;
  /** needed − strong, at least 0. */
  readonly gap: number;
  readonly status: 'covered' | 'partial' | 'missing';
}

export interface CoverageMatrix {
  readonly values: readonly ValueCoverage[];
  readonly stories: readonly { readonly id: string; readonly title: string; readonly strong: boolean; readonly assessed: boolean }[];
  /** One row per story, one cell per value, in the order of `values`. */
  readonly rows: readonly (readonly CoverageCell[])[];
  readonly gaps: readonly { readonly value: string; readonly name: string; readonly missing: number; readonly message: string }[];
  readonly covered: number;
  readonly total: number;
  readonly complete: boolean;
}

/** The values a story bank should cover: the pack's current values, or all of them if none is marked current. */
export function targetValues(pack: Pack): readonly Value[] {
  const current = pack.values.filter((v) => v.lists.includes('current'));
  return current.length > 0 ? current : pack.values;
}

export interface CoverageInput {
  readonly stories: readonly CoverageStory[];
  /** Assessment per story id; a story without one is not yet assessed (never strong). */
  readonly assessments: Readonly<Record<string, StoryAssessment | undefined>>;
  readonly values: readonly Pick<Value, 'id' | 'name'>[];
  readonly perValue?: number;
}

function cellFor(story: CoverageStory, value: Pick<Value, 'id' | 'name'>, a: StoryAssessment | undefined): CoverageCell {
  const tagged = story.tags.includes(value.id);
  const shown = a?.values.find((v) => v.value === value.id);
  const quote = shown?.evidence[0]?.sentence;
  const base = { storyId: story.id, valueId: value.id };
  if (!tagged) return shown ? { ...base, state: 'suggested', note: quote } : { ...base, state: 'none', note: undefined };
  if (!a) return { ...base, state: 'weak', note: 'not analysed yet' };
  if (!a.strong) {
    const why = a.missing.length > 0 ? `missing ${a.missing.join(', ')}` : `analysis says ${a.verdict}`;
    return { ...base, state: 'weak', note: why };
  }
  if (!shown) return { ...base, state: 'weak', note: `the story does not show ${value.name} yet` };
  return { ...base, state: 'strong', note: quote };
}

export function coverageMatrix(input: CoverageInput): CoverageMatrix {
  const needed = input.perValue ?? STORIES_PER_VALUE;
  const rows = input.stories.map((s) => input.values.map((v) => cellFor(s, v, input.assessments[s.id])));
  const values = input.values.map((v, i): ValueCoverage => {
    const cells = rows.map((r) => r[i]).filter((c): c is CoverageCell => c !== undefined);
    const strong = cells.filter((c) => c.state === 'strong').length;
    const tagged = cells.filter((c) => c.state === 'strong' || c.state === 'weak').length;
    const gap = Math.max(0, needed - strong);
    return { id: v.id, name: v.name, strong, tagged, needed, gap, status: gap === 0 ? 'covered' : strong > 0 || tagged > 0 ? 'partial' : 'missing' };
  });
  const gaps = values
    .filter((v) => v.gap > 0)
    .map((v) => ({
      value: v.id,
      name: v.name,
      missing: v.gap,
      message:
        v.tagged > v.strong
          ? `${v.name}: ${v.strong} of ${needed} strong stories — strengthen a tagged story or add ${v.gap === 1 ? 'one' : v.gap}.`
          : `${v.name}: ${v.strong} of ${needed} strong stories — add ${v.gap === 1 ? 'one' : v.gap}.`,
    }));
  const covered = values.filter((v) => v.gap === 0).length;
  return {
    values,
    stories: input.stories.map((s) => {
      const a = input.assessments[s.id];
      return { id: s.id, title: s.title, strong: a?.strong ?? false, assessed: a !== undefined };
    }),
    rows,
    gaps,
    covered,
    total: values.length,
    complete: values.length > 0 && covered === values.length,
  };
}
