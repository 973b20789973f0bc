/**
 * The labelled behavioral corpus (test/fixtures/behavioral/{dev,heldout}/*.yaml): loading,
 * building answer texts, aligning predicted sentences with gold ones, variants (result moved to
 * the front, a part removed) and the evaluation figures. Shared by scripts/eval-behavioral.ts
 * and test/analysis/corpus.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { analyzeBehavioral, labelStar, readAnswer, sequenceFeatures, STAR_LABELS, type BehavioralAnalysis, type StarModel, type StarLabel, type StarPart, type TrainingSequence } from '../../src/core/analysis/index.js';
import type { Pack, Question } from '../../src/core/pack/index.js';

export type Split = 'dev' | 'heldout';
const LETTER: Record<string, StarLabel> = { S: 'situation', T: 'task', A: 'action', R: 'result', O: 'other' };
export const STORY_ASKS = new Set(['failure', 'conflict', 'feedback', 'success', 'decision', 'any']);
export const PARTS: readonly StarPart[] = ['situation', 'task', 'action', 'result'];

export interface CorpusAnswer {
  readonly id: string;
  readonly split: Split;
  readonly file: string;
  readonly question: string;
  readonly asks: string;
  readonly values: readonly string[];
  readonly quality: 'strong' | 'mixed' | 'weak';
  readonly flags: readonly string[];
  readonly layout: 'spaces' | 'lines';
  readonly sentences: readonly { readonly label: StarLabel; readonly text: string }[];
}

export interface GoldSpan {
  readonly start: number;
  readonly end: number;
  readonly label: StarLabel;
}

const here = dirname(fileURLToPath(import.meta.url));
export const CORPUS_DIR = join(here, '..', 'fixtures', 'behavioral');

export function loadCorpus(split: Split, dir: string = CORPUS_DIR): CorpusAnswer[] {
  const folder = join(dir, split);
  const files = readdirSync(folder).filter((f) => f.endsWith('.yaml')).sort();
  const out: CorpusAnswer[] = [];
  for (const file of files) {
    const doc = parse(readFileSync(join(folder, file), 'utf8')) as { answers: Record<string, unknown>[] };
    for (const raw of doc.answers) {
      const sentences = (raw.sentences as [string, string][]).map(([l, text]) => {
        const label = LETTER[l];
        if (!label) throw new Error(`${file}: ${String(raw.id)}: unknown label ${l}`);
        return { label, text };
      });
      out.push({
        id: String(raw.id),
        split,
        file,
        question: String(raw.question),
        asks: String(raw.asks ?? 'any'),
        values: (raw.values as string[] | undefined) ?? [],
        quality: (raw.quality as CorpusAnswer['quality'] | undefined) ?? 'mixed',
        flags: (raw.flags as string[] | undefined) ?? [],
        layout: raw.layout === 'lines' ? 'lines' : 'spaces',
        sentences,
      });
    }
  }
  return out;
}

/** The answer's text and the character span of each gold sentence. */
export function answerText(a: Pick<CorpusAnswer, 'sentences' | 'layout'>): { text: string; gold: GoldSpan[] } {
  const sep = a.layout === 'lines' ? '\n' : ' ';
  let text = '';
  const gold: GoldSpan[] = [];
  a.sentences.forEach((s, k) => {
    if (k > 0) text += sep;
    gold.push({ start: text.length, end: text.length + s.text.length, label: s.label });
    text += s.text;
  });
  return { text, gold };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** For each gold sentence, the label of the predicted sentence that covers most of it. */
export function predictedForGold(gold: readonly GoldSpan[], predicted: readonly { start: number; end: number; star: StarLabel }[]): StarLabel[] {
  return gold.map((g) => {
    let best: StarLabel = 'other';
    let bestOverlap = 0;
    for (const p of predicted) {
      const o = overlap(g, p);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = p.star;
      }
    }
    return best;
  });
}

