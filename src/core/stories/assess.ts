/**
 * Assessing a story on save: run the (injected) behavioral analysis over the composed STAR text,
 * then translate its findings back onto the story's parts — value tags to suggest with the
 * sentences that show them, missing or weak parts, and whether the story counts as "strong".
 */
import type { Pack } from '../pack/build.js';
import type { Question } from '../pack/schema.js';
import type { AnalyzeBehavioral, BehavioralAnalysisLike, Verdict } from './analysis-port.js';
import { composeStory, emptyParts, partAt, STORY_PARTS, type PartRange, type StoryInput, type StoryPart } from './story.js';

export interface StoryEvidence {
  /** The story part the sentence is in. */
  readonly part: StoryPart | undefined;
  readonly sentence: string;
}

export interface ValueSuggestion {
  readonly value: string;
  readonly name: string;
  readonly evidence: readonly StoryEvidence[];
  /** The candidate already tagged the story with this value. */
  readonly tagged: boolean;
}

export interface StoryFlag {
  readonly code: string;
  readonly message: string;
  readonly parts: readonly StoryPart[];
}

export interface StoryAssessment {
  readonly score: number;
  readonly verdict: Verdict;
  /** Complete STAR, and the analysis says hire or strong hire. */
  readonly strong: boolean;
  /** Parts that are empty or that the analysis could not find. */
  readonly missing: readonly StoryPart[];
  /** Every pack value the analysis found evidence for, tagged or not. */
  readonly values: readonly ValueSuggestion[];
  /** Values with evidence that the story is not tagged with yet. */
  readonly suggestedTags: readonly string[];
  /** Value tags the analysis found no evidence for. */
  readonly unsupportedTags: readonly string[];
  readonly flags: readonly StoryFlag[];
  readonly fixes: readonly string[];
  readonly dimensions: readonly { readonly name: string; readonly score: number }[];
}

const STRONG_VERDICTS: readonly Verdict[] = ['hire', 'strong-hire'];

const MISSING_MESSAGE: Record<StoryPart, { empty: string; weak: string }> = {
  situation: {
    empty: 'No situation yet: set the scene in one or two sentences (team, product, stakes).',
    weak: 'The situation does not read as context: say where you were and what was at stake.',
  },
  task: {
    empty: 'No task yet: say what you personally owned or had to achieve.',
    weak: 'Your own responsibility is unclear: name the goal you owned.',
  },
  action: {
    empty: 'No action yet: this is the heart of the story — what did you do, step by step?',
    weak: 'The actions are hard to find: use "I" and concrete verbs for what you did.',
  },
  result: {
    empty: 'No result yet: end with the outcome, ideally with a number, and what you learned.',
    weak: 'The result is unclear: state the outcome concretely (numbers, time saved, what changed).',
  },
};

function isStoryPart(s: string): s is StoryPart {
  return (STORY_PARTS as readonly string[]).includes(s);
}

function sentenceParts(analysis: BehavioralAnalysisLike, ranges: readonly PartRange[], evidence: readonly unknown[] | undefined): StoryPart[] {
  const parts = new Set<StoryPart>();
  for (const e of evidence ?? []) {
    const index = typeof e === 'number' ? e : typeof e === 'object' && e !== null && 'sentence' in e ? (e as { sentence: unknown }).sentence : undefined;
    const start =
      typeof index === 'number'
        ? analysis.sentences.find((s) => s.index === index)?.start
        : typeof e === 'object' && e !== null && 'start' in e
          ? (e as { start: unknown }).start
          : undefined;
    const part = typeof start === 'number' ? partAt(ranges, start) : undefined;
    if (part) parts.add(part);
  }
  return STORY_PARTS.filter((p) => parts.has(p));
}

export interface AssessOptions {
  readonly analyze: AnalyzeBehavioral;
  readonly pack: Pack;
  /** A question the story is being practised against, if any (sharpens the fit check). */
  readonly question?: Question | undefined;
}

/** Assesses a story. An empty story (no parts at all) gets a zero score and every part missing. */
export function assessStory(story: Pick<StoryInput, StoryPart | 'tags'>, options: AssessOptions): StoryAssessment {
  const { text, ranges } = composeStory(story);
  const empty = emptyParts(story);
  const valueIds = new Set(options.pack.values.map((v) => v.id));
  const valueTags = story.tags.filter((t) => valueIds.has(t));
  const missingFlags = (analysisMissing: readonly string[]): StoryFlag[] =>
    STORY_PARTS.filter((p) => empty.includes(p) || analysisMissing.includes(p)).map((p) => ({
      code: `missing-${p}`,
      message: empty.includes(p) ? MISSING_MESSAGE[p].empty : MISSING_MESSAGE[p].weak,
      parts: [p],
    }));
  if (text.length === 0) {
    return {
      score: 0,
      verdict: 'strong-no-hire',
      strong: false,
      missing: [...STORY_PARTS],
      values: [],
      suggestedTags: [],
      unsupportedTags: valueTags,
      flags: missingFlags([]),
      fixes: ['Write the four STAR parts of the story.'],
      dimensions: [],
    };
  }
  const analysis = options.analyze(text, { pack: options.pack, question: options.question });
  const missing = STORY_PARTS.filter((p) => empty.includes(p) || analysis.star.missing.includes(p));
  const values: ValueSuggestion[] = [];
  for (const v of analysis.values) {
    const def = options.pack.values.find((x) => x.id === v.value);
    if (!def || v.evidence.length === 0) continue;
    const evidence = v.evidence.flatMap((i) => {
      const s = analysis.sentences.find((x) => x.index === i);
      return s ? [{ part: partAt(ranges, s.start), sentence: s.text }] : [];
    });
    values.push({ value: def.id, name: def.name, evidence, tagged: story.tags.includes(def.id) });
  }
  const shown = new Set(values.map((v) => v.value));
  const flags: StoryFlag[] = [
    ...missingFlags(analysis.star.missing.filter(isStoryPart)),
    ...analysis.flags
      .filter((f) => !/^missing-(situation|task|action|result)$/.test(f.code))
      .map((f) => ({ code: f.code, message: f.message, parts: sentenceParts(analysis, ranges, f.evidence) })),
  ];
  return {
    score: analysis.score,
    verdict: analysis.verdict,
    strong: missing.length === 0 && STRONG_VERDICTS.includes(analysis.verdict),
    missing,
    values,
    suggestedTags: values.filter((v) => !v.tagged).map((v) => v.value),
    unsupportedTags: valueTags.filter((t) => !shown.has(t)),
    flags,
    fixes: analysis.fixes,
    dimensions: analysis.dimensions.map((d) => ({ name: d.name, score: d.score })),
  };
}
