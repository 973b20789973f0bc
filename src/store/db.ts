/**
 * Opens the database: SQLite (better-sqlite3, WAL, file in the data folder) by default,
 * PostgreSQL (pg) when a postgres:// URL is given. Both are driven through one Kysely query path.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { CoreTables } from './tables.js';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseConfig {
  /** Data folder for the SQLite file (and recordings). */
  readonly dataDir: string;
  /** postgres://… selects PostgreSQL; otherwise SQLite in dataDir/keeper.db. */
  readonly databaseUrl?: string | undefined;
  /** SQLite file name override, e.g. ':memory:' in tests. */
  readonly sqliteFile?: string | undefined;
}

export interface Db {
  readonly kysely: Kysely<CoreTables>;
  readonly dialect: Dialect;
  /** Where the SQLite file lives, or a redacted description of the PostgreSQL server. */
  readonly location: string;
  close(): Promise<void>;
}

export function openDatabase(config: DatabaseConfig): Db {
  const url = config.databaseUrl;
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const kysely = new Kysely<CoreTables>({ dialect: new PostgresDialect({ pool }) });
    return {
      kysely,
      dialect: 'postgres',
      location: url.replace(/\/\/[^@/]*@/, '//***@'),
      close: () => kysely.destroy(),
    };
  }
  if (url) throw new Error(`KEEPER_DATABASE_URL must start with postgres:// (got "${url.slice(0, 20)}…"); leave it unset to use SQLite`);
  const file = config.sqliteFile ?? join(config.dataDir, 'keeper.db');
  if (file !== ':memory:') mkdirSync(config.dataDir, { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a committed write is on disk before we answer (attempts are durable before the response).
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const kysely = new Kysely<CoreTables>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { kysely, dialect: 'sqlite', location: file, close: () => kysely.destroy() };
}
