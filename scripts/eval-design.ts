/**
 * Key-point precision/recall of the system-design analysis on the labelled development corpus
 * (test/fixtures/design/*.md: YAML front matter with the question id, a label and the key points
 * the answer covers, then the answer; an optional `<name>.mmd` beside it is the diagram).
 * Called by scripts/eval.ts (`npm run eval`); `--json` prints machine-readable lines, `--dev` leaves the
 * held-out answers out, `--errors` lists the development answers' misses and false credits.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadPack } from '../src/content/load-pack.js';
import { analyzeDesign } from '../src/core/design/index.js';
import type { Pack, Question } from '../src/core/pack/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = join(root, 'test', 'fixtures', 'design');

export interface CorpusAnswer {
  readonly file: string;
  readonly questionId: string;
  readonly label: string;
  readonly covers: readonly string[];
  readonly text: string;
  readonly diagram?: string;
}

export function loadDesignCorpus(dir: string = CORPUS_DIR): CorpusAnswer[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(dir, file), 'utf8');
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw);
      if (!m) throw new Error(`${file}: expected YAML front matter between --- lines`);
      const meta = parse(m[1] ?? '') as { question: string; label: string; covers?: string[] };
      const mmd = join(dir, file.replace(/\.md$/, '.mmd'));
      return {
        file,
        questionId: meta.question,
        label: meta.label,
        covers: meta.covers ?? [],
        text: m[2] ?? '',
        ...(existsSync(mmd) ? { diagram: readFileSync(mmd, 'utf8') } : {}),
      };
    });
}

export interface PromptFigures {
  readonly questionId: string;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly errors: { file: string; missed: string[]; extra: string[] }[];
}

export interface DesignEval {
  readonly answers: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly perPrompt: PromptFigures[];
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export function evaluateDesignCorpus(pack: Pack, corpus: readonly CorpusAnswer[]): DesignEval {
  const byPrompt = new Map<string, { tp: number; fp: number; fn: number; errors: PromptFigures['errors'] }>();
  for (const answer of corpus) {
    const question = pack.questions.find((q) => q.id === answer.questionId) as Question | undefined;
    if (!question) throw new Error(`${answer.file}: unknown question ${answer.questionId}`);
    const unknown = answer.covers.filter((id) => !question.keyPoints.some((k) => k.id === id));
    if (unknown.length > 0) throw new Error(`${answer.file}: unknown key points ${unknown.join(', ')}`);
    const result = analyzeDesign(answer.text, { pack, question, ...(answer.diagram ? { diagram: answer.diagram } : {}) });
    const found = new Set(result.rubric.points.filter((p) => p.covered).map((p) => p.id));
    const labelled = new Set(answer.covers);
    const f = byPrompt.get(question.id) ?? { tp: 0, fp: 0, fn: 0, errors: [] };
    const missed = [...labelled].filter((id) => !found.has(id));
    const extra = [...found].filter((id) => !labelled.has(id));
    f.tp += [...found].filter((id) => labelled.has(id)).length;
    f.fp += extra.length;
    f.fn += missed.length;
    if (missed.length || extra.length) f.errors.push({ file: answer.file, missed, extra });
    byPrompt.set(question.id, f);
  }
  const perPrompt = [...byPrompt.entries()].map(([questionId, f]) => ({
    questionId,
    ...f,
    precision: ratio(f.tp, f.tp + f.fp),
    recall: ratio(f.tp, f.tp + f.fn),
  }));
  const tp = perPrompt.reduce((s, p) => s + p.tp, 0);
  const fp = perPrompt.reduce((s, p) => s + p.fp, 0);
  const fn = perPrompt.reduce((s, p) => s + p.fn, 0);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { answers: corpus.length, precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), perPrompt };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** Labels that must never be listed answer by answer, nor counted in `--dev` runs. */
const HELD_OUT = new Set(['heldout']);

/**
 * Flags: `--json` machine-readable lines; `--dev` leaves the held-out answers out entirely (totals and
 * per-prompt figures); `--verbose` / `--errors` list each development answer's misses and false credits
 * (`--errors` also shows the cue and sentence behind each false credit) and imply `--dev`. Held-out
 * answers are never listed one by one.
 */
export default async function evalDesign(args: string[]): Promise<void> {
  const loaded = await loadPack(join(root, 'content', 'netflix'));
  if (!loaded.ok) {
    console.error(`design eval: the pack does not load:\n${loaded.issues.map((i) => `${i.file}:${i.line}: ${i.message}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }
  const all = loadDesignCorpus();
  const listErrors = args.includes('--verbose') || args.includes('--errors');
  const devOnly = args.includes('--dev') || listErrors;
  const corpus = devOnly ? all.filter((a) => !HELD_OUT.has(a.label)) : all;
  const result = evaluateDesignCorpus(loaded.pack, corpus);
  const labels = [...new Set(corpus.map((a) => a.label))].sort();
  const byLabel = labels.map((label) => ({ label, ...evaluateDesignCorpus(loaded.pack, corpus.filter((a) => a.label === label)) }));
  if (args.includes('--json')) {
    console.log(JSON.stringify({ eval: 'design.keypoints', answers: result.answers, precision: result.precision, recall: result.recall, f1: result.f1 }));
    for (const l of byLabel) console.log(JSON.stringify({ eval: 'design.keypoints.label', label: l.label, answers: l.answers, precision: l.precision, recall: l.recall }));
    for (const p of result.perPrompt) console.log(JSON.stringify({ eval: 'design.keypoints.prompt', questionId: p.questionId, precision: p.precision, recall: p.recall, tp: p.tp, fp: p.fp, fn: p.fn }));
    return;
  }
  console.log(`Design key points — ${result.answers} answers${devOnly ? ' (development labels only)' : ''}: precision ${pct(result.precision)}, recall ${pct(result.recall)}, F1 ${pct(result.f1)}`);
  for (const l of byLabel) console.log(`  ${l.label.padEnd(9)} ${String(l.answers).padStart(3)} answers: precision ${pct(l.precision)}, recall ${pct(l.recall)}`);
  const heldOutFiles = new Set(all.filter((a) => HELD_OUT.has(a.label)).map((a) => a.file));
  for (const p of result.perPrompt) {
    console.log(`  ${p.questionId.padEnd(40)} P ${pct(p.precision).padStart(6)}  R ${pct(p.recall).padStart(6)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`);
    if (!listErrors) continue;
    for (const e of p.errors) {
      if (heldOutFiles.has(e.file)) continue;
      console.log(`      ${e.file}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}]`);
      if (args.includes('--errors')) for (const line of explainExtras(loaded.pack, all, e)) console.log(`        ${line}`);
    }
  }
}

/** For each false credit: the cue and the sentence that credited it. */
function explainExtras(pack: Pack, corpus: readonly CorpusAnswer[], e: PromptFigures['errors'][number]): string[] {
  const answer = corpus.find((a) => a.file === e.file);
  const question = answer && (pack.questions.find((q) => q.id === answer.questionId) as Question | undefined);
  if (!answer || !question || e.extra.length === 0) return [];
  const result = analyzeDesign(answer.text, { pack, question, compareOtherQuestions: false, ...(answer.diagram ? { diagram: answer.diagram } : {}) });
  const out: string[] = [];
  for (const id of e.extra) {
    const point = result.rubric.points.find((p) => p.id === id);
    for (const h of point?.hits ?? []) {
      const s = result.sentences[h.sentence];
      out.push(`+${id} via "${h.cue}": ${(s?.text ?? '').replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  return out;
}
