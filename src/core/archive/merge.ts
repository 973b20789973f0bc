/**
 * Plan an import: given what the profile already holds and a checked archive, decide what to
 * insert, what is already there, and what conflicts. Records merge by id, so importing the same
 * archive twice changes nothing the second time (idempotent) and nothing is ever duplicated.
 * The caller applies the plan in one transaction.
 */
import { stableStringify } from './build.js';
import { RECORD_KINDS, type KeeperArchive, type RecordKind } from './schema.js';

/** What the profile holds now. Recordings need not carry their bytes (they are matched by id). */
export interface ProfileSnapshot {
  attempts: { id: string }[];
  loops: { id: string }[];
  stories: { id: string }[];
  recordings: { id: string }[];
  plan: Record<string, unknown> | null;
  settings: Record<string, unknown>;
}

export type ConflictPolicy = 'keep-existing' | 'use-archive';

type Records = { [K in RecordKind]: NonNullable<KeeperArchive[K]> };

export interface ImportPlan {
  insert: Records;
  /** Records whose id exists with different content, replaced because the policy says so. */
  replace: Records;
  /** Same id and same content: nothing to do. */
  unchanged: Record<RecordKind, number>;
  /** Same id, different content, existing kept (policy keep-existing). */
  conflicts: { kind: RecordKind | 'plan'; id: string }[];
  plan: { action: 'set' | 'keep'; value: Record<string, unknown> | null };
  settings: { action: 'set' | 'keep'; value: Record<string, unknown> };
  /** True when applying the plan changes nothing. */
  noop: boolean;
}

function emptyRecords(): Records {
  return { attempts: [], loops: [], stories: [], recordings: [] };
}

function comparable(kind: RecordKind, record: Record<string, unknown>): string {
  if (kind === 'recordings') {
    const { bytes: _bytes, ...rest } = record;
    return stableStringify(rest);
  }
  return stableStringify(record);
}

export function planImport(profile: ProfileSnapshot, archive: KeeperArchive, policy: ConflictPolicy = 'keep-existing'): ImportPlan {
  const insert = emptyRecords();
  const replace = emptyRecords();
  const unchanged: Record<RecordKind, number> = { attempts: 0, loops: 0, stories: 0, recordings: 0 };
  const conflicts: ImportPlan['conflicts'] = [];

  for (const kind of RECORD_KINDS) {
    const existing = new Map(profile[kind].map((r) => [r.id, r as Record<string, unknown>]));
    for (const record of archive[kind] ?? []) {
      const current = existing.get(record.id);
      if (!current) {
        (insert[kind] as Record<string, unknown>[]).push(record);
      } else if (kind === 'recordings' || comparable(kind, current) === comparable(kind, record)) {
        // Recordings are immutable media: the same id is the same recording.
        unchanged[kind] += 1;
      } else if (policy === 'use-archive') {
        (replace[kind] as Record<string, unknown>[]).push(record);
      } else {
        conflicts.push({ kind, id: record.id });
      }
    }
  }

  const samePlan = stableStringify(profile.plan) === stableStringify(archive.plan);
  const planAction: 'set' | 'keep' =
    archive.plan !== null && !samePlan && (profile.plan === null || policy === 'use-archive') ? 'set' : 'keep';
  if (archive.plan !== null && profile.plan !== null && !samePlan && policy === 'keep-existing') {
    conflicts.push({ kind: 'plan', id: 'plan' });
  }

  // Settings merge key by key: keys the profile lacks come from the archive.
  const merged: Record<string, unknown> =
    policy === 'use-archive' ? { ...profile.settings, ...archive.settings } : { ...archive.settings, ...profile.settings };
  const settingsAction: 'set' | 'keep' = stableStringify(merged) === stableStringify(profile.settings) ? 'keep' : 'set';

  const noop =
    RECORD_KINDS.every((k) => insert[k].length === 0 && replace[k].length === 0) && planAction === 'keep' && settingsAction === 'keep';
  return {
    insert,
    replace,
    unchanged,
    conflicts,
    plan: { action: planAction, value: planAction === 'set' ? archive.plan : profile.plan },
    settings: { action: settingsAction, value: merged },
    noop,
  };
}

/** One line for people: "12 attempts, 2 stories added; 3 already there; 1 conflict kept as it was." */
export function describeImport(plan: ImportPlan): string {
  const added = RECORD_KINDS.map((k) => [k, plan.insert[k].length] as const).filter(([, n]) => n > 0);
  const replaced = RECORD_KINDS.reduce((s, k) => s + plan.replace[k].length, 0);
  const same = RECORD_KINDS.reduce((s, k) => s + plan.unchanged[k], 0);
  const parts: string[] = [];
  const one: Record<RecordKind, string> = { attempts: 'attempt', loops: 'loop', stories: 'story', recordings: 'recording' };
  parts.push(added.length > 0 ? `${added.map(([k, n]) => `${n} ${n === 1 ? one[k] : k}`).join(', ')} added` : 'nothing new added');
  if (replaced > 0) parts.push(`${replaced} replaced from the archive`);
  if (same > 0) parts.push(`${same} already there`);
  if (plan.conflicts.length > 0) parts.push(`${plan.conflicts.length} differing record${plan.conflicts.length === 1 ? '' : 's'} kept as they were`);
  if (plan.plan.action === 'set') parts.push('plan restored');
  if (plan.settings.action === 'set') parts.push('settings restored');
  return `${parts.join('; ')}.`;
}
