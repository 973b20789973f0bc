import type { Kysely } from 'kysely';

/** Recordings: one row per recorded (or uploaded) answer; the media files live in the data folder. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('recordings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('attempt_id', 'text')
    .addColumn('question_id', 'text')
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('wav_size', 'integer')
    .addColumn('duration_sec', 'real')
    .addColumn('transcript', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('recordings_user_created').on('recordings').columns(['user_id', 'created_at']).execute();
  await db.schema.createIndex('recordings_user_attempt').on('recordings').columns(['user_id', 'attempt_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('recordings').execute();
}
