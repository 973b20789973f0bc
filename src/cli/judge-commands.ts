/**
 * `keeper judge PROBLEM-ID FILE [--json] [--public]` runs a solution file against a problem's tests
 * in the sandboxed judge; `keeper problems` lists the problems. Exit 0 whatever the verdict; exit 2
 * only when the judge cannot run (unknown problem, unreadable file).
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadPack } from '../content/load-pack.js';
import type { Problem } from '../core/pack/index.js';
import { createJudge, loadProblem, problemTests, type JudgeResult, type TestsFile } from '../judge/index.js';
import { CliError } from './pack-io.js';
import { DEFAULT_PACK_DIR } from './paths.js';

interface JudgeOptions {
  json?: boolean;
  public?: boolean;
  pack?: string;
}

/** The problem and its tests from the pack; falls back to the problem's own folder if another pack file is broken. */
async function findProblem(packDir: string, id: string): Promise<{ problem: Problem; tests: TestsFile; all: string[] }> {
  const loaded = await loadPack(packDir);
  if (loaded.ok) {
    const found = problemTests(loaded.pack, id);
    const all = loaded.pack.problems.map((p) => p.id);
    if (found.ok) return { problem: found.problem, tests: found.tests, all };
    if (!all.includes(id)) throw new CliError(`Unknown problem "${id}". Known problems: ${all.join(', ')}`, 2);
    throw new CliError(`Problem "${id}" cannot be judged: ${found.issues.map((i) => i.message).join('; ')}`, 2);
  }
  try {
    const one = await loadProblem(packDir, id);
    return { problem: one.problem, tests: one.tests, all: [id] };
  } catch (err) {
    throw new CliError(`Unknown or invalid problem "${id}" in ${packDir}: ${(err as Error).message.split('\n')[0] ?? ''}`, 2);
  }
}

async function readSource(file: string): Promise<string> {
  try {
    if (file === '-') {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    }
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new CliError(`Cannot read ${file}: ${(err as Error).message}`, 2);
  }
}

export function formatResult(r: JudgeResult, file: string): string {
  const lines: string[] = [];
  lines.push(`${r.problem}: ${r.verdict.toUpperCase()} — ${r.passed}/${r.total} tests passed in ${r.ms} ms (${r.mode === 'run' ? 'public tests' : 'all tests'})`);
  for (const d of r.diagnostics ?? []) lines.push(`${file}:${d.line}:${d.column}: ${d.message}`);
  for (const t of r.tests) {
    const mark = t.passed ? 'ok  ' : 'FAIL';
    const where = t.visibility === 'hidden' ? ` [${t.category}]` : '';
    lines.push(`  ${mark} ${t.name}${where} (${t.ms} ms)${t.passed ? '' : `\n       ${t.message}`}`);
    if (t.output) lines.push(...t.output.split('\n').slice(0, 10).map((o) => `       | ${o}`));
  }
  if (r.verdict !== 'accepted' && r.verdict !== 'compile-error') lines.push(r.message);
  return lines.join('\n');
}

export function registerJudgeCommands(program: Command): void {
  program
    .command('judge')
    .description('Run a solution file against a coding problem in the sandboxed judge (exit 0 whatever the verdict)')
    .argument('<problem-id>', 'problem id, e.g. ttl-cache (see `keeper problems`)')
    .argument('<file>', 'TypeScript or JavaScript file with the solution, or - for standard input')
    .option('--json', 'print the judge result as JSON (CONTRACTS.md "Judge")')
    .option('--public', 'run the public tests only, like Run on the coding page')
    .option('--pack <dir>', 'content pack folder (default: the shipped Netflix pack)')
    .addHelpText('after', '\nExample:\n  keeper judge ttl-cache solution.ts\n  keeper judge task-order order.js --public --json')
    .action(async (id: string, file: string, opts: JudgeOptions) => {
      const { problem, tests } = await findProblem(opts.pack ?? process.env.KEEPER_PACK ?? DEFAULT_PACK_DIR, id);
      const code = await readSource(file);
      const judge = createJudge({ workers: 1 });
      try {
        const result = await judge.judge(problem, tests, code, opts.public ? 'run' : 'submit');
        process.stdout.write(`${opts.json ? JSON.stringify(result) : formatResult(result, file)}\n`);
      } finally {
        judge.close();
      }
    });

  program
    .command('problems')
    .description('List the coding problems')
    .option('--json', 'print a JSON array')
    .option('--pack <dir>', 'content pack folder (default: the shipped Netflix pack)')
    .action(async (opts: { json?: boolean; pack?: string }) => {
      const dir = opts.pack ?? process.env.KEEPER_PACK ?? DEFAULT_PACK_DIR;
      const loaded = await loadPack(dir);
      if (!loaded.ok) throw new CliError(`The content pack in ${dir} is not valid; run \`keeper pack validate ${dir}\`.`);
      const list = loaded.pack.problems.map((p) => ({ id: p.id, title: p.title, difficulty: p.difficulty, summary: p.summary }));
      process.stdout.write(opts.json ? `${JSON.stringify(list)}\n` : `${list.map((p) => `${p.id.padEnd(28)} ${p.difficulty.padEnd(7)} ${p.title}`).join('\n')}\n`);
    });
}
