/**
 * `keeper report attempt|loop|progress … --pdf FILE`, `keeper export`, `keeper import FILE` and
 * `keeper delete-my-data --yes`: the CLI side of reports and data ownership.
 */
import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { describeImport, storiesToMarkdown } from '../core/archive/index.js';
import {
  deleteProfile,
  exportProfile,
  importProfile,
  renderAttemptPdf,
  renderLoopPdf,
  renderProgressPdf,
  sampleAttempt,
  sampleLoop,
  sampleProgress,
} from '../report/index.js';
import { createAnalyzer } from '../server/analyzer.js';
import { AppError } from '../server/errors.js';
import { attemptReportData, loopReportData, progressReportData } from '../server/report-service.js';
import { LOCAL_USER_ID, openStore, type Store } from '../store/index.js';
import { CliError, loadPackOrExit } from './pack-io.js';
import { defaultDataDir } from './paths.js';

interface DataOpts {
  data?: string;
  pack?: string;
}

async function withStore<T>(opts: DataOpts, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore({ dataDir: opts.data ?? defaultDataDir(), databaseUrl: process.env.KEEPER_DATABASE_URL });
  try {
    return await fn(store);
  } catch (e) {
    if (e instanceof AppError) throw new CliError(e.message);
    throw e;
  } finally {
    await store.close();
  }
}

function fontsFromEnv(): { fonts?: { regular: string; bold: string } } {
  const regular = process.env.KEEPER_PDF_FONT;
  const bold = process.env.KEEPER_PDF_FONT_BOLD;
  return regular && bold ? { fonts: { regular, bold } } : {};
}

async function writePdf(file: string | undefined, pdf: Buffer): Promise<void> {
  if (!file) throw new CliError('Say where to write the report: --pdf FILE (for example --pdf report.pdf).');
  if (file === '-') {
    process.stdout.write(pdf);
    return;
  }
  await writeFile(file, pdf);
  process.stderr.write(`Wrote ${file} (${Math.round(pdf.length / 1024)} KiB).\n`);
}

function addDataOptions(cmd: Command): Command {
  return cmd
    .option('-d, --data <dir>', 'data folder (default: $KEEPER_DATA or ./data)')
    .option('--pack <dir>', 'content pack folder (default: the shipped Netflix pack)');
}

