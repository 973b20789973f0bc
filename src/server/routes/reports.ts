/**
 * Reports and data ownership: PDF reports (attempt, mock loop, progress), the export archive
 * (JSON, optionally with recordings) and stories as Markdown, import, and delete-my-data.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { describeImport, storiesToMarkdown } from '../../core/archive/index.js';
import { deleteProfile, exportProfile, importProfile, renderAttemptPdf, renderLoopPdf, renderProgressPdf } from '../../report/index.js';
import type { RouteDeps } from '../deps.js';
import { AppError } from '../errors.js';
import { attemptReportData, loopReportData, progressReportData } from '../report-service.js';
import { defineRoute } from '../route.js';
import { userIdOf } from '../user.js';

/** Largest archive accepted by import (recordings make archives big). */
export const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;
export const DELETE_CONFIRMATION = 'delete my data';

const idParams = z.object({ id: z.string().min(1).max(120) });
const flag = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');

function download(reply: FastifyReply, type: string, name: string, body: Buffer | string): Buffer | string {
  void reply.type(type).header('content-disposition', `attachment; filename="${name}"`).header('cache-control', 'no-store');
  return body;
}

const stamp = (d: Date): string => d.toISOString().slice(0, 10);

export function reportRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const fonts = process.env.KEEPER_PDF_FONT && process.env.KEEPER_PDF_FONT_BOLD ? { regular: process.env.KEEPER_PDF_FONT, bold: process.env.KEEPER_PDF_FONT_BOLD } : undefined;
  const renderOpts = (): { generatedAt: string; fonts?: { regular: string; bold: string } } => ({
    generatedAt: deps.now().toISOString(),
    ...(fonts ? { fonts } : {}),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/reports/attempts/:id.pdf',
    summary: 'PDF report of one attempt: question, score, STAR-tinted answer with evidence, dimensions, fixes, follow-up',
    tags: ['reports'],
    params: idParams,
    handler: async ({ params, req, reply }) => {
      const data = await attemptReportData(deps, userIdOf(req), params.id);
      return download(reply, 'application/pdf', `keeper-attempt-${params.id}.pdf`, await renderAttemptPdf(data, renderOpts()));
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/reports/loops/:id.pdf',
    summary: 'PDF debrief of a finished mock loop: panel decision, verdict per round, evidence quotes, top fixes',
    tags: ['reports'],
    params: idParams,
    handler: async ({ params, req, reply }) => {
      const data = await loopReportData(deps, userIdOf(req), params.id);
      return download(reply, 'application/pdf', `keeper-loop-${params.id}.pdf`, await renderLoopPdf(data, renderOpts()));
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/reports/progress.pdf',
    summary: 'PDF progress summary: readiness, charts per dimension and value, checklist, plan',
    tags: ['reports'],
    query: z.strictObject({ tz: z.coerce.number().int().min(-840).max(840).optional() }),
    handler: async ({ query, req, reply }) => {
      const data = await progressReportData(deps, userIdOf(req), query.tz ?? 0);
      return download(reply, 'application/pdf', `keeper-progress-${stamp(deps.now())}.pdf`, await renderProgressPdf(data, renderOpts()));
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/export',
    summary: 'Everything you own as one versioned JSON archive (recordings=1 adds the recordings)',
    tags: ['data'],
    query: z.strictObject({ recordings: flag.optional() }),
    handler: async ({ query, req, reply }) => {
      const now = deps.now();
      const archive = await exportProfile(deps.store, userIdOf(req), { now, includeRecordings: query.recordings ?? false });
      return download(reply, 'application/json; charset=utf-8', `keeper-export-${stamp(now)}.json`, JSON.stringify(archive, null, 2));
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/export/stories.md',
    summary: 'Your story bank as Markdown',
    tags: ['data'],
    handler: async ({ req, reply }) => {
      const userId = userIdOf(req);
      const now = deps.now();
      const stories = await deps.store.progress.listStories(userId);
      const user = await deps.store.users.get(userId);
      const md = storiesToMarkdown(
        stories.map(({ userId: _u, ...s }) => ({ ...s, tags: [...s.tags] })),
        { exportedAt: now.toISOString(), ...(user && user.name !== 'You' ? { owner: user.name } : {}) },
      );
      return download(reply, 'text/markdown; charset=utf-8', `keeper-stories-${stamp(now)}.md`, md);
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/import',
    summary:
      'Import a Keeper archive: checked first (a bad archive changes nothing), merged by record id (importing twice adds nothing). ' +
      'policy=use-archive replaces differing records; dryRun=1 only reports what would change.',
    tags: ['data'],
    bodyLimit: MAX_ARCHIVE_BYTES,
    query: z.strictObject({ policy: z.enum(['keep-existing', 'use-archive']).optional(), dryRun: flag.optional() }),
    handler: async ({ req, query }) => {
      const outcome = await importProfile(deps.store, userIdOf(req), req.body, {
        now: deps.now(),
        ...(query.policy ? { policy: query.policy } : {}),
        dryRun: query.dryRun ?? false,
      });
      if (!outcome.ok) throw new AppError('INVALID_ARCHIVE', outcome.error.message, outcome.error.issues);
      const { plan, dryRun } = outcome.summary;
      const count = (k: keyof typeof plan.insert): number => plan.insert[k].length;
      return {
        dryRun,
        message: `${dryRun ? 'Dry run: ' : ''}${describeImport(plan)}`,
        added: { attempts: count('attempts'), loops: count('loops'), stories: count('stories'), recordings: count('recordings') },
        replaced: Object.fromEntries(Object.entries(plan.replace).map(([k, v]) => [k, v.length])),
        unchanged: plan.unchanged,
        conflicts: plan.conflicts,
        plan: plan.plan.action,
        settings: plan.settings.action,
      };
    },
  });

  defineRoute(app, {
    method: 'DELETE',
    url: '/data',
    summary: `Delete every record and recording you own. Send { "confirm": "${DELETE_CONFIRMATION}" }.`,
    tags: ['data'],
    body: z.strictObject({
      confirm: z.literal(DELETE_CONFIRMATION, `type "${DELETE_CONFIRMATION}" to confirm; nothing was deleted`),
    }),
    handler: async ({ req }) => ({ deleted: await deleteProfile(deps.store, userIdOf(req)) }),
  });
}
