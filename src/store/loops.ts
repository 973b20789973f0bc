/**
 * Mock loops: the loop reducer's state (src/core/loop) saved whole as JSON after every event, so a
 * loop in progress survives a reload or restart and a finished one keeps every answer, analysis and
 * verdict. A revision number guards against two writers overwriting each other.
 * Table from migration 002-loops.
 */
import type { Kysely } from 'kysely';
import type { CoreTables } from './tables.js';

export interface LoopRow {
  id: string;
  user_id: string;
  loop_id: string;
  title: string;
  role: string;
  level: string;
  /** The reducer's phase: ready | in-round | between-rounds | debriefing | finished | abandoned. */
  phase: string;
  /** 'offer' | 'no-offer' once finished, else null. */
  decision: string | null;
  /** JSON text: the LoopState. */
  state: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export type LoopTables = {
  loops: LoopRow;
};

export interface StoredLoop {
  readonly id: string;
  readonly userId: string;
  readonly loopId: string;
  readonly title: string;
  readonly role: string;
  readonly level: string;
  readonly phase: string;
  readonly decision: string | undefined;
  readonly state: unknown;
  /** Starts at 1; every save increments it. */
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type LoopSummary = Omit<StoredLoop, 'state'>;

export interface LoopStore {
  add(loop: StoredLoop): Promise<void>;
  /**
   * Saves a new state when the stored revision is still `loop.revision - 1`; false when someone else
   * saved first (or the loop is gone), so the caller can reload and retry.
   */
  update(loop: StoredLoop): Promise<boolean>;
  get(userId: string, id: string): Promise<StoredLoop | undefined>;
  /** Most recently updated first, without the state. */
  list(userId: string, filter?: { readonly phase?: string | undefined; readonly limit?: number | undefined }): Promise<LoopSummary[]>;
  remove(userId: string, id: string): Promise<boolean>;
}

function toRow(l: StoredLoop): LoopRow {
  return {
    id: l.id,
    user_id: l.userId,
    loop_id: l.loopId,
    title: l.title,
    role: l.role,
    level: l.level,
    phase: l.phase,
    decision: l.decision ?? null,
    state: JSON.stringify(l.state),
    revision: l.revision,
    created_at: l.createdAt,
    updated_at: l.updatedAt,
  };
}

function summary(r: Omit<LoopRow, 'state'>): LoopSummary {
  return {
    id: r.id,
    userId: r.user_id,
    loopId: r.loop_id,
    title: r.title,
    role: r.role,
    level: r.level,
    phase: r.phase,
    decision: r.decision ?? undefined,
    revision: Number(r.revision),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const SUMMARY_COLUMNS = ['id', 'user_id', 'loop_id', 'title', 'role', 'level', 'phase', 'decision', 'revision', 'created_at', 'updated_at'] as const;

export function createLoopStore(core: Kysely<CoreTables>): LoopStore {
  const db = core.withTables<LoopTables>();
  return {
    async add(loop) {
      await db.insertInto('loops').values(toRow(loop)).execute();
    },
    async update(loop) {
      const row = toRow(loop);
      const res = await db
        .updateTable('loops')
        .set({ phase: row.phase, decision: row.decision, state: row.state, revision: row.revision, updated_at: row.updated_at, title: row.title })
        .where('user_id', '=', loop.userId)
        .where('id', '=', loop.id)
        .where('revision', '=', loop.revision - 1)
        .executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },
    async get(userId, id) {
      const r = await db.selectFrom('loops').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
      return r ? { ...summary(r), state: JSON.parse(r.state) as unknown } : undefined;
    },
    async list(userId, filter = {}) {
      let q = db.selectFrom('loops').select(SUMMARY_COLUMNS).where('user_id', '=', userId);
      if (filter.phase) q = q.where('phase', '=', filter.phase);
      const rows = await q.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(filter.limit ?? 200).execute();
      return rows.map(summary);
    },
    async remove(userId, id) {
      const res = await db.deleteFrom('loops').where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },
  };
}
