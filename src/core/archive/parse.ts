/**
 * Read an archive: JSON text (or an already parsed value) in, a checked archive or a precise
 * error out. Nothing here writes anything, so a refused archive changes nothing.
 */
import type { z } from 'zod';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, RECORD_KINDS, archiveSchema, type KeeperArchive } from './schema.js';

export interface ArchiveIssue {
  /** Where in the archive, e.g. `attempts[3].createdAt`. */
  path: string;
  message: string;
}

export type ArchiveError =
  | { type: 'invalid-json'; message: string; issues: ArchiveIssue[] }
  | { type: 'not-an-archive'; message: string; issues: ArchiveIssue[] }
  | { type: 'unsupported-version'; message: string; issues: ArchiveIssue[] }
  | { type: 'invalid-archive'; message: string; issues: ArchiveIssue[] };

export type ParseArchiveResult = { ok: true; archive: KeeperArchive } | { ok: false; error: ArchiveError };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out === '' ? '(top level)' : out;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function issueMessage(issue: z.core.$ZodIssue, root: unknown): string {
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
  const value = valueAt(root, issue.path);
  if (value === undefined && issue.code === 'invalid_type') return `missing: ${issue.message}`;
  return `${issue.message} (found ${describe(value)})`;
}

const MAX_LISTED = 20;

function fail(type: ArchiveError['type'], message: string, issues: ArchiveIssue[] = []): ParseArchiveResult {
  return { ok: false, error: { type, message, issues } };
}

/** Find ids used twice within one kind, and recordings that point at attempts not in the archive. */
function integrityIssues(archive: KeeperArchive): ArchiveIssue[] {
  const issues: ArchiveIssue[] = [];
  for (const kind of RECORD_KINDS) {
    const seen = new Map<string, number>();
    (archive[kind] ?? []).forEach((record, i) => {
      const first = seen.get(record.id);
      if (first !== undefined) {
        issues.push({ path: `${kind}[${i}].id`, message: `duplicate id "${record.id}" (also used by ${kind}[${first}])` });
      } else {
        seen.set(record.id, i);
      }
    });
  }
  const attemptIds = new Set(archive.attempts.map((a) => a.id));
  (archive.recordings ?? []).forEach((r, i) => {
    if (r.attemptId && !attemptIds.has(r.attemptId)) {
      issues.push({ path: `recordings[${i}].attemptId`, message: `points at attempt "${r.attemptId}", which is not in the archive` });
    }
  });
  return issues;
}

export function parseArchive(input: string | unknown): ParseArchiveResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return fail('invalid-json', `The archive is not valid JSON (${detail}). Was the file cut short or edited by hand?`);
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return fail('not-an-archive', `This is not a Keeper archive: expected a JSON object, found ${describe(data)}.`);
  }
  const head = data as Record<string, unknown>;
  if (head.format !== ARCHIVE_FORMAT) {
    return fail(
      'not-an-archive',
      `This is not a Keeper archive: "format" is ${describe(head.format)}, expected "${ARCHIVE_FORMAT}".`,
      [{ path: 'format', message: `expected "${ARCHIVE_FORMAT}"` }],
    );
  }
  if (head.version !== ARCHIVE_VERSION) {
    const newer = typeof head.version === 'number' && head.version > ARCHIVE_VERSION;
    return fail(
      'unsupported-version',
      newer
        ? `This archive was written by a newer Keeper (archive version ${String(head.version)}); this Keeper reads version ${ARCHIVE_VERSION}. Update Keeper and import again.`
        : `Unknown archive version ${describe(head.version)}; this Keeper reads version ${ARCHIVE_VERSION}.`,
      [{ path: 'version', message: `expected ${ARCHIVE_VERSION}` }],
    );
  }
  const parsed = archiveSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issueMessage(issue, data) }));
    return fail('invalid-archive', summarize(issues), issues);
  }
  const integrity = integrityIssues(parsed.data);
  if (integrity.length > 0) return fail('invalid-archive', summarize(integrity), integrity);
  return { ok: true, archive: parsed.data };
}

function summarize(issues: ArchiveIssue[]): string {
  const listed = issues.slice(0, MAX_LISTED).map((i) => `  ${i.path}: ${i.message}`);
  const more = issues.length > MAX_LISTED ? [`  … and ${issues.length - MAX_LISTED} more`] : [];
  const count = issues.length === 1 ? 'one problem' : `${issues.length} problems`;
  return [`The archive has ${count}; nothing was imported. Fix the file or export it again:`, ...listed, ...more].join('\n');
}