export function registerReportCommands(program: Command): void {
  const report = program.command('report').description('Write a PDF report of an attempt, a mock loop, or your progress');

  addDataOptions(
    report
      .command('attempt [id]')
      .description('PDF of one attempt: question, score, your answer with STAR tints and evidence, dimensions, fixes')
      .option('--pdf <file>', 'where to write the PDF ("-" for standard output)')
      .option('--latest', 'the most recent attempt')
      .option('--sample', 'render built-in sample data (no data folder needed)'),
  ).action(async (id: string | undefined, opts: DataOpts & { pdf?: string; latest?: boolean; sample?: boolean }) => {
    const generatedAt = new Date().toISOString();
    if (opts.sample) return writePdf(opts.pdf, await renderAttemptPdf(sampleAttempt, { generatedAt, ...fontsFromEnv() }));
    const pack = await loadPackOrExit(opts.pack);
    await withStore(opts, async (store) => {
      let attemptId = id;
      if (!attemptId || opts.latest) {
        const [latest] = await store.attempts.list(LOCAL_USER_ID, { limit: 1 });
        if (!latest) throw new CliError('There are no attempts yet. Practise first (`keeper practice` or the web app).');
        attemptId = latest.id;
      }
      const deps = { pack, store, now: () => new Date(), newId: () => randomUUID(), analyze: createAnalyzer(pack), bodyLimit: 1 << 20 };
      const data = await attemptReportData(deps, LOCAL_USER_ID, attemptId);
      await writePdf(opts.pdf, await renderAttemptPdf(data, { generatedAt, ...fontsFromEnv() }));
    });
  });

  addDataOptions(
    report
      .command('loop [id]')
      .description('PDF debrief of a finished mock loop: panel decision, verdict per round, evidence, top fixes')
      .option('--pdf <file>', 'where to write the PDF ("-" for standard output)')
      .option('--sample', 'render built-in sample data (no data folder needed)'),
  ).action(async (id: string | undefined, opts: DataOpts & { pdf?: string; sample?: boolean }) => {
    const generatedAt = new Date().toISOString();
    if (opts.sample) return writePdf(opts.pdf, await renderLoopPdf(sampleLoop, { generatedAt, ...fontsFromEnv() }));
    const pack = await loadPackOrExit(opts.pack);
    await withStore(opts, async (store) => {
      let loopId = id;
      if (!loopId) {
        const [latest] = await store.loops.list(LOCAL_USER_ID, { phase: 'finished', limit: 1 });
        if (!latest) throw new CliError('There is no finished mock loop yet. Run one in the web app or with `keeper practice`.');
        loopId = latest.id;
      }
      const deps = { pack, store, now: () => new Date(), newId: () => randomUUID(), analyze: createAnalyzer(pack), bodyLimit: 1 << 20 };
      await writePdf(opts.pdf, await renderLoopPdf(await loopReportData(deps, LOCAL_USER_ID, loopId), { generatedAt, ...fontsFromEnv() }));
    });
  });

  addDataOptions(
    report
      .command('progress')
      .description('PDF progress summary: readiness, charts per dimension and value, checklist, plan')
      .option('--pdf <file>', 'where to write the PDF ("-" for standard output)')
      .option('--tz <minutes>', 'your time zone as minutes east of UTC (e.g. 60 for CET)', '0')
      .option('--sample', 'render built-in sample data (no data folder needed)'),
  ).action(async (opts: DataOpts & { pdf?: string; tz: string; sample?: boolean }) => {
    const generatedAt = new Date().toISOString();
    if (opts.sample) return writePdf(opts.pdf, await renderProgressPdf(sampleProgress, { generatedAt, ...fontsFromEnv() }));
    const tz = Number(opts.tz);
    if (!Number.isInteger(tz) || Math.abs(tz) > 840) throw new CliError('--tz must be whole minutes between -840 and 840.');
    const pack = await loadPackOrExit(opts.pack);
    await withStore(opts, async (store) => {
      const deps = { pack, store, now: () => new Date(), newId: () => randomUUID(), analyze: createAnalyzer(pack), bodyLimit: 1 << 20 };
      await writePdf(opts.pdf, await renderProgressPdf(await progressReportData(deps, LOCAL_USER_ID, tz), { generatedAt, ...fontsFromEnv() }));
    });
  });

  addDataOptions(
    program
      .command('export')
      .description('Write everything you own as one JSON archive (and optionally your stories as Markdown)')
      .option('-o, --out <file>', 'archive file (default: standard output)')
      .option('--recordings', 'include recordings (base64; the archive gets large)')
      .option('--stories <file>', 'also write the story bank as Markdown to this file'),
  ).action(async (opts: DataOpts & { out?: string; recordings?: boolean; stories?: string }) => {
    await withStore(opts, async (store) => {
      const now = new Date();
      const archive = await exportProfile(store, LOCAL_USER_ID, { now, includeRecordings: Boolean(opts.recordings) });
      const json = `${JSON.stringify(archive, null, 2)}\n`;
      if (opts.out) {
        await writeFile(opts.out, json);
        process.stderr.write(
          `Wrote ${opts.out}: ${archive.attempts.length} attempts, ${archive.loops.length} loops, ${archive.stories.length} stories` +
            `${archive.recordings ? `, ${archive.recordings.length} recordings` : ''}.\n`,
        );
      } else {
        process.stdout.write(json);
      }
      if (opts.stories) {
        await writeFile(opts.stories, storiesToMarkdown(archive.stories, { exportedAt: archive.exportedAt }));
        process.stderr.write(`Wrote ${opts.stories} (${archive.stories.length} stories).\n`);
      }
    });
  });

  addDataOptions(
    program
      .command('import <file>')
      .description('Import a Keeper archive; checked first (a bad file changes nothing), merged by id (importing twice adds nothing)')
      .option('--dry-run', 'only say what would change')
      .option('--prefer-archive', 'when a record differs, take the archive version (default: keep yours)'),
  ).action(async (file: string, opts: DataOpts & { dryRun?: boolean; preferArchive?: boolean }) => {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      throw new CliError(`Cannot read ${file}: ${(e as Error).message}`);
    }
    await withStore(opts, async (store) => {
      const outcome = await importProfile(store, LOCAL_USER_ID, text, {
        now: new Date(),
        policy: opts.preferArchive ? 'use-archive' : 'keep-existing',
        dryRun: Boolean(opts.dryRun),
      });
      if (!outcome.ok) throw new CliError(`${file}: ${outcome.error.message}`);
      process.stdout.write(`${opts.dryRun ? 'Dry run: ' : ''}${describeImport(outcome.summary.plan)}\n`);
    });
  });

  addDataOptions(
    program
      .command('delete-my-data')
      .description('Delete every record and recording you own from this data folder (export first if you want a copy)')
      .option('--yes', 'confirm the deletion'),
  ).action(async (opts: DataOpts & { yes?: boolean }) => {
    if (!opts.yes) throw new CliError('This deletes all your attempts, loops, stories, plan, settings and recordings. Run again with --yes to confirm (tip: `keeper export -o backup.json` first).');
    await withStore(opts, async (store) => {
      const d = await deleteProfile(store, LOCAL_USER_ID);
      process.stdout.write(`Deleted ${d.attempts} attempts, ${d.loops} loops, ${d.progress} story/plan records, ${d.settings} settings and ${d.recordings} recordings.\n`);
    });
  });
}
