/**
 * Reads one problem straight from its folder (problem.yaml, tests.yaml, reference.ts, buggy/*.ts),
 * without loading the rest of the pack. Used by the judge's own tests, the benchmark and tools;
 * the app normally goes through the loaded pack (see problems.ts).
 */
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { problemSchema, type Problem } from '../core/pack/index.js';
import { checkTests, problemSources, type ProblemSources } from './problems.js';
import { testsFileSchema, type TestsFile } from './test-schema.js';

/** The pack shipped with Keeper (from src/judge or dist/judge alike). */
export const SHIPPED_PACK_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'content', 'netflix');

export interface LoadedProblem {
  readonly problem: Problem;
  readonly tests: TestsFile;
  readonly sources: ProblemSources;
}

/** Ids of all problems in a pack folder (sub-folders of problems/ that hold a problem.yaml). */
export async function listProblemIds(packDir: string): Promise<string[]> {
  const dir = join(packDir, 'problems');
  const items = await readdir(dir, { withFileTypes: true });
  const ids: string[] = [];
  for (const item of items) {
    if (!item.isDirectory()) continue;
    try {
      await readFile(join(dir, item.name, 'problem.yaml'));
      ids.push(item.name);
    } catch {
      /* not a problem folder */
    }
  }
  return ids.sort();
}

/** Loads and validates one problem folder; throws with every issue listed when it is invalid. */
export async function loadProblem(packDir: string, id: string): Promise<LoadedProblem> {
  const dir = join(packDir, 'problems', id);
  const problemData: unknown = parse(await readFile(join(dir, 'problem.yaml'), 'utf8'));
  const testsData: unknown = parse(await readFile(join(dir, 'tests.yaml'), 'utf8'));
  const p = problemSchema.safeParse(problemData);
  const t = testsFileSchema.safeParse(testsData);
  const issues: string[] = [];
  if (!p.success) issues.push(...p.error.issues.map((i) => `problem.yaml ${i.path.join('.')}: ${i.message}`));
  if (!t.success) issues.push(...t.error.issues.map((i) => `tests.yaml ${i.path.join('.')}: ${i.message}`));
  if (p.success && t.success) {
    if (p.data.id !== id) issues.push(`problem.yaml id: "${p.data.id}" must match the folder name "${id}"`);
    issues.push(...checkTests(p.data, t.data).map((m) => `tests.yaml: ${m}`));
  }
  if (issues.length > 0 || !p.success || !t.success) throw new Error(`problem ${id} is invalid:\n${issues.join('\n')}`);
  return { problem: p.data, tests: t.data, sources: await problemSources(packDir, id) };
}
