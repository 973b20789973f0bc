/** `keeper pack validate` and `keeper questions`. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { formatIssue, loadPack } from '../content/load-pack.js';
import { filterQuestions, type Question } from '../core/pack/index.js';
import { loadPackOrExit } from './pack-io.js';
import { DEFAULT_PACK_DIR } from './paths.js';

export function registerPackCommands(program: Command): void {
  const pack = program.command('pack').description('Work with content packs (loops, values, questions, problems, plans)');
  pack
    .command('validate [dir]')
    .description('Check a content pack; prints one `file:line: problem` per problem and exits 1 if any')
    .action(async (dir?: string) => {
      const folder = dir ? resolve(dir) : DEFAULT_PACK_DIR;
      const result = await loadPack(folder);
      if (result.ok) {
        const p = result.pack;
        process.stdout.write(
          `${dir ?? folder}: valid — ${p.questions.length} questions, ${p.values.length} values, ${p.loops.length} loops, ${p.problems.length} problems, ${p.plans.length} plans\n`,
        );
        return;
      }
      for (const issue of result.issues) process.stdout.write(`${formatIssue(dir ?? folder, issue)}\n`);
      process.stderr.write(`${result.issues.length} problem${result.issues.length === 1 ? '' : 's'} found.\n`);
      process.exitCode = 1;
    });

  program
    .command('questions')
    .description('List questions from the pack, optionally filtered')
    .option('--round <round>', 'round kind, e.g. behavioral, system-design, hiring-manager, director, coding, domain')
    .option('--category <category>', 'category, e.g. behavioral, leadership, manager, data-science, machine-learning, product')
    .option('--value <value>', 'target value, e.g. courage, candor, judgment')
    .option('--role <role>', 'role: swe, em, ds, mle, pm')
    .option('--level <level>', 'level: L3–L7, manager, director')
    .option('-q, --search <text>', 'free-text search')
    .option('--json', 'print a JSON array (id, text, round, category, values, roles, levels, keyPoints…)')
    .option('--pack <dir>', 'content pack folder (default: the shipped Netflix pack)')
    .action(async (opts: { round?: string; category?: string; value?: string; role?: string; level?: string; search?: string; json?: boolean; pack?: string }) => {
      const p = await loadPackOrExit(opts.pack);
      const list = filterQuestions(p, { round: opts.round, category: opts.category, value: opts.value, role: opts.role, level: opts.level, q: opts.search });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(list.map(toJson), null, 2)}\n`);
        return;
      }
      for (const q of list) process.stdout.write(`${q.id.padEnd(44)} ${q.round.padEnd(16)} ${q.text}\n`);
      process.stderr.write(`${list.length} question${list.length === 1 ? '' : 's'}\n`);
    });
}

function toJson(q: Question): Record<string, unknown> {
  const { keyPoints, ...rest } = q;
  return { ...rest, keyPoints: keyPoints.map((k) => ({ id: k.id, text: k.text })) };
}
