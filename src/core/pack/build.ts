/**
 * Assembles a Pack from already-parsed data files and checks it: schema per file kind,
 * then cross-references (unique ids, known values, design key points). Pure.
 */
import type { z } from 'zod';
import {
  guidanceFileSchema,
  loopSchema,
  packMetaSchema,
  planSchema,
  problemSchema,
  questionsFileSchema,
  valuesFileSchema,
  type Concept,
  type GuidanceFile,
  type Loop,
  type PackMeta,
  type Plan,
  type Problem,
  type Question,
  type Value,
} from './schema.js';

/** One parsed data file of a pack: its path relative to the pack folder and its data. */
export interface PackEntry {
  readonly path: string;
  readonly data: unknown;
}

/** A problem found in a pack: the file, the path of keys inside it, and what is wrong. */
export interface PackIssue {
  readonly file: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

export interface Pack {
  readonly meta: PackMeta;
  readonly values: readonly Value[];
  readonly concepts: readonly Concept[];
  readonly valueNotes: readonly string[];
  readonly questions: readonly Question[];
  readonly loops: readonly Loop[];
  readonly problems: readonly Problem[];
  readonly plans: readonly Plan[];
  readonly guidance: GuidanceFile;
  /** Data files under problems/<id>/ other than problem.yaml (e.g. tests.yaml), keyed by "<id>/<file>". */
  readonly problemFiles: Readonly<Record<string, unknown>>;
  /** Where each question came from (file and index), for error messages and the library. */
  readonly questionSource: Readonly<Record<string, { file: string; index: number }>>;
}

export type BuildResult = { ok: true; pack: Pack } | { ok: false; issues: PackIssue[] };

type Kind = 'meta' | 'values' | 'guidance' | 'loop' | 'questions' | 'plan' | 'problem' | 'problem-file';

/** Which kind of file a pack-relative path holds, or undefined for files that do not belong. */
export function fileKind(path: string): Kind | undefined {
  const p = path.replace(/\\/g, '/');
  if (p === 'pack.yaml') return 'meta';
  if (p === 'values.yaml') return 'values';
  if (p === 'guidance.yaml') return 'guidance';
  if (/^loops\/[^/]+\.yaml$/.test(p)) return 'loop';
  if (/^questions\/[^/]+\.yaml$/.test(p)) return 'questions';
  if (/^plans\/[^/]+\.yaml$/.test(p)) return 'plan';
  if (/^problems\/[^/]+\/problem\.yaml$/.test(p)) return 'problem';
  if (/^problems\/[^/]+\/[^/]+$/.test(p)) return 'problem-file';
  return undefined;
}

function check<T>(schema: z.ZodType<T>, entry: PackEntry, issues: PackIssue[]): T | undefined {
  const result = schema.safeParse(entry.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    issues.push({ file: entry.path, path: issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k)), message: issue.message });
  }
  return undefined;
}

