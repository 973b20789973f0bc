/**
 * Finding a problem's judge data in a loaded pack (tests.yaml, validated here) and its source files
 * on disk (reference.ts, buggy/*.ts), which the pack loader leaves out because they are not data.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Pack, Problem } from '../core/pack/index.js';
import { testsFileSchema, type TestsFile } from './test-schema.js';

export interface JudgeIssue {
  readonly file: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export type ProblemTests = { ok: true; problem: Problem; tests: TestsFile } | { ok: false; issues: JudgeIssue[] };

/** The problem and its validated tests, or what is wrong with them. */
export function problemTests(pack: Pack, id: string): ProblemTests {
  const problem = pack.problems.find((p) => p.id === id);
  const file = `problems/${id}/tests.yaml`;
  if (!problem) return { ok: false, issues: [{ file: `problems/${id}/problem.yaml`, path: [], message: `unknown problem "${id}"` }] };
  const data = pack.problemFiles[`${id}/tests.yaml`];
  if (data === undefined) return { ok: false, issues: [{ file, path: [], message: 'missing: every problem needs a tests.yaml' }] };
  const parsed = testsFileSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ file, path: i.path.map((k) => (typeof k === 'symbol' ? String(k) : k)), message: i.message })) };
  }
  const issues = checkTests(problem, parsed.data).map((message) => ({ file, path: [], message }));
  return issues.length > 0 ? { ok: false, issues } : { ok: true, problem, tests: parsed.data };
}

/** Cross-checks that the schema cannot express: counts, names, the shape of steps for the entry kind. */
export function checkTests(problem: Problem, tests: TestsFile): string[] {
  const out: string[] = [];
  const pub = tests.cases.filter((c) => c.visibility === 'public').length;
  const hidden = tests.cases.length - pub;
  if (pub < 5) out.push(`needs at least 5 public cases (has ${pub})`);
  if (hidden < 15) out.push(`needs at least 15 hidden cases (has ${hidden})`);
  const names = new Set<string>();
  tests.cases.forEach((c, i) => {
    if (names.has(c.name)) out.push(`cases.${i}: duplicate case name "${c.name}"`);
    names.add(c.name);
    const steps = c.steps.flatMap((s) => (s.steps ? s.steps : [s]));
    if (problem.entry.kind === 'class' && steps.some((s) => s.call === undefined)) out.push(`cases.${i} (${c.name}): every step of a class problem names the method to \`call\``);
    if (problem.entry.kind === 'function' && steps.some((s) => s.call !== undefined)) out.push(`cases.${i} (${c.name}): steps of a function problem call the function itself; leave out \`call\``);
    if (problem.entry.kind === 'function' && c.new) out.push(`cases.${i} (${c.name}): \`new\` is only for class problems`);
  });
  return out;
}

export interface ProblemSources {
  /** The reference solution (TypeScript), shown after a submission. */
  readonly reference: string;
  /** Deliberately wrong solutions, keyed by file name without `.ts` (e.g. "falsy-miss"). */
  readonly buggy: Readonly<Record<string, string>>;
}

/** Reads reference.ts and buggy/*.ts of a problem from the pack folder. */
export async function problemSources(packDir: string, id: string): Promise<ProblemSources> {
  const dir = join(packDir, 'problems', id);
  const reference = await readFile(join(dir, 'reference.ts'), 'utf8');
  const buggy: Record<string, string> = {};
  let files: string[] = [];
  try {
    files = (await readdir(join(dir, 'buggy'))).filter((f) => f.endsWith('.ts')).sort();
  } catch {
    files = [];
  }
  for (const f of files) buggy[f.replace(/\.ts$/, '')] = await readFile(join(dir, 'buggy', f), 'utf8');
  return { reference, buggy };
}
