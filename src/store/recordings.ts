/**
 * Recordings: rows in the `recordings` table (migration 004-recordings) and the media files in
 * the data folder, `<dataDir>/recordings/<user>/<id>.media` (what the browser recorded or the
 * user uploaded) and `<id>.wav` (16 kHz mono for transcription). Files are written first
 * (atomically, via a temporary name) and removed with their row.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { CoreTables } from './tables.js';

export interface RecordingRow {
  id: string;
  user_id: string;
  attempt_id: string | null;
  question_id: string | null;
  mime_type: string;
  size: number;
  wav_size: number | null;
  duration_sec: number | null;
  /** JSON text: the transcript (text, timed words, engine, corrections, delivery metrics) or null. */
  transcript: string | null;
  created_at: string;
}

export type RecordingTables = { recordings: RecordingRow };

export interface Recording {
  readonly id: string;
  readonly userId: string;
  readonly attemptId: string | undefined;
  readonly questionId: string | undefined;
  readonly mimeType: string;
  /** Bytes of the media file. */
  readonly size: number;
  /** Bytes of the 16 kHz WAV, when there is one. */
  readonly wavSize: number | undefined;
  readonly durationSec: number | undefined;
  readonly transcript: unknown;
  readonly createdAt: string;
}

export interface RecordingPatch {
  readonly attemptId?: string | null;
  readonly questionId?: string | null;
  readonly durationSec?: number | null;
  readonly transcript?: unknown;
}

export interface RecordingStore {
  /** Saves the files, then the row. `size`/`wavSize` are taken from the bytes. */
  add(rec: Omit<Recording, 'size' | 'wavSize'>, media: Uint8Array, wav?: Uint8Array): Promise<Recording>;
  setWav(userId: string, id: string, wav: Uint8Array): Promise<boolean>;
  get(userId: string, id: string): Promise<Recording | undefined>;
  /** Newest first. */
  list(userId: string, filter?: { readonly attemptId?: string | undefined; readonly questionId?: string | undefined }): Promise<Recording[]>;
  update(userId: string, id: string, patch: RecordingPatch): Promise<boolean>;
  /** Absolute paths of the files (they may be missing if someone deleted them by hand). */
  paths(rec: Pick<Recording, 'id' | 'userId'>): { media: string; wav: string };
  readMedia(rec: Pick<Recording, 'id' | 'userId'>): Promise<Uint8Array | undefined>;
  readWav(rec: Pick<Recording, 'id' | 'userId'>): Promise<Uint8Array | undefined>;
  remove(userId: string, id: string): Promise<boolean>;
  removeAll(userId: string): Promise<number>;
  /** Deletes recordings created before `cutoff` (ISO); returns how many. */
  removeOlderThan(userId: string, cutoff: string): Promise<number>;
  /** The same store over another handle (a transaction), with the same data folder. */
  withDb(db: Kysely<CoreTables>): RecordingStore;
}

/** A file-system-safe name for an id (ids from archives may contain "." or ":"). */
export function safeName(id: string): string {
  return /^[A-Za-z0-9_-]{1,120}$/.test(id) ? id : `x${Buffer.from(id).toString('hex').slice(0, 200)}`;
}

function fromRow(r: RecordingRow): Recording {
  return {
    id: r.id,
    userId: r.user_id,
    attemptId: r.attempt_id ?? undefined,
    questionId: r.question_id ?? undefined,
    mimeType: r.mime_type,
    size: Number(r.size),
    wavSize: r.wav_size === null ? undefined : Number(r.wav_size),
    durationSec: r.duration_sec === null ? undefined : Number(r.duration_sec),
    transcript: r.transcript === null ? null : (JSON.parse(r.transcript) as unknown),
    createdAt: r.created_at,
  };
}

