/**
 * Row types of the core tables. Every stored record carries a user id; local mode uses
 * LOCAL_USER_ID so that multi-user mode later needs no data migration.
 * Timestamps are ISO-8601 strings (UTC) so they sort and compare the same in SQLite and PostgreSQL;
 * JSON payloads are stored as text.
 */
import type { Generated } from 'kysely';

export const LOCAL_USER_ID = 'local';

export interface UserRow {
  id: string;
  name: string;
  role: string;
  created_at: string;
}

export interface AttemptRow {
  id: string;
  user_id: string;
  /** behavioral | design | coding | follow-up */
  kind: string;
  question_id: string;
  answer: string;
  /** JSON text: the analysis or judge result. */
  analysis: string;
  score: number;
  /** JSON text: anything else (duration, mode, follow-up of, story id, round kind…). */
  meta: string;
  created_at: string;
}

export interface SettingRow {
  user_id: string;
  key: string;
  /** JSON text. */
  value: string;
  updated_at: string;
}

export interface MigrationLockRow {
  id: Generated<number>;
}

export interface CoreTables {
  users: UserRow;
  attempts: AttemptRow;
  settings: SettingRow;
}