/** For each predicted sentence, the gold label it overlaps most (for training on our own segmentation). */
export function goldForPredicted(gold: readonly GoldSpan[], predicted: readonly { start: number; end: number }[]): StarLabel[] {
  return predicted.map((p) => {
    let best: StarLabel = 'other';
    let bestOverlap = 0;
    for (const g of gold) {
      const o = overlap(g, p);
      if (o > bestOverlap) {
        bestOverlap = o;
        best = g.label;
      }
    }
    return best;
  });
}

/** Expected flags: the written ones plus missing-* derived from the gold labels of a story answer. */
export function expectedFlags(a: CorpusAnswer): string[] {
  const flags = new Set(a.flags);
  if (STORY_ASKS.has(a.asks)) {
    const present = new Set(a.sentences.map((s) => s.label));
    for (const p of PARTS) if (!present.has(p)) flags.add(`missing-${p}`);
  }
  return [...flags].sort();
}

/** The answer with its result sentences moved to the front (in their order). */
export function resultFirst(a: CorpusAnswer): CorpusAnswer {
  const results = a.sentences.filter((s) => s.label === 'result');
  const rest = a.sentences.filter((s) => s.label !== 'result');
  return { ...a, id: `${a.id}~result-first`, sentences: [...results, ...rest] };
}

/** The answer without any sentence of `part`. */
export function withoutPart(a: CorpusAnswer, part: StarPart): CorpusAnswer {
  return { ...a, id: `${a.id}~no-${part}`, sentences: a.sentences.filter((s) => s.label !== part) };
}

/** Flag codes the corpus labels (others, like `passive-voice` or `truncated`, are informational and not scored). */
export const SCORED_FLAGS = new Set([
  'missing-situation', 'missing-task', 'missing-action', 'missing-result', 'no-metrics', 'vague', 'we-heavy', 'blame', 'no-reflection',
  'off-question', 'no-example', 'too-short', 'too-long', 'rambling', 'fillers', 'hedging', 'never-failed',
]);

// ---------------------------------------------------------------------------------------------
// Evaluation


