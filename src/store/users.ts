/** Users. Local mode has one implicit user (LOCAL_USER_ID), created at start-up. */
import type { Kysely } from 'kysely';
import { LOCAL_USER_ID, type CoreTables } from './tables.js';

export interface User {
  readonly id: string;
  readonly name: string;
  readonly role: 'candidate' | 'coach';
  readonly createdAt: string;
}

export interface UserStore {
  ensureLocalUser(now: Date): Promise<User>;
  get(id: string): Promise<User | undefined>;
  add(user: User): Promise<void>;
}

export function createUserStore(db: Kysely<CoreTables>): UserStore {
  const get = async (id: string): Promise<User | undefined> => {
    const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? { id: row.id, name: row.name, role: row.role === 'coach' ? 'coach' : 'candidate', createdAt: row.created_at } : undefined;
  };
  return {
    get,
    async add(user) {
      await db.insertInto('users').values({ id: user.id, name: user.name, role: user.role, created_at: user.createdAt }).execute();
    },
    async ensureLocalUser(now) {
      const existing = await get(LOCAL_USER_ID);
      if (existing) return existing;
      const user: User = { id: LOCAL_USER_ID, name: 'You', role: 'candidate', createdAt: now.toISOString() };
      await db
        .insertInto('users')
        .values({ id: user.id, name: user.name, role: user.role, created_at: user.createdAt })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      return user;
    },
  };
}
