/**
 * Everything a user owns, in and out of the store: export to a Keeper archive, import an archive
 * (checked first, applied in one transaction, idempotent by record id) and delete-my-data.
 */
import { rm } from 'node:fs/promises';
import { z } from 'zod';
import {
  buildArchive,
  formatPath,
  parseArchive,
  planImport,
  type ArchiveIssue,
  type ConflictPolicy,
  type ImportPlan,
  type KeeperArchive,
  type ProfileSnapshot,
} from '../core/archive/index.js';
import {
  createAttemptStore,
  createLoopStore,
  createProgressStore,
  createSettingsStore,
  type Store,
} from '../store/index.js';

/** The setting that holds the interview date and plan choice (see src/server/progress-service.ts). */
export const PREPARATION_SETTING = 'preparation';
const PAGE = 1000;

export interface ExportOptions {
  now: Date;
  /** Put the recordings' media (base64) in the archive; off by default (they can be large). */
  includeRecordings?: boolean;
}

async function allAttempts(store: Store, userId: string) {
  const out = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.attempts.list(userId, { limit: PAGE, offset });
    out.push(...page);
    if (page.length < PAGE) return out;
  }
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export async function exportProfile(store: Store, userId: string, opts: ExportOptions): Promise<KeeperArchive> {
  const [user, attempts, loopList, stories, settings, checklist, planTicks, overrides, recordings] = await Promise.all([
    store.users.get(userId),
    allAttempts(store, userId),
    store.loops.list(userId, { limit: 1_000_000 }),
    store.progress.listStories(userId),
    store.settings.all(userId),
    store.progress.ticks(userId, 'checklist'),
    store.progress.ticks(userId, 'plan'),
    store.progress.overrides(userId),
    store.recordings.list(userId),
  ]);
  const loops = [];
  for (const l of loopList) {
    const full = await store.loops.get(userId, l.id);
    if (full) loops.push(full);
  }
  const { [PREPARATION_SETTING]: preparation, ...otherSettings } = settings;
  const hasPlan =
    (preparation !== undefined && preparation !== null) || Object.keys(checklist).length > 0 || Object.keys(planTicks).length > 0 || overrides.length > 0;
  const attemptIds = new Set(attempts.map((a) => a.id));
  const archive = buildArchive({
    exportedAt: opts.now.toISOString(),
    user: user ? { id: user.id, name: user.name } : { id: userId },
    attempts: attempts.map(({ userId: _u, ...a }) => ({ ...a, analysis: a.analysis as KeeperArchive['attempts'][number]['analysis'], meta: { ...a.meta } })),
    loops: loops.map(({ userId: _u, decision, ...l }) => ({ ...l, ...(decision !== undefined ? { decision } : {}) })),
    stories: stories.map(({ userId: _u, ...s }) => ({ ...s, tags: [...s.tags] })),
    plan: hasPlan
      ? {
          preparation: preparation ?? null,
          ticks: { checklist, plan: planTicks },
          reviewOverrides: overrides.map((o) => ({ ...o, snoozedUntil: o.snoozedUntil ?? null })),
        }
      : null,
    settings: otherSettings,
  });
  if (opts.includeRecordings) {
    const recs = [];
    for (const r of recordings) {
      const media = await store.recordings.readMedia(r);
      if (!media) continue; // the file was removed by hand: nothing to carry
      const wav = r.wavSize !== undefined ? await store.recordings.readWav(r) : undefined;
      recs.push({
        id: r.id,
        attemptId: r.attemptId && attemptIds.has(r.attemptId) ? r.attemptId : null,
        questionId: r.questionId ?? null,
        mimeType: r.mimeType,
        durationSec: r.durationSec ?? null,
        transcript: r.transcript ?? null,
        createdAt: r.createdAt,
        bytes: b64(media),
        ...(wav ? { wav: b64(wav) } : {}),
      });
    }
    archive.recordings = recs;
  }
  return archive;
}

// ------------------------------------------------------------------ import