export interface LabelStats {
  readonly label: StarLabel;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface FlagStats {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly perCode: Readonly<Record<string, { tp: number; fp: number; fn: number }>>;
}

export interface SplitReport {
  readonly answers: number;
  readonly sentences: number;
  readonly accuracy: number;
  /** Sentence accuracy of each file (writing session): [correct, total]. */
  readonly byFile: Readonly<Record<string, readonly [number, number]>>;
  readonly macroF1: number;
  readonly labels: readonly LabelStats[];
  readonly confusion: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly flags: FlagStats;
  readonly resultFirst: { readonly answers: number; readonly sentences: number; readonly accuracy: number };
  readonly removed: Readonly<Record<StarPart, { readonly variants: number; readonly reportedMissing: number; readonly rate: number }>>;
  readonly errors: readonly { readonly id: string; readonly text: string; readonly gold: StarLabel; readonly predicted: StarLabel }[];
  readonly flagErrors: readonly { readonly id: string; readonly missed: readonly string[]; readonly extra: readonly string[] }[];
}

/** The question an answer was written against: the pack's question when it exists, with the corpus's `asks` and target values. */
export function questionFor(a: CorpusAnswer, pack: Pack): Question {
  const q = pack.questions.find((x) => x.id === a.question);
  const asks = a.asks as Question['asks'];
  if (q) return { ...q, asks, values: [...a.values], targetSeconds: undefined };
  return {
    id: a.question, text: a.question, round: 'behavioral', category: 'behavioral', roles: ['swe'], levels: ['L5'], values: [...a.values],
    why: '-', howToAnswer: '-', evaluated: ['-'], followUps: ['-', '-'], redFlags: ['-'], sample: { text: '-' }, keyPoints: [], asks, tags: [],
  };
}

export function analyzeCorpusAnswer(a: CorpusAnswer, pack: Pack): BehavioralAnalysis {
  return analyzeBehavioral(answerText(a).text, { pack, question: questionFor(a, pack) });
}

const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function labelAccuracy(
  answers: readonly CorpusAnswer[],
  pack: Pack,
): { correct: number; total: number; confusion: Record<string, Record<string, number>>; errors: SplitReport['errors']; byFile: Record<string, [number, number]> } {
  let correct = 0;
  let total = 0;
  const byFile: Record<string, [number, number]> = {};
  const confusion: Record<string, Record<string, number>> = {};
  const errors: { id: string; text: string; gold: StarLabel; predicted: StarLabel }[] = [];
  for (const a of answers) {
    const { gold } = answerText(a);
    const analysis = analyzeCorpusAnswer(a, pack);
    const predicted = predictedForGold(gold, analysis.sentences);
    const file = (byFile[a.file] ??= [0, 0]);
    a.sentences.forEach((s, k) => {
      const p = predicted[k] ?? 'other';
      total += 1;
      file[1] += 1;
      if (p === s.label) {
        correct += 1;
        file[0] += 1;
      }
      else errors.push({ id: a.id, text: s.text, gold: s.label, predicted: p });
      const row = (confusion[s.label] ??= {});
      row[p] = (row[p] ?? 0) + 1;
    });
  }
  return { correct, total, confusion, errors, byFile };
}

export function evaluateSplit(answers: readonly CorpusAnswer[], pack: Pack): SplitReport {
  const { correct, total, confusion, errors, byFile } = labelAccuracy(answers, pack);
  const labels: LabelStats[] = STAR_LABELS.map((label) => {
    const row = confusion[label] ?? {};
    const tp = row[label] ?? 0;
    const support = Object.values(row).reduce((x, y) => x + y, 0);
    let fp = 0;
    for (const other of STAR_LABELS) if (other !== label) fp += confusion[other]?.[label] ?? 0;
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, support);
    return { label, precision: round3(precision), recall: round3(recall), f1: round3(ratio(2 * precision * recall, precision + recall)), support };
  });
  const present = labels.filter((l) => l.support > 0);
  const macroF1 = round3(present.reduce((s, l) => s + l.f1, 0) / Math.max(1, present.length));

  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perCode: Record<string, { tp: number; fp: number; fn: number }> = {};
  const flagErrors: { id: string; missed: string[]; extra: string[] }[] = [];
  for (const a of answers) {
    const expected = new Set(expectedFlags(a).filter((f) => SCORED_FLAGS.has(f)));
    const got = new Set(analyzeCorpusAnswer(a, pack).flags.map((f) => f.code as string).filter((f) => SCORED_FLAGS.has(f)));
    const missed: string[] = [];
    const extra: string[] = [];
    for (const code of new Set([...expected, ...got])) {
      const c = (perCode[code] ??= { tp: 0, fp: 0, fn: 0 });
      if (expected.has(code) && got.has(code)) {
        c.tp += 1;
        tp += 1;
      } else if (got.has(code)) {
        c.fp += 1;
        fp += 1;
        extra.push(code);
      } else {
        c.fn += 1;
        fn += 1;
        missed.push(code);
      }
    }
    if (missed.length || extra.length) flagErrors.push({ id: a.id, missed: missed.sort(), extra: extra.sort() });
  }

  const rfAnswers = answers.filter((a) => a.sentences.some((s) => s.label === 'result') && a.sentences.some((s) => s.label !== 'result'));
  const rf = labelAccuracy(rfAnswers.map(resultFirst), pack);
  const removed = {} as Record<StarPart, { variants: number; reportedMissing: number; rate: number }>;
  for (const part of PARTS) {
    let variants = 0;
    let reported = 0;
    for (const a of answers) {
      if (!STORY_ASKS.has(a.asks)) continue;
      if (!a.sentences.some((s) => s.label === part) || !a.sentences.some((s) => s.label !== part)) continue;
      variants += 1;
      if (analyzeCorpusAnswer(withoutPart(a, part), pack).star.missing.includes(part)) reported += 1;
    }
    removed[part] = { variants, reportedMissing: reported, rate: round3(ratio(reported, variants)) };
  }
  return {
    answers: answers.length,
    sentences: total,
    accuracy: round3(ratio(correct, total)),
    byFile,
    macroF1,
    labels,
    confusion,
    flags: { tp, fp, fn, precision: round3(ratio(tp, tp + fp)), recall: round3(ratio(tp, tp + fn)), perCode },
    resultFirst: { answers: rfAnswers.length, sentences: rf.total, accuracy: round3(ratio(rf.correct, rf.total)) },
    removed,
    errors,
    flagErrors,
  };
}

