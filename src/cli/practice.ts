/**
 * `keeper practice`: a behavioral round in the terminal. The interviewer asks, a timer runs, the
 * candidate types the answer (or writes it in $EDITOR), gets feedback and answers the follow-ups;
 * the round ends with the interviewer's verdict. Runs the same loop service as the web app, so the
 * round is saved and shows up under Mock loop.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { VERDICT_LABEL, byImportance, chooseLoop, closesGap, gapTopic, type Exchange, type LoopState, type RoundVerdict } from '../core/loop/index.js';
import { LEVELS, ROLES, type Level, type Role } from '../core/pack/index.js';
import { createAnalyzer } from '../server/analyzer.js';
import { createLoopService, type LoopView } from '../server/loop-service.js';
import { LOCAL_USER_ID, openStore } from '../store/index.js';
import { createLineReader, type LineReader } from './line-reader.js';
import { CliError, loadPackOrExit } from './pack-io.js';
import { defaultDataDir } from './paths.js';
import { wrapText } from './text.js';

interface PracticeOptions {
  role: string;
  level: string;
  question?: string;
  seed?: string;
  minutes?: number;
  editor?: boolean;
  pack?: string;
  data?: string;
}

const END = '.';
const out = (text = ''): void => {
  process.stdout.write(`${text}\n`);
};

function minutes(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 240) throw new InvalidArgumentError('must be a number of minutes above 0 (decimals allowed, e.g. 0.5)');
  return n;
}

function clock(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function wrap(text: string, indent = '  ', width = 88): string {
  return wrapText(text, width, indent, indent);
}

/** Opens $EDITOR (or $VISUAL) on a temp file and returns what was written. */
function fromEditor(prompt: string): string {
  const editor = process.env.VISUAL || process.env.EDITOR;
  if (!editor) throw new CliError('Set $EDITOR (for example `export EDITOR=nano`) to write answers in an editor, or type them here.');
  const dir = mkdtempSync(join(tmpdir(), 'keeper-answer-'));
  const file = join(dir, 'answer.md');
  try {
    writeFileSync(file, `\n\n# ${prompt}\n# Write your answer above. Lines starting with # are ignored.\n`);
    const r = spawnSync(`${editor} "${file}"`, { shell: true, stdio: 'inherit' });
    if (r.status !== 0) throw new CliError(`The editor (${editor}) exited with status ${r.status ?? 'unknown'}.`);
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => !l.startsWith('#'))
      .join('\n')
      .trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Answer = { kind: 'answer'; text: string } | { kind: 'timeout'; draft: string } | { kind: 'quit'; draft: string };

/** Reads one answer: lines until a line with only ".", or ":e" to use the editor. */
async function readAnswer(reader: LineReader, prompt: string, deadline: number, useEditor: boolean): Promise<Answer> {
  if (useEditor) return { kind: 'answer', text: fromEditor(prompt) };
  out(`Type your answer (${clock(deadline - Date.now())} left). End with a line containing only "${END}"; ":e" opens $EDITOR; ":q" ends the round.`);
  const lines: string[] = [];
  for (;;) {
    const r = await reader.next(deadline);
    if (r.kind === 'timeout') return { kind: 'timeout', draft: lines.join('\n') };
    if (r.kind === 'eof') return lines.length > 0 ? { kind: 'answer', text: lines.join('\n') } : { kind: 'quit', draft: '' };
    const t = r.text.trim();
    if (t === END) {
      if (lines.join('').trim()) return { kind: 'answer', text: lines.join('\n') };
      out('(empty answer — type something first)');
      continue;
    }
    if (t === ':q') return { kind: 'quit', draft: lines.join('\n') };
    if (t === ':e' && lines.length === 0) return { kind: 'answer', text: fromEditor(prompt) };
    lines.push(r.text);
  }
}

function feedback(ex: Exchange): void {
  const a = ex.analysis;
  if (!a) return;
  if (a.kind === 'unavailable') {
    out(`  (no feedback: ${a.message})`);
    return;
  }
  if (a.kind !== 'behavioral' && a.kind !== 'design') return;
  const verdict = a.verdict && a.verdict in VERDICT_LABEL ? ` — ${VERDICT_LABEL[a.verdict as keyof typeof VERDICT_LABEL]}` : '';
  out(`Feedback: ${Math.round(a.score)}/100${verdict}`);
  for (const f of byImportance(a.flags).slice(0, 4)) out(wrap(`• ${f.message}`));
  if (a.fixes.length > 0) {
    out('  What to fix:');
    for (const f of a.fixes.slice(0, 3)) out(wrap(`→ ${f}`, '    '));
  }
}

/** After a follow-up answer: did it cover what the interviewer asked about? */
function followUpFeedback(ex: Exchange): void {
  const gap = ex.followUp?.gap;
  const closed = gap ? closesGap(gap, ex.answer ?? '', ex.analysis) : undefined;
  if (!gap || closed === undefined) out('(noted)');
  else if (gap.source === 'probe') out(closed ? '(That adds depth.)' : '(That stays thin; add the specifics.)');
  else out(closed ? `(That covers ${gapTopic(gap)}.)` : `(That still leaves ${gapTopic(gap)} open.)`);
}

function verdict(v: RoundVerdict): void {
  out('');
  out(`${v.interviewer}'s verdict on the ${v.title}: ${VERDICT_LABEL[v.verdict].toUpperCase()} (${v.score}/100)`);
  for (const r of v.reasons.slice(1)) out(wrap(`• ${r}`));
  if (v.evidence.length > 0) {
    out('  From your answers:');
    for (const e of v.evidence) out(wrap(`${e.positive ? '+' : '−'} “${e.quote}” (${e.note})`, '    '));
  }
}

function debrief(view: LoopView): void {
  const d = view.debrief;
  if (!d) return;
  for (const v of d.rounds) verdict(v);
  if (d.topFixes.length > 0) {
    out('');
    out('Top fixes:');
    for (const f of d.topFixes.slice(0, 3)) out(wrap(`${f.count > 1 ? `(${f.count}×) ` : ''}${f.text}`));
  }
  if (d.practiseNext.length > 0) {
    out('');
    out('Practise next:');
    for (const p of d.practiseNext) out(wrap(`${p.why}${p.questions.length ? ` Try: ${p.questions.join(', ')}.` : ''}`));
  }
}

function open(loop: LoopState): Exchange | undefined {
  return loop.phase === 'in-round' ? loop.rounds[loop.current]?.exchanges.at(-1) : undefined;
}

async function practice(opts: PracticeOptions): Promise<void> {
  if (!(ROLES as readonly string[]).includes(opts.role)) throw new CliError(`Unknown role "${opts.role}"; use one of ${ROLES.join(', ')}.`);
  if (!(LEVELS as readonly string[]).includes(opts.level)) throw new CliError(`Unknown level "${opts.level}"; use one of ${LEVELS.join(', ')}.`);
  const role = opts.role as Role;
  const level = opts.level as Level;
  const pack = await loadPackOrExit(opts.pack);
  const chosen = chooseLoop(pack, role, level);
  if ('error' in chosen) throw new CliError(`No loop to practise: ${chosen.error}.`);
  const round =
    chosen.loop.rounds.find((r) => r.kind === 'behavioral') ?? chosen.loop.rounds.find((r) => r.draws.includes('behavioral')) ?? chosen.loop.rounds[0];
  if (!round) throw new CliError(`The loop "${chosen.loop.id}" has no rounds.`);

  const store = await openStore({ dataDir: opts.data ?? defaultDataDir(), databaseUrl: process.env.KEEPER_DATABASE_URL });
  const reader = createLineReader(process.stdin);
  try {
    const service = createLoopService({ pack, store, analyze: createAnalyzer(pack), now: () => new Date(), newId: () => randomUUID() });
    let view = await service.create(LOCAL_USER_ID, {
      role,
      level,
      loopId: chosen.loop.id,
      roundIds: [round.id],
      seed: opts.seed,
      questionIds: opts.question ? [opts.question] : undefined,
      minutes: opts.minutes,
    }).catch((err: unknown) => {
      throw new CliError((err as Error).message);
    });
    const planned = view.loop.plan.rounds[0];
    const length = planned?.minutes ?? round.minutes;
    out(`${chosen.loop.title} — ${planned?.title ?? round.title}, ${length >= 1 ? `${Math.round(length)} minutes` : `${Math.round(length * 60)} seconds`}, with the ${planned?.interviewer ?? 'interviewer'}.`);
    if (planned) out(wrap(`Graded on: ${planned.grades.join('; ')}.`, ''));
    view = await service.dispatch(LOCAL_USER_ID, view.id, { type: 'start' });
    for (;;) {
      const loop = view.loop;
      if (loop.phase === 'finished' || loop.phase === 'abandoned') break;
      const ex = open(loop);
      const deadline = loop.rounds[loop.current]?.deadline ?? Date.now();
      if (!ex) throw new Error(`the loop is waiting in phase ${loop.phase}`);
      if (ex.status === 'pending') {
        out('');
        out(`Interviewer${ex.kind === 'follow-up' ? ' (follow-up)' : ''}: ${ex.prompt}`);
        if (ex.followUp) out(wrap(`(why: ${ex.followUp.reason})`));
        view = await service.dispatch(LOCAL_USER_ID, view.id, { type: 'question-shown', exchangeId: ex.id });
        continue;
      }
      const answer = await readAnswer(reader, ex.prompt, deadline, opts.editor === true);
      if (answer.kind === 'timeout') {
        out('');
        out(`⏱ Time is up. The round ends with what you answered${answer.draft.trim() ? '; your unfinished answer is kept as a draft' : ''}.`);
        view = await service.dispatch(LOCAL_USER_ID, view.id, { type: 'time-up', round: loop.current, ...(answer.draft.trim() ? { draft: answer.draft } : {}) });
        continue;
      }
      if (answer.kind === 'quit') {
        out('Round ended early.');
        view = await service.dispatch(LOCAL_USER_ID, view.id, { type: 'round-ended', ...(answer.draft.trim() ? { draft: answer.draft } : {}) });
        continue;
      }
      view = await service.dispatch(LOCAL_USER_ID, view.id, ex.kind === 'follow-up' ? { type: 'follow-up-answered', text: answer.text } : { type: 'answer-submitted', text: answer.text });
      const answered = view.loop.rounds[loop.current]?.exchanges.find((e) => e.id === ex.id);
      if (answered?.kind === 'follow-up') followUpFeedback(answered);
      else if (answered) feedback(answered);
      for (const e of view.effects) if (e.type === 'notice') out(e.message);
    }
    debrief(view);
    out('');
    out(`Saved as mock loop ${view.id}; open it in the web app under Mock loop (keeper serve).`);
  } finally {
    reader.close();
    await store.close();
  }
}

export function registerPracticeCommands(program: Command): void {
  program
    .command('practice')
    .description('Practise a behavioral round in the terminal: a question, a timer, your answer, feedback and follow-ups, then a verdict')
    .option('-r, --role <role>', `your role: ${ROLES.join(', ')}`, 'swe')
    .option('-l, --level <level>', `your level: ${LEVELS.join(', ')}`, 'L5')
    .option('-q, --question <id>', 'practise this question (ids: `keeper questions`); default: chosen for you')
    .option('--seed <seed>', 'seed for the question choice (the same seed and history give the same questions)')
    .option('-m, --minutes <n>', "length of the round in minutes (default: the loop's)", minutes)
    .option('-e, --editor', 'write every answer in $EDITOR instead of typing it here')
    .option('--pack <dir>', 'content pack folder (default: the shipped Netflix pack)')
    .option('-d, --data <dir>', 'data folder where the round is saved (default: $KEEPER_DATA or ./data)')
    .addHelpText(
      'after',
      '\nWhile answering: end an answer with a line containing only ".", type ":e" to open $EDITOR, ":q" to end the round.\n\nExample:\n  keeper practice --role swe --level L5 --minutes 10',
    )
    .action(async (opts: PracticeOptions) => {
      await practice(opts);
    });
}
