/** Assemble an archive from a user's records. Pure: the caller passes the export time in. */
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type KeeperArchive } from './schema.js';

export interface ArchiveInput {
  exportedAt: string;
  user: KeeperArchive['user'];
  attempts: KeeperArchive['attempts'];
  loops: KeeperArchive['loops'];
  stories: KeeperArchive['stories'];
  plan: KeeperArchive['plan'];
  settings: KeeperArchive['settings'];
  /** Left out unless the user asked for recordings in the export. */
  recordings?: KeeperArchive['recordings'];
}

interface Dated {
  id: string;
  createdAt?: unknown;
}

/** Oldest first, then by id: the same profile always gives the same archive. */
export function byCreatedThenId(a: Dated, b: Dated): number {
  const ca = typeof a.createdAt === 'string' ? a.createdAt : '';
  const cb = typeof b.createdAt === 'string' ? b.createdAt : '';
  if (ca !== cb) return ca < cb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function buildArchive(input: ArchiveInput): KeeperArchive {
  const archive: KeeperArchive = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    exportedAt: input.exportedAt,
    user: input.user,
    attempts: [...input.attempts].sort(byCreatedThenId),
    loops: [...input.loops].sort(byCreatedThenId),
    stories: [...input.stories].sort(byCreatedThenId),
    plan: input.plan,
    settings: input.settings,
  };
  if (input.recordings) archive.recordings = [...input.recordings].sort(byCreatedThenId);
  return archive;
}

/** Deterministic JSON with sorted keys, for comparing records whatever their key order. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : stableStringify(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}