/** Removed-part rate over all four parts together. */
export function removedRate(r: SplitReport): number {
  const v = PARTS.reduce((s, p) => s + r.removed[p].variants, 0);
  const m = PARTS.reduce((s, p) => s + r.removed[p].reportedMissing, 0);
  return round3(ratio(m, v));
}

/** Training data for the STAR labeller: each answer plus its result-first and part-removed variants. */
export function trainingSequences(answers: readonly CorpusAnswer[]): TrainingSequence[] {
  const all: CorpusAnswer[] = [];
  for (const a of answers) {
    all.push(a);
    if (a.sentences.some((s) => s.label === 'result') && a.sentences[0]?.label !== 'result') all.push(resultFirst(a));
    for (const p of PARTS) if (a.sentences.some((s) => s.label === p) && a.sentences.some((s) => s.label !== p)) all.push(withoutPart(a, p));
  }
  return all.map((a) => {
    const { text, gold } = answerText(a);
    const read = readAnswer(text);
    const sentences = read.sentences.filter((s) => s.wordCount > 0);
    return { features: sequenceFeatures(sentences), labels: goldForPredicted(gold, sentences) };
  });
}

/** Labelling figures of a given labeller model (for cross-validation, without the shipped weights). */
export function labelStarWith(
  model: StarModel,
  answers: readonly CorpusAnswer[],
): { correct: number; total: number; rfCorrect: number; rfTotal: number; removed: number; removedOf: number; byPart: Record<StarPart, [number, number]> } {
  const run = (a: CorpusAnswer): { gold: GoldSpan[]; predicted: StarLabel[]; labels: readonly StarLabel[] } => {
    const { text, gold } = answerText(a);
    const sentences = readAnswer(text).sentences.filter((s) => s.wordCount > 0);
    const { labels } = labelStar(sentences, model);
    return { gold, labels, predicted: predictedForGold(gold, sentences.map((s, k) => ({ start: s.start, end: s.end, star: labels[k] ?? 'other' }))) };
  };
  let correct = 0;
  let total = 0;
  let rfCorrect = 0;
  let rfTotal = 0;
  let removed = 0;
  let removedOf = 0;
  const byPart: Record<StarPart, [number, number]> = { situation: [0, 0], task: [0, 0], action: [0, 0], result: [0, 0] };
  for (const a of answers) {
    const { predicted } = run(a);
    a.sentences.forEach((s, k) => {
      total += 1;
      if (predicted[k] === s.label) correct += 1;
    });
    if (a.sentences.some((s) => s.label === 'result') && a.sentences.some((s) => s.label !== 'result')) {
      const v = resultFirst(a);
      const r = run(v);
      v.sentences.forEach((s, k) => {
        rfTotal += 1;
        if (r.predicted[k] === s.label) rfCorrect += 1;
      });
    }
    if (!STORY_ASKS.has(a.asks)) continue;
    for (const part of PARTS) {
      if (!a.sentences.some((s) => s.label === part) || !a.sentences.some((s) => s.label !== part)) continue;
      removedOf += 1;
      byPart[part][1] += 1;
      if (!run(withoutPart(a, part)).labels.includes(part)) {
        removed += 1;
        byPart[part][0] += 1;
      }
    }
  }
  return { correct, total, rfCorrect, rfTotal, removed, removedOf, byPart };
}
