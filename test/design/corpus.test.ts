/**
 * The design engine against its labelled development corpus (test/fixtures/design): key-point
 * precision and recall, separation between prompts, determinism.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../src/content/load-pack.js';
import { analyzeDesign } from '../../src/core/design/index.js';
import type { Pack, Question } from '../../src/core/pack/index.js';
import { evaluateDesignCorpus, loadDesignCorpus, type CorpusAnswer } from '../../scripts/eval-design.js';

let pack: Pack;
let corpus: CorpusAnswer[];
let designQuestions: Question[];

beforeAll(async () => {
  const loaded = await loadPack('content/netflix');
  if (!loaded.ok) throw new Error(`pack does not load: ${JSON.stringify(loaded.issues.slice(0, 3))}`);
  pack = loaded.pack;
  corpus = loadDesignCorpus();
  designQuestions = pack.questions.filter((q) => q.category === 'system-design');
});

function coverage(answer: CorpusAnswer, question: Question): number {
  return analyzeDesign(answer.text, { pack, question, compareOtherQuestions: false, ...(answer.diagram ? { diagram: answer.diagram } : {}) }).rubric.coverage;
}

describe('design corpus', () => {
  it('has at least a strong and a partial answer for every design prompt', () => {
    expect(designQuestions.length).toBeGreaterThanOrEqual(16);
    for (const q of designQuestions) {
      const labels = corpus.filter((a) => a.questionId === q.id).map((a) => a.label);
      expect(labels, q.id).toContain('strong');
      expect(labels, q.id).toContain('partial');
    }
  });

  it('finds the labelled key points with precision and recall of at least 85%', () => {
    const result = evaluateDesignCorpus(pack, corpus);
    expect(result.answers).toBeGreaterThanOrEqual(2 * designQuestions.length);
    expect(result.precision).toBeGreaterThanOrEqual(0.85);
    expect(result.recall).toBeGreaterThanOrEqual(0.85);
    for (const p of result.perPrompt) expect(p.precision, p.questionId).toBeGreaterThanOrEqual(0.75);
  });

  it('scores a full answer far lower on every other prompt than on its own (all pairs)', () => {
    const ratios: number[] = [];
    for (const answer of corpus.filter((a) => a.label === 'strong' || a.label === 'paraphrase')) {
      const ownQuestion = designQuestions.find((q) => q.id === answer.questionId) as Question;
      const own = coverage(answer, ownQuestion);
      for (const other of designQuestions) {
        if (other.id === answer.questionId) continue;
        const c = coverage(answer, other);
        ratios.push(c / own);
        expect(c, `${answer.file} on ${other.id}`).toBeLessThanOrEqual(own * 0.7);
        expect(own - c, `${answer.file} on ${other.id}`).toBeGreaterThanOrEqual(0.25);
      }
    }
    const mean = ratios.reduce((s, r) => s + r, 0) / ratios.length;
    expect(mean).toBeLessThan(0.25);
  });

  it('never fits another prompt better than its own, even for partial answers', () => {
    for (const answer of corpus) {
      const own = coverage(answer, designQuestions.find((q) => q.id === answer.questionId) as Question);
      for (const other of designQuestions) {
        if (other.id !== answer.questionId) expect(coverage(answer, other), `${answer.file} on ${other.id}`).toBeLessThanOrEqual(own);
      }
    }
  });

  it('is deterministic: the same input gives the same output, whatever ran before', () => {
    const a = corpus[0] as CorpusAnswer;
    const b = corpus[corpus.length - 1] as CorpusAnswer;
    const qa = designQuestions.find((q) => q.id === a.questionId) as Question;
    const qb = designQuestions.find((q) => q.id === b.questionId) as Question;
    const first = JSON.stringify(analyzeDesign(a.text, { pack, question: qa }));
    analyzeDesign(b.text, { pack, question: qb });
    const again = JSON.stringify(analyzeDesign(a.text, { pack, question: qa }));
    expect(again).toBe(first);
  });
});
