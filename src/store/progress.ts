/**
 * Progress data a user owns besides attempts: the story bank (with each story's latest assessment),
 * manual ticks (checklist items and plan tasks) and review-schedule overrides (snooze / drop).
 * Tables from migration 003-progress.
 */
import type { Kysely } from 'kysely';
import type { CoreTables } from './tables.js';

export interface StoryRow {
  id: string;
  user_id: string;
  title: string;
  situation: string;
  task: string;
  action: string;
  result: string;
  /** JSON array of strings. */
  tags: string;
  /** JSON: the StoryAssessment from src/core/stories, or null. */
  assessment: string;
  created_at: string;
  updated_at: string;
}

export interface TickRow {
  user_id: string;
  /** 'checklist' | 'plan' */
  scope: string;
  item: string;
  /** 0 | 1 */
  done: number;
  updated_at: string;
}

export interface ReviewOverrideRow {
  user_id: string;
  question_id: string;
  /** 0 | 1 */
  dropped: number;
  snoozed_until: string | null;
  at: string;
}

// A type alias (not an interface) so it satisfies Kysely's `withTables` constraint.
export type ProgressTables = {
  stories: StoryRow;
  progress_ticks: TickRow;
  review_overrides: ReviewOverrideRow;
};

export interface StoredStory {
  readonly id: string;
  readonly userId: string;
  readonly title: string;
  readonly situation: string;
  readonly task: string;
  readonly action: string;
  readonly result: string;
  readonly tags: readonly string[];
  readonly assessment: unknown;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type TickScope = 'checklist' | 'plan';

export interface ReviewOverride {
  readonly questionId: string;
  readonly dropped: boolean;
  readonly snoozedUntil: string | undefined;
  readonly at: string;
}

export interface ProgressStore {
  addStory(story: StoredStory): Promise<void>;
  /** Replaces a story's fields; false when it does not exist for this user. */
  updateStory(story: StoredStory): Promise<boolean>;
  getStory(userId: string, id: string): Promise<StoredStory | undefined>;
  /** Oldest first (the order the candidate wrote them). */
  listStories(userId: string): Promise<StoredStory[]>;
  removeStory(userId: string, id: string): Promise<boolean>;

  setTick(userId: string, scope: TickScope, item: string, done: boolean, at: string): Promise<void>;
  clearTick(userId: string, scope: TickScope, item: string): Promise<boolean>;
  ticks(userId: string, scope: TickScope): Promise<Record<string, boolean>>;

  setOverride(userId: string, o: ReviewOverride): Promise<void>;
  clearOverride(userId: string, questionId: string): Promise<boolean>;
  overrides(userId: string): Promise<ReviewOverride[]>;

  /** Deletes everything above for the user; returns the number of rows removed. */
  removeAll(userId: string): Promise<number>;
}

function storyFromRow(r: StoryRow): StoredStory {
  return {
    id: r.id,
    userId: r.user_id,
    title: r.title,
    situation: r.situation,
    task: r.task,
    action: r.action,
    result: r.result,
    tags: JSON.parse(r.tags) as string[],
    assessment: JSON.parse(r.assessment) as unknown,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function storyToRow(s: StoredStory): StoryRow {
  return {
    id: s.id,
    user_id: s.userId,
    title: s.title,
    situation: s.situation,
    task: s.task,
    action: s.action,
    result: s.result,
    tags: JSON.stringify(s.tags),
    assessment: JSON.stringify(s.assessment ?? null),
    created_at: s.createdAt,
    updated_at: s.updatedAt,
  };
}

export function createProgressStore(core: Kysely<CoreTables>): ProgressStore {
  const db = core.withTables<ProgressTables>();
  return {
    async addStory(story) {
      await db.insertInto('stories').values(storyToRow(story)).execute();
    },
    async updateStory(story) {
      const row = storyToRow(story);
      const res = await db
        .updateTable('stories')
        .set({ title: row.title, situation: row.situation, task: row.task, action: row.action, result: row.result, tags: row.tags, assessment: row.assessment, updated_at: row.updated_at })
        .where('user_id', '=', story.userId)
        .where('id', '=', story.id)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },
    async getStory(userId, id) {
      const row = await db.selectFrom('stories').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
      return row ? storyFromRow(row) : undefined;
    },
    async listStories(userId) {
      const rows = await db.selectFrom('stories').selectAll().where('user_id', '=', userId).orderBy('created_at', 'asc').orderBy('id', 'asc').execute();
      return rows.map(storyFromRow);
    },
    async removeStory(userId, id) {
      const res = await db.deleteFrom('stories').where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },

    async setTick(userId, scope, item, done, at) {
      const row: TickRow = { user_id: userId, scope, item, done: done ? 1 : 0, updated_at: at };
      await db
        .insertInto('progress_ticks')
        .values(row)
        .onConflict((oc) => oc.columns(['user_id', 'scope', 'item']).doUpdateSet({ done: row.done, updated_at: row.updated_at }))
        .execute();
    },
    async clearTick(userId, scope, item) {
      const res = await db.deleteFrom('progress_ticks').where('user_id', '=', userId).where('scope', '=', scope).where('item', '=', item).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },
    async ticks(userId, scope) {
      const rows = await db.selectFrom('progress_ticks').select(['item', 'done']).where('user_id', '=', userId).where('scope', '=', scope).execute();
      return Object.fromEntries(rows.map((r) => [r.item, Number(r.done) === 1]));
    },

    async setOverride(userId, o) {
      const row: ReviewOverrideRow = { user_id: userId, question_id: o.questionId, dropped: o.dropped ? 1 : 0, snoozed_until: o.snoozedUntil ?? null, at: o.at };
      await db
        .insertInto('review_overrides')
        .values(row)
        .onConflict((oc) => oc.columns(['user_id', 'question_id']).doUpdateSet({ dropped: row.dropped, snoozed_until: row.snoozed_until, at: row.at }))
        .execute();
    },
    async clearOverride(userId, questionId) {
      const res = await db.deleteFrom('review_overrides').where('user_id', '=', userId).where('question_id', '=', questionId).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },
    async overrides(userId) {
      const rows = await db.selectFrom('review_overrides').selectAll().where('user_id', '=', userId).orderBy('question_id').execute();
      return rows.map((r) => ({ questionId: r.question_id, dropped: Number(r.dropped) === 1, snoozedUntil: r.snoozed_until ?? undefined, at: r.at }));
    },

    async removeAll(userId) {
      const a = await db.deleteFrom('stories').where('user_id', '=', userId).executeTakeFirst();
      const b = await db.deleteFrom('progress_ticks').where('user_id', '=', userId).executeTakeFirst();
      const c = await db.deleteFrom('review_overrides').where('user_id', '=', userId).executeTakeFirst();
      return Number(a.numDeletedRows) + Number(b.numDeletedRows) + Number(c.numDeletedRows);
    },
  };
}