/** What the store needs beyond the archive's own checks; filled with defaults where harmless. */
const storeAttempt = z.looseObject({
  kind: z.string().min(1).optional(),
  score: z.number().min(0).max(100).optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
});
const storeLoop = z.looseObject({
  loopId: z.string().min(1),
  title: z.string(),
  role: z.string().min(1),
  level: z.string().min(1),
  phase: z.string().min(1),
  decision: z.string().nullable().optional(),
  state: z.looseObject({ version: z.literal(1, 'the loop state must be version 1') }),
  revision: z.number().int().min(1),
  updatedAt: z.iso.datetime({ offset: true }),
});
const storeStory = z.looseObject({
  situation: z.string().default(''),
  task: z.string().default(''),
  action: z.string().default(''),
  result: z.string().default(''),
  tags: z.array(z.string()).default([]),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
});
const storeRecording = z.looseObject({
  questionId: z.string().nullable().optional(),
  durationSec: z.number().min(0).nullable().optional(),
  wav: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the WAV bytes are not valid base64').optional(),
});
const storePlan = z.looseObject({
  preparation: z.unknown().optional(),
  ticks: z
    .strictObject({ checklist: z.record(z.string(), z.boolean()).default({}), plan: z.record(z.string(), z.boolean()).default({}) })
    .default({ checklist: {}, plan: {} }),
  reviewOverrides: z
    .array(z.strictObject({ questionId: z.string().min(1), dropped: z.boolean(), snoozedUntil: z.string().nullable().optional(), at: z.string().min(1) }))
    .default([]),
});

function storeIssues(archive: KeeperArchive): ArchiveIssue[] {
  const issues: ArchiveIssue[] = [];
  const check = (schema: z.ZodType, value: unknown, at: string): void => {
    const r = schema.safeParse(value);
    if (!r.success) for (const i of r.error.issues) issues.push({ path: `${at}${formatPath(i.path).replace(/^\(top level\)$/, '').replace(/^(?=[A-Za-z_$])/, '.')}`, message: i.message });
  };
  archive.attempts.forEach((a, i) => check(storeAttempt, a, `attempts[${i}]`));
  archive.loops.forEach((l, i) => check(storeLoop, l, `loops[${i}]`));
  archive.stories.forEach((s, i) => check(storeStory, s, `stories[${i}]`));
  (archive.recordings ?? []).forEach((r, i) => check(storeRecording, r, `recordings[${i}]`));
  if (archive.plan !== null) check(storePlan, archive.plan, 'plan');
  return issues;
}

export interface ImportSummary {
  dryRun: boolean;
  plan: ImportPlan;
}

export type ImportOutcome =
  | { ok: true; summary: ImportSummary }
  | { ok: false; error: { type: string; message: string; issues: ArchiveIssue[] } };

/** The profile as the merge sees it: the same records an export would hold (recordings by id). */
async function snapshot(store: Store, userId: string, now: Date): Promise<ProfileSnapshot> {
  const current = await exportProfile(store, userId, { now });
  const recordings = await store.recordings.list(userId);
  return {
    attempts: current.attempts,
    loops: current.loops,
    stories: current.stories,
    recordings: recordings.map((r) => ({ id: r.id })),
    plan: current.plan,
    settings: current.settings,
  };
}

export async function importProfile(
  store: Store,
  userId: string,
  input: string | unknown,
  opts: { now: Date; policy?: ConflictPolicy; dryRun?: boolean },
): Promise<ImportOutcome> {
  const parsed = parseArchive(input);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const { archive } = parsed;
  const extra = storeIssues(archive);
  if (extra.length > 0) {
    const listed = extra.slice(0, 20).map((i) => `  ${i.path}: ${i.message}`);
    return {
      ok: false,
      error: { type: 'invalid-archive', message: [`The archive has ${extra.length === 1 ? 'one problem' : `${extra.length} problems`}; nothing was imported:`, ...listed].join('\n'), issues: extra },
    };
  }
  const plan = planImport(await snapshot(store, userId, opts.now), archive, opts.policy ?? 'keep-existing');
  if (opts.dryRun || plan.noop) return { ok: true, summary: { dryRun: Boolean(opts.dryRun), plan } };
  await apply(store, userId, archive, plan, opts.now);
  return { ok: true, summary: { dryRun: false, plan } };
}

