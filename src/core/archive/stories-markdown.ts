/**
 * Stories as Markdown: one readable file the candidate can keep, print or paste into notes.
 * Reads the common story fields (title, values, situation/task/action/result or a free text)
 * and ignores the rest.
 */
import type { StoryRecord } from './schema.js';

const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** Escape characters that would change the meaning of a Markdown line. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]#<>|])/g, '\\$1').replace(/^(\s*)([-+]|\d+\.)(\s)/gm, '$1\\$2$3');
}

function starOf(story: StoryRecord): Partial<Record<(typeof STAR_PARTS)[number], string>> {
  const nested = story.star && typeof story.star === 'object' ? (story.star as Record<string, unknown>) : {};
  const out: Partial<Record<(typeof STAR_PARTS)[number], string>> = {};
  for (const part of STAR_PARTS) {
    const text = str(story[part]) ?? str(nested[part]);
    if (text) out[part] = text;
  }
  return out;
}

export function storyToMarkdown(story: StoryRecord): string {
  const lines: string[] = [`## ${escapeMarkdown(story.title)}`, ''];
  const meta: string[] = [];
  if (story.values && story.values.length > 0) meta.push(`Values: ${story.values.map(escapeMarkdown).join(', ')}`);
  const tags = Array.isArray(story.tags) ? story.tags.filter((t): t is string => typeof t === 'string') : [];
  if (tags.length > 0) meta.push(`Tags: ${tags.map(escapeMarkdown).join(', ')}`);
  if (story.createdAt) meta.push(`Written ${story.createdAt.slice(0, 10)}`);
  if (meta.length > 0) lines.push(`*${meta.join(' · ')}*`, '');
  const star = starOf(story);
  const parts = STAR_PARTS.filter((p) => star[p]);
  for (const part of parts) {
    lines.push(`**${part.charAt(0).toUpperCase()}${part.slice(1)}.** ${escapeMarkdown(star[part] ?? '')}`, '');
  }
  const free = str(story.text) ?? str(story.body) ?? str(story.notes);
  if (free) lines.push(escapeMarkdown(free), '');
  if (parts.length === 0 && !free) lines.push('_No text yet._', '');
  return lines.join('\n');
}

export function storiesToMarkdown(stories: StoryRecord[], opts: { exportedAt: string; owner?: string }): string {
  const who = opts.owner ? ` of ${escapeMarkdown(opts.owner)}` : '';
  const header = [
    `# Story bank${who}`,
    '',
    `Exported from Keeper on ${opts.exportedAt.slice(0, 10)} · ${stories.length} ${stories.length === 1 ? 'story' : 'stories'}.`,
    '',
  ];
  if (stories.length === 0) return [...header, '_No stories yet._', ''].join('\n');
  return [...header, ...stories.map(storyToMarkdown)].join('\n');
}
