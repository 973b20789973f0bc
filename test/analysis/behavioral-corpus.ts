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
import type { StarLabel, StarPart } from '../../src/core/analysis/index.js';

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