async function apply(store: Store, userId: string, archive: KeeperArchive, plan: ImportPlan, now: Date): Promise<void> {
  const written: { id: string; userId: string }[] = [];
  try {
    await store.db.transaction().execute(async (trx) => {
      const attempts = createAttemptStore(trx);
      const loops = createLoopStore(trx);
      const progress = createProgressStore(trx);
      const settings = createSettingsStore(trx);
      const recordings = store.recordings.withDb(trx);

      for (const [list, replacing] of [
        [plan.insert.attempts, false],
        [plan.replace.attempts, true],
      ] as const) {
        for (const a of list) {
          const analysis = (a.analysis ?? null) as { kind?: unknown; score?: unknown } | null;
          if (replacing) await attempts.remove(userId, a.id);
          await attempts.add({
            id: a.id,
            userId,
            kind: typeof a.kind === 'string' ? a.kind : typeof analysis?.kind === 'string' ? analysis.kind : 'behavioral',
            questionId: a.questionId,
            answer: a.answer,
            analysis: a.analysis ?? null,
            score: typeof a.score === 'number' ? a.score : typeof analysis?.score === 'number' ? analysis.score : 0,
            meta: (a.meta as Record<string, unknown> | undefined) ?? {},
            createdAt: a.createdAt,
          });
        }
      }
      for (const [list, replacing] of [
        [plan.insert.loops, false],
        [plan.replace.loops, true],
      ] as const) {
        for (const raw of list) {
          const l = storeLoop.parse(raw);
          if (replacing) await loops.remove(userId, raw.id);
          await loops.add({
            id: raw.id,
            userId,
            loopId: l.loopId,
            title: l.title,
            role: l.role,
            level: l.level,
            phase: l.phase,
            decision: l.decision ?? undefined,
            state: l.state,
            revision: l.revision,
            createdAt: raw.createdAt,
            updatedAt: l.updatedAt,
          });
        }
      }
      for (const [list, replacing] of [
        [plan.insert.stories, false],
        [plan.replace.stories, true],
      ] as const) {
        for (const raw of list) {
          const s = storeStory.parse(raw);
          const story = {
            id: raw.id,
            userId,
            title: raw.title,
            situation: s.situation,
            task: s.task,
            action: s.action,
            result: s.result,
            tags: s.tags,
            assessment: (raw as { assessment?: unknown }).assessment ?? null,
            createdAt: raw.createdAt ?? now.toISOString(),
            updatedAt: s.updatedAt ?? raw.createdAt ?? now.toISOString(),
          };
          if (replacing) await progress.updateStory(story);
          else await progress.addStory(story);
        }
      }
      if (plan.plan.action === 'set' && plan.plan.value) {
        const p = storePlan.parse(plan.plan.value);
        if (p.preparation !== undefined && p.preparation !== null) await settings.set(userId, PREPARATION_SETTING, p.preparation, now);
        for (const [item, done] of Object.entries(p.ticks.checklist)) await progress.setTick(userId, 'checklist', item, done, now.toISOString());
        for (const [item, done] of Object.entries(p.ticks.plan)) await progress.setTick(userId, 'plan', item, done, now.toISOString());
        for (const o of p.reviewOverrides) {
          await progress.setOverride(userId, { questionId: o.questionId, dropped: o.dropped, snoozedUntil: o.snoozedUntil ?? undefined, at: o.at });
        }
      }
      if (plan.settings.action === 'set') {
        for (const [key, value] of Object.entries(plan.settings.value)) await settings.set(userId, key, value, now);
      }
      for (const raw of [...plan.insert.recordings]) {
        const r = storeRecording.parse(raw);
        const media = new Uint8Array(Buffer.from(raw.bytes, 'base64'));
        const wav = r.wav ? new Uint8Array(Buffer.from(r.wav, 'base64')) : undefined;
        await recordings.add(
          {
            id: raw.id,
            userId,
            attemptId: raw.attemptId ?? undefined,
            questionId: r.questionId ?? undefined,
            mimeType: raw.mimeType,
            durationSec: r.durationSec ?? undefined,
            transcript: (raw as { transcript?: unknown }).transcript ?? null,
            createdAt: raw.createdAt,
          },
          media,
          wav,
        );
        written.push({ id: raw.id, userId });
      }
    });
  } catch (e) {
    // The database rolled back; take away the media files this import wrote.
    for (const w of written) {
      const p = store.recordings.paths(w);
      await rm(p.media, { force: true });
      await rm(p.wav, { force: true });
    }
    throw e;
  }
}

// ------------------------------------------------------------------ delete

export interface DeleteSummary {
  attempts: number;
  loops: number;
  progress: number;
  settings: number;
  recordings: number;
}

/** Removes every record and recording of the user (the account itself stays). */
export async function deleteProfile(store: Store, userId: string): Promise<DeleteSummary> {
  const summary = await store.db.transaction().execute(async (trx) => {
    const loops = createLoopStore(trx);
    const list = await loops.list(userId, { limit: 1_000_000 });
    let loopCount = 0;
    for (const l of list) if (await loops.remove(userId, l.id)) loopCount++;
    return {
      attempts: await createAttemptStore(trx).removeAll(userId),
      loops: loopCount,
      progress: await createProgressStore(trx).removeAll(userId),
      settings: await createSettingsStore(trx).removeAll(userId),
    };
  });
  const recordings = await store.recordings.removeAll(userId);
  return { ...summary, recordings };
}