async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}-${Date.now()}`;
  await writeFile(tmp, bytes);
  await rename(tmp, path);
}

async function readIfExists(path: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

export function createRecordingStore(core: Kysely<CoreTables>, dataDir: string): RecordingStore {
  const db = core.withTables<RecordingTables>();
  const root = join(dataDir, 'recordings');
  const paths = (rec: Pick<Recording, 'id' | 'userId'>): { media: string; wav: string } => {
    const dir = join(root, safeName(rec.userId));
    return { media: join(dir, `${safeName(rec.id)}.media`), wav: join(dir, `${safeName(rec.id)}.wav`) };
  };
  const removeFiles = async (rec: Pick<Recording, 'id' | 'userId'>): Promise<void> => {
    const p = paths(rec);
    await rm(p.media, { force: true });
    await rm(p.wav, { force: true });
  };
  const removeRows = async (rows: RecordingRow[]): Promise<number> => {
    let n = 0;
    for (const r of rows) {
      const res = await db.deleteFrom('recordings').where('user_id', '=', r.user_id).where('id', '=', r.id).executeTakeFirst();
      if (Number(res.numDeletedRows) > 0) n++;
      await removeFiles({ id: r.id, userId: r.user_id });
    }
    return n;
  };

  return {
    paths,
    withDb: (other) => createRecordingStore(other, dataDir),
    async add(rec, media, wav) {
      const p = paths(rec);
      await mkdir(join(root, safeName(rec.userId)), { recursive: true });
      // Write to temporary names, insert the row, then move the files into place: a refused row
      // (duplicate id) never touches the files of the recording that already has this id.
      const tag = `.tmp-${process.pid}-${Date.now()}`;
      await writeFile(p.media + tag, media);
      if (wav) await writeFile(p.wav + tag, wav);
      const row: RecordingRow = {
        id: rec.id,
        user_id: rec.userId,
        attempt_id: rec.attemptId ?? null,
        question_id: rec.questionId ?? null,
        mime_type: rec.mimeType,
        size: media.byteLength,
        wav_size: wav ? wav.byteLength : null,
        duration_sec: rec.durationSec ?? null,
        transcript: rec.transcript === undefined || rec.transcript === null ? null : JSON.stringify(rec.transcript),
        created_at: rec.createdAt,
      };
      try {
        await db.insertInto('recordings').values(row).execute();
      } catch (e) {
        await rm(p.media + tag, { force: true });
        await rm(p.wav + tag, { force: true });
        throw e;
      }
      await rename(p.media + tag, p.media);
      if (wav) await rename(p.wav + tag, p.wav);
      return fromRow(row);
    },
    async setWav(userId, id, wav) {
      const row = await db.selectFrom('recordings').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
      if (!row) return false;
      await writeAtomic(paths({ id, userId }).wav, wav);
      await db.updateTable('recordings').set({ wav_size: wav.byteLength }).where('user_id', '=', userId).where('id', '=', id).execute();
      return true;
    },
    async get(userId, id) {
      const row = await db.selectFrom('recordings').selectAll().where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },
    async list(userId, filter = {}) {
      let q = db.selectFrom('recordings').selectAll().where('user_id', '=', userId);
      if (filter.attemptId) q = q.where('attempt_id', '=', filter.attemptId);
      if (filter.questionId) q = q.where('question_id', '=', filter.questionId);
      const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(5000).execute();
      return rows.map(fromRow);
    },
    async update(userId, id, patch) {
      const set: Partial<RecordingRow> = {};
      if (patch.attemptId !== undefined) set.attempt_id = patch.attemptId;
      if (patch.questionId !== undefined) set.question_id = patch.questionId;
      if (patch.durationSec !== undefined) set.duration_sec = patch.durationSec;
      if (patch.transcript !== undefined) set.transcript = patch.transcript === null ? null : JSON.stringify(patch.transcript);
      if (Object.keys(set).length === 0) return (await this.get(userId, id)) !== undefined;
      const res = await db.updateTable('recordings').set(set).where('user_id', '=', userId).where('id', '=', id).executeTakeFirst();
      return Number(res.numUpdatedRows) > 0;
    },
    readMedia: (rec) => readIfExists(paths(rec).media),
    readWav: (rec) => readIfExists(paths(rec).wav),
    async remove(userId, id) {
      const rows = await db.selectFrom('recordings').selectAll().where('user_id', '=', userId).where('id', '=', id).execute();
      return (await removeRows(rows)) > 0;
    },
    async removeAll(userId) {
      const rows = await db.selectFrom('recordings').selectAll().where('user_id', '=', userId).execute();
      const n = await removeRows(rows);
      // Stray files (a crash between file and row) go too.
      await rm(join(root, safeName(userId)), { recursive: true, force: true });
      return n;
    },
    async removeOlderThan(userId, cutoff) {
      const rows = await db.selectFrom('recordings').selectAll().where('user_id', '=', userId).where('created_at', '<', cutoff).execute();
      return removeRows(rows);
    },
  };
}

/** Size of a file on disk, or undefined when it is missing. */
export async function fileSize(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).size;
  } catch {
    return undefined;
  }
}
