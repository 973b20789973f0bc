/** Attempts: every answer, design or code submission a user made, with its analysis. */
import type { Kysely } from 'kysely';
import type { AttemptRow, CoreTables } from './tables.js';

export interface Attempt {
  readonly id: string;
  readonly userId: string;
  readonly kind: string;
  readonly questionId: string;
  readonly answer: string;
  readonly analysis: unknown;
  readonly score: number;
  readonly meta: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
}

export interface AttemptFilter {
  readonly questionId?: string | undefined;
  readonly kind?: string | undefined;
  /** ISO timestamp: only attempts created at or after it. */
  readonly since?: string | undefined;
  readonly limit?: number | undefined;
  readonly offset?: number | undefined;
}

export interface AttemptStore {
  add(attempt: Attempt): Promise<void>;
  get(userId: string, id: string): Promise<Attempt | undefined>;
  /** Newest first. */
  list(userId: string, filter?: AttemptFilter): Promise<Attempt[]>;
  count(userId: string): Promise<number>;
  remove(userId: string, id: string): Promise<boolean>;
  removeAll(userId: string): Promise<number>;
}

function toRow(a: Attempt): AttemptRow {
  return {
    id: a.id,
    user_id: a.userId,
    kind: a.kind,
    question_id: a.questionId,
    answer: a.answer,
    analysis: JSON.stringify(a.analysis ?? null),
    score: a.score,
    meta: JSON.stringify(a.meta ?? {}),
    created_at: a.createdAt,
  };
}

function fromRow(r: AttemptRow): Attempt {
  return {
    id: r.id,
    userId: r.user_id,
    kind: r.kind,
    questionId: r.question_id,
    answer: r.answer,
    analysis: JSON.parse(r.analysis) as unknown,
    // pg returns REAL as number but aggregates as strings: always coerce.
    score: Number(r.score),
    meta: JSON.parse(r.meta) as Record<string, unknown>,
    createdAt: r.created_at,
  };
}

export function createAttemptStore(db: Kysely<CoreTables>): AttemptStore {
  return {
    async add(attempt) {
      await db.insertInto('attempts').values(toRow(attempt)).execute();
    },
    async get(userId, id) {
      const row = await db.selectFrom('attempts').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    async list(userId, filter = {}) {
      let q = db.selectFrom('attempts').selectAll().where('user_id', '=', userId);
      if (filter.questionId) q = q.where('question_id', '=', filter.questionId);
      if (filter.kind) q = q.where('kind', '=', filter.kind);
      if (filter.since) q = q.where('created_at', '>=', filter.since);
      q = q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit ?? 1000).offset(filter.offset ?? 0);
      return (await q.execute()).map(fromRow);
    },
    async count(userId) {
      const row = await db.selectFrom('attempts').select((eb) => eb.fn.countAll().as('n')).where('user_id', '=', userId).executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async remove(userId, id) {
      const res = await db.deleteFrom('attempts').where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },
    async removeAll(userId) {
      const res = await db.deleteFrom('attempts').where('user_id', '=', userId).executeTakeFirst();
      return Number(res.numDeletedRows);
    },
  };
}
