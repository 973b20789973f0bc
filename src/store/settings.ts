/** Per-user settings as JSON values under string keys. */
import type { Kysely } from 'kysely';
import type { CoreTables } from './tables.js';

export interface SettingsStore {
  get(userId: string, key: string): Promise<unknown>;
  all(userId: string): Promise<Record<string, unknown>>;
  set(userId: string, key: string, value: unknown, now: Date): Promise<void>;
  removeAll(userId: string): Promise<number>;
}

export function createSettingsStore(db: Kysely<CoreTables>): SettingsStore {
  return {
    async get(userId, key) {
      const row = await db.selectFrom('settings').select('value').where('user_id', '=', userId).where('key', '=', key).executeTakeFirst();
      return row ? (JSON.parse(row.value) as unknown) : undefined;
    },
    async all(userId) {
      const rows = await db.selectFrom('settings').selectAll().where('user_id', '=', userId).orderBy('key').execute();
      return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
    },
    async set(userId, key, value, now) {
      const row = { user_id: userId, key, value: JSON.stringify(value), updated_at: now.toISOString() };
      await db
        .insertInto('settings')
        .values(row)
        .onConflict((oc) => oc.columns(['user_id', 'key']).doUpdateSet({ value: row.value, updated_at: row.updated_at }))
        .execute();
    },
    async removeAll(userId) {
      const res = await db.deleteFrom('settings').where('user_id', '=', userId).executeTakeFirst();
      return Number(res.numDeletedRows);
    },
  };
}