export function buildPack(entries: readonly PackEntry[]): BuildResult {
  const issues: PackIssue[] = [];
  let meta: PackMeta | undefined;
  let valuesFile: z.infer<typeof valuesFileSchema> | undefined;
  let guidance: GuidanceFile | undefined;
  const loops: { loop: Loop; file: string }[] = [];
  const plans: { plan: Plan; file: string }[] = [];
  const problems: { problem: Problem; file: string }[] = [];
  const questions: { question: Question; file: string; index: number }[] = [];
  const problemFiles: Record<string, unknown> = {};

  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const entry of sorted) {
    const kind = fileKind(entry.path);
    switch (kind) {
      case 'meta':
        meta = check(packMetaSchema, entry, issues);
        break;
      case 'values':
        valuesFile = check(valuesFileSchema, entry, issues);
        break;
      case 'guidance':
        guidance = check(guidanceFileSchema, entry, issues);
        break;
      case 'loop': {
        const loop = check(loopSchema, entry, issues);
        if (loop) loops.push({ loop, file: entry.path });
        break;
      }
      case 'plan': {
        const plan = check(planSchema, entry, issues);
        if (plan) plans.push({ plan, file: entry.path });
        break;
      }
      case 'problem': {
        const problem = check(problemSchema, entry, issues);
        if (problem) {
          const folder = entry.path.split('/')[1];
          if (folder !== problem.id) {
            issues.push({ file: entry.path, path: ['id'], message: `id "${problem.id}" must match its folder name "${folder}"` });
          }
          problems.push({ problem, file: entry.path });
        }
        break;
      }
      case 'problem-file':
        problemFiles[entry.path.replace(/^problems\//, '')] = entry.data;
        break;
      case 'questions': {
        const file = check(questionsFileSchema, entry, issues);
        file?.questions.forEach((question, index) => questions.push({ question, file: entry.path, index }));
        break;
      }
      default:
        issues.push({
          file: entry.path,
          path: [],
          message:
            'file does not belong in a pack: expected pack.yaml, values.yaml, guidance.yaml, loops/*.yaml, questions/*.yaml, plans/*.yaml or problems/<id>/problem.yaml',
        });
    }
  }

  if (!meta && !issues.some((i) => i.file === 'pack.yaml')) issues.push({ file: 'pack.yaml', path: [], message: 'missing: every pack needs a pack.yaml with id, name, company and description' });
  if (!valuesFile && !issues.some((i) => i.file === 'values.yaml')) issues.push({ file: 'values.yaml', path: [], message: 'missing: every pack needs a values.yaml' });
  if (!guidance && !issues.some((i) => i.file === 'guidance.yaml')) issues.push({ file: 'guidance.yaml', path: [], message: 'missing: every pack needs a guidance.yaml (checklist, failure modes, levels)' });

  const valueIds = new Set(valuesFile?.values.map((v) => v.id) ?? []);
  if (valuesFile) {
    const seen = new Set<string>();
    valuesFile.values.forEach((v, i) => {
      if (seen.has(v.id)) issues.push({ file: 'values.yaml', path: ['values', i, 'id'], message: `duplicate value id "${v.id}"` });
      seen.add(v.id);
      v.mapsTo.forEach((m, j) => {
        if (!valueIds.has(m)) issues.push({ file: 'values.yaml', path: ['values', i, 'mapsTo', j], message: `unknown value "${m}"` });
      });
    });
  }
  const checkValues = (list: readonly string[], file: string, base: (string | number)[]): void => {
    if (!valuesFile) return;
    list.forEach((v, j) => {
      if (!valueIds.has(v)) issues.push({ file, path: [...base, j], message: `unknown value "${v}"; known values: ${[...valueIds].join(', ')}` });
    });
  };

  const questionIds = new Map<string, string>();
  for (const { question, file, index } of questions) {
    const where = ['questions', index];
    const previous = questionIds.get(question.id);
    if (previous) issues.push({ file, path: [...where, 'id'], message: `duplicate question id "${question.id}" (also in ${previous})` });
    questionIds.set(question.id, file);
    checkValues(question.values, file, [...where, 'values']);
    if (question.category === 'system-design' && question.keyPoints.length === 0) {
      issues.push({ file, path: [...where, 'keyPoints'], message: 'a system-design question needs rubric keyPoints' });
    }
    const kp = new Set<string>();
    question.keyPoints.forEach((p, j) => {
      if (kp.has(p.id)) issues.push({ file, path: [...where, 'keyPoints', j, 'id'], message: `duplicate key point id "${p.id}"` });
      kp.add(p.id);
    });
  }

  const loopIds = new Set<string>();
  for (const { loop, file } of loops) {
    if (loopIds.has(loop.id)) issues.push({ file, path: ['id'], message: `duplicate loop id "${loop.id}"` });
    loopIds.add(loop.id);
    loop.rounds.forEach((r, i) => checkValues(r.values, file, ['rounds', i, 'values']));
  }
  const problemIds = new Set<string>();
  for (const { problem, file } of problems) {
    if (problemIds.has(problem.id)) issues.push({ file, path: ['id'], message: `duplicate problem id "${problem.id}"` });
    problemIds.add(problem.id);
  }
  for (const { plan, file } of plans) {
    plan.phases.forEach((ph, i) => {
      if (ph.startDaysBefore < ph.endDaysBefore) {
        issues.push({ file, path: ['phases', i, 'startDaysBefore'], message: 'startDaysBefore must be at least endDaysBefore (a phase runs from further out toward the interview)' });
      }
    });
  }

  if (issues.length > 0 || !meta || !valuesFile || !guidance) return { ok: false, issues };
  const questionSource: Record<string, { file: string; index: number }> = {};
  for (const q of questions) questionSource[q.question.id] = { file: q.file, index: q.index };
  return {
    ok: true,
    pack: {
      meta,
      values: valuesFile.values,
      concepts: valuesFile.concepts,
      valueNotes: valuesFile.notes,
      questions: questions.map((q) => q.question),
      loops: loops.map((l) => l.loop),
      problems: problems.map((p) => p.problem),
      plans: plans.map((p) => p.plan),
      guidance,
      problemFiles,
      questionSource,
    },
  };
}
