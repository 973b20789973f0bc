/**
 * `keeper analyze [--question ID] [--json] [FILE]` analyses one answer (FILE or standard input);
 * `keeper analyze --jsonl` reads JSON lines `{ "text": "…", "questionId"?: "…" }` on standard input
 * and writes one analysis JSON per line, in order (CONTRACTS.md). Without a question the answer is
 * treated as behavioral; a system-design question id gives the design analysis.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { analyzeAnswer, type AnswerAnalysis } from '../core/analyze.js';
import type { BehavioralAnalysis } from '../core/analysis/index.js';
import { findQuestion, type Pack, type Question } from '../core/pack/index.js';
import { CliError, loadPackOrExit } from './pack-io.js';
import { wrapText } from './text.js';

interface AnalyzeOptions {
  question?: string;
  json?: boolean;
  jsonl?: boolean;
  pack?: string;
}

/** Longest input read, in characters; the analysis itself looks at the first 12,000. */
const MAX_INPUT_CHARS = 1_000_000;
const LETTER: Record<string, string> = { situation: 'S', task: 'T', action: 'A', result: 'R', other: '·' };

async function readAll(file: string | undefined): Promise<string> {
  try {
    if (!file || file === '-') {
      if (process.stdin.isTTY) process.stderr.write('Type or paste the answer, then press Ctrl-D.\n');
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of process.stdin) {
        const b = chunk as Buffer;
        size += b.length;
        if (size <= MAX_INPUT_CHARS * 4) chunks.push(b);
      }
      return Buffer.concat(chunks).toString('utf8').slice(0, MAX_INPUT_CHARS);
    }
    return (await readFile(file, 'utf8')).slice(0, MAX_INPUT_CHARS);
  } catch (err) {
    throw new CliError(`Cannot read ${file ?? 'standard input'}: ${(err as Error).message}`, 2);
  }
}

function questionOrExit(pack: Pack, id: string | undefined): Question | undefined {
  if (id === undefined) return undefined;
  const q = findQuestion(pack, id);
  if (!q) throw new CliError(`There is no question "${id}". List question ids with \`keeper questions\`.`, 2);
  return q;
}

function wrap(text: string, indent: string, width = 96): string {
  return wrapText(text, width, '', indent);
}

/** A readable report of a behavioral analysis for the terminal. */
export function formatBehavioral(a: BehavioralAnalysis, question?: Question): string {
  const out: string[] = [];
  if (question) out.push(wrap(`Question: ${question.text}`, '  '), '');
  out.push(`Score ${a.score}/100 — ${a.verdict}`);
  out.push(`STAR ${a.star.sequence || '-'}${a.star.missing.length > 0 ? `   missing: ${a.star.missing.join(', ')}` : ''}`);
  out.push('');
  for (const s of a.sentences) out.push(`${String(s.index + 1).padStart(3)} ${LETTER[s.star] ?? '?'}  ${wrap(s.text, '       ')}`);
  if (a.values.length > 0 || a.missingValues.length > 0) {
    out.push('', 'Values:');
    for (const v of a.values) out.push(`  ${v.name}${v.target ? ' (target)' : ''}: sentences ${v.evidence.map((e) => e + 1).join(', ')}`);
    if (a.missingValues.length > 0) out.push(`  Not shown (targeted): ${a.missingValues.join(', ')}`);
  }
  out.push('', 'Dimensions:');
  for (const d of a.dimensions) out.push(`  ${d.name.padEnd(12)} ${d.score}/4  ${wrap(d.reason, ' '.repeat(21))}`);
  if (a.flags.length > 0) {
    out.push('', 'Flags:');
    for (const f of a.flags) out.push(`  - ${f.code}: ${wrap(f.message, '    ')}`);
  }
  out.push('', 'Fixes:');
  a.fixes.forEach((f, i) => out.push(`  ${i + 1}. ${wrap(f, '     ')}`));
  out.push('', wrap(`Follow-up: ${a.followUp}`, '  '));
  return out.join('\n');
}

function formatAny(a: AnswerAnalysis, question?: Question): string {
  if (a.kind === 'behavioral') return formatBehavioral(a, question);
  return JSON.stringify(a, null, 2);
}

async function runJsonl(pack: Pack): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  let failures = 0;
  for await (const raw of rl) {
    n += 1;
    const line = raw.trim();
    if (line.length === 0) continue;
    let result: unknown;
    try {
      const item = JSON.parse(line) as unknown;
      if (!item || typeof item !== 'object' || typeof (item as { text?: unknown }).text !== 'string') {
        throw new Error('each line must be a JSON object with a "text" string (and optionally "questionId")');
      }
      const { text, questionId } = item as { text: string; questionId?: unknown };
      if (questionId !== undefined && typeof questionId !== 'string') throw new Error('"questionId" must be a string');
      const question = questionId === undefined ? undefined : findQuestion(pack, questionId);
      if (questionId !== undefined && !question) throw new Error(`there is no question "${questionId}" (list them with \`keeper questions\`)`);
      result = analyzeAnswer(pack, { answer: text.slice(0, MAX_INPUT_CHARS), question });
    } catch (err) {
      failures += 1;
      result = { error: { code: 'BAD_LINE', message: `line ${n}: ${(err as Error).message}` }, line: n };
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
  return failures;
}

export function registerAnalyzeCommands(program: Command): void {
  program
    .command('analyze')
    .description('Analyse an answer: STAR parts, values, dimensions, flags, fixes and the follow-up')
    .argument('[file]', 'text file with the answer (default: standard input)')
    .option('-q, --question <id>', 'the question answered (see `keeper questions`); a design question gives the design analysis')
    .option('--json', 'print the analysis as one JSON object (CONTRACTS.md)')
    .option('--jsonl', 'batch: read JSON lines {"text": "…", "questionId"?: "…"} on standard input, write one analysis JSON per line')
    .option('--pack <dir>', 'content pack folder (default: the shipped Netflix pack)')
    .addHelpText(
      'after',
      '\nExamples:\n  keeper analyze answer.txt --question courage-challenged-senior\n  echo "I led the migration…" | keeper analyze --json\n  keeper analyze --jsonl < answers.jsonl > analyses.jsonl',
    )
    .action(async (file: string | undefined, opts: AnalyzeOptions) => {
      const pack = await loadPackOrExit(opts.pack);
      if (opts.jsonl) {
        if (file) throw new CliError('--jsonl reads standard input; do not pass a file (use `keeper analyze --jsonl < file.jsonl`).', 2);
        const failures = await runJsonl(pack);
        if (failures > 0) {
          process.stderr.write(`${failures} line(s) could not be analysed; their output lines hold an "error" object.\n`);
          process.exitCode = 1;
        }
        return;
      }
      const question = questionOrExit(pack, opts.question);
      const text = await readAll(file);
      const analysis = analyzeAnswer(pack, { answer: text, question });
      process.stdout.write(`${opts.json ? JSON.stringify(analysis) : formatAny(analysis, question)}\n`);
    });
}
