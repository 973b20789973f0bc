/**
 * The store: one database (SQLite or PostgreSQL) behind small interfaces.
 * `openStore` opens the database, runs migrations, and makes sure the local user exists.
 */
import type { Kysely } from 'kysely';
import { createAttemptStore, type AttemptStore } from './attempts.js';
import { createLoopStore, type LoopStore } from './loops.js';
import { openDatabase, type DatabaseConfig, type Dialect } from './db.js';
import { migrateToLatest } from './migrate.js';
import { createProgressStore, type ProgressStore } from './progress.js';
import { createRecordingStore, type RecordingStore } from './recordings.js';
import { createSettingsStore, type SettingsStore } from './settings.js';
import type { CoreTables } from './tables.js';
import { createUserStore, type UserStore } from './users.js';

export * from './attempts.js';
export * from './settings.js';
export * from './progress.js';
export * from './loops.js';
export * from './recordings.js';
export * from './users.js';
export * from './tables.js';
export type { DatabaseConfig, Dialect } from './db.js';

export interface Store {
  readonly dialect: Dialect;
  readonly location: string;
  /** The Kysely handle, for feature stores that keep their own tables (see docs/platform.md). */
  readonly db: Kysely<CoreTables>;
  readonly users: UserStore;
  readonly attempts: AttemptStore;
  readonly settings: SettingsStore;
  /** Story bank, manual ticks, review overrides (src/store/progress.ts). */
  readonly progress: ProgressStore;
  /** Mock interview loops (src/store/loops.ts). */
  readonly loops: LoopStore;
  /** Recorded answers: rows plus media files in the data folder (src/store/recordings.ts). */
  readonly recordings: RecordingStore;
  close(): Promise<void>;
}

export async function openStore(config: DatabaseConfig, now: Date = new Date()): Promise<Store> {
  const database = openDatabase(config);
  try {
    await migrateToLatest(database.kysely as unknown as Kysely<unknown>);
    const users = createUserStore(database.kysely);
    await users.ensureLocalUser(now);
    return {
      dialect: database.dialect,
      location: database.location,
      db: database.kysely,
      users,
      attempts: createAttemptStore(database.kysely),
      settings: createSettingsStore(database.kysely),
      progress: createProgressStore(database.kysely),
      loops: createLoopStore(database.kysely),
      recordings: createRecordingStore(database.kysely, config.dataDir),
      close: () => database.close(),
    };
  } catch (err) {
    await database.close().catch(() => undefined);
    throw err;
  }
}
