/**
 * System-design analysis speed: `analysis.design.1500w` — a 1,500-word Markdown answer with a
 * Mermaid diagram, analysed against its question (including the comparison with the other design
 * questions of the shipped pack). Target p50 ≤ 15 ms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPack } from '../src/content/load-pack.js';
import { analyzeDesign } from '../src/core/design/index.js';
import { timeIt, type BenchResult } from './stats.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const names = ['analysis.design.1500w', 'analysis.design.1500w.mixed'];

function body(file: string): string {
  return readFileSync(join(root, 'test', 'fixtures', 'design', file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** A realistic long answer: streaming, CDN and live-event material, cut at 1,500 words. */
export function answer1500(): string {
  const parts = ['design-streaming-service.strong.md', 'design-global-cdn.strong.md', 'design-concurrent-live-streams.strong.md', 'design-adaptive-streaming.strong.md'].map(body);
  const words = parts.join('\n\n').split(/(?<=\s)/);
  let out = '';
  let count = 0;
  for (const w of words) {
    if (w.trim()) count++;
    if (count > 1500) break;
    out += w;
  }
  return out;
}

/** Partial and paraphrased answers to every prompt, cut at 1,500 words. */
function mixedAnswer(): string {
  const dir = join(root, 'test', 'fixtures', 'design');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.partial.md') || f.endsWith('.paraphrase.md'))
    .sort()
    .map(body)
    .join('\n\n')
    .split(/\s+/)
    .slice(0, 1500)
    .join(' ');
}

export default async function designBench(): Promise<BenchResult[]> {
  const loaded = await loadPack(join(root, 'content', 'netflix'));
  if (!loaded.ok) throw new Error('the shipped pack does not load');
  const pack = loaded.pack;
  const question = pack.questions.find((q) => q.id === 'design-streaming-service');
  if (!question) throw new Error('design-streaming-service is missing from the pack');
  const text = answer1500();
  const diagram = readFileSync(join(root, 'test', 'fixtures', 'design', 'design-adaptive-streaming.strong.mmd'), 'utf8');
  const words = text.split(/\s+/).filter(Boolean).length;
  const result = await timeIt('analysis.design.1500w', 200, () => analyzeDesign(text, { pack, question, diagram }), 30);
  // Worst case for the off-question comparison: 1,500 words touching many prompts at once.
  const mixed = mixedAnswer();
  const worst = await timeIt('analysis.design.1500w.mixed', 100, () => analyzeDesign(mixed, { pack, question }), 20);
  return [{ ...result, words }, { ...worst, words: mixed.split(/\s+/).filter(Boolean).length }];
}
