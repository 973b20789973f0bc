/**
 * A story in the candidate's story bank: a STAR story with free tags. Tags that are value ids of
 * the pack count as value tags (the coverage matrix reads them). Validation with zod at the edge.
 */
import { z } from 'zod';

export const STORY_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StoryPart = (typeof STORY_PARTS)[number];

const field = z.string().trim().max(5000, 'keep each part under 5,000 characters');

/** What a client sends to create or replace a story. Parts may be empty while drafting. */
export const storyInputSchema = z.strictObject({
  title: z.string().trim().min(1, 'give the story a short title').max(200, 'keep the title under 200 characters'),
  situation: field.default(''),
  task: field.default(''),
  action: field.default(''),
  result: field.default(''),
  tags: z
    .array(z.string().trim().min(1).max(60))
    .max(30, 'at most 30 tags')
    .default([])
    .transform((tags) => [...new Set(tags)]),
});
export type StoryInput = z.infer<typeof storyInputSchema>;

export interface Story extends StoryInput {
  readonly id: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One part of the story inside the composed text: where it starts and ends (UTF-16 offsets). */
export interface PartRange {
  readonly part: StoryPart;
  readonly start: number;
  readonly end: number;
}

/**
 * The story as one answer text, parts in STAR order, each ending with terminal punctuation and
 * separated by a blank line so no sentence spans two parts. Returns the ranges of each part.
 */
export function composeStory(story: Pick<StoryInput, StoryPart>): { text: string; ranges: PartRange[] } {
  let text = '';
  const ranges: PartRange[] = [];
  for (const part of STORY_PARTS) {
    let body = story[part].trim();
    if (body.length === 0) continue;
    if (!/[.!?…]["')\]]?$/.test(body)) body += '.';
    if (text.length > 0) text += '\n\n';
    ranges.push({ part, start: text.length, end: text.length + body.length });
    text += body;
  }
  return { text, ranges };
}

/** The part that holds text offset `offset`, if any. */
export function partAt(ranges: readonly PartRange[], offset: number): StoryPart | undefined {
  return ranges.find((r) => offset >= r.start && offset < r.end)?.part;
}

/** Story parts the candidate left empty. */
export function emptyParts(story: Pick<StoryInput, StoryPart>): StoryPart[] {
  return STORY_PARTS.filter((p) => story[p].trim().length === 0);
}
