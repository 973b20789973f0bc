/**
 * Turn an answer and its analysed sentences into styled runs: each sentence tinted by its STAR
 * part, evidence sentences in bold, flagged sentences underlined. Sentence offsets are UTF-16
 * offsets into the answer (CONTRACTS.md); bad offsets fall back to the sentence text.
 */
import type { Run } from './rich-text.js';
import type { ReportAnalysis, ReportSentence } from './types.js';
import { EVIDENCE, STAR_TINT } from './palette.js';

export interface AnswerMarks {
  /** Sentences cited as evidence of a value, a rubric point or a dimension. */
  evidence: Set<number>;
  /** Sentences a flag points at. */
  flagged: Set<number>;
}

export function answerMarks(analysis: ReportAnalysis): AnswerMarks {
  const evidence = new Set<number>();
  const flagged = new Set<number>();
  const add = (set: Set<number>, list: number[] | undefined): void => list?.forEach((i) => set.add(i));
  if (analysis.kind === 'behavioral') {
    analysis.values?.forEach((v) => add(evidence, v.evidence));
  } else {
    analysis.rubric?.points.forEach((p) => add(evidence, p.covered ? p.evidence : undefined));
  }
  analysis.flags?.forEach((f) => add(flagged, f.evidence));
  return { evidence, flagged };
}

function runFor(sentence: ReportSentence, text: string, marks: AnswerMarks): Run {
  return {
    text,
    background: sentence.star ? STAR_TINT[sentence.star] : null,
    bold: marks.evidence.has(sentence.index),
    underline: marks.flagged.has(sentence.index) ? EVIDENCE : null,
  };
}

export function answerRuns(answer: string, sentences: ReportSentence[], marks: AnswerMarks): Run[] {
  const ordered = [...sentences].sort((a, b) => a.start - b.start);
  const valid = ordered.every(
    (s, i) =>
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.start >= 0 &&
      s.end >= s.start &&
      s.end <= answer.length &&
      (i === 0 || s.start >= (ordered[i - 1]?.end ?? 0)),
  );
  if (!valid || ordered.length === 0) {
    // Offsets do not fit this answer: show the sentences one after another, or the plain text.
    if (ordered.length === 0) return [{ text: answer }];
    return ordered.map((s, i) => runFor(s, i < ordered.length - 1 ? `${s.text} ` : s.text, marks));
  }
  const runs: Run[] = [];
  let pos = 0;
  for (const s of ordered) {
    if (s.start > pos) runs.push({ text: answer.slice(pos, s.start) });
    runs.push(runFor(s, answer.slice(s.start, s.end), marks));
    pos = s.end;
  }
  if (pos < answer.length) runs.push({ text: answer.slice(pos) });
  return runs;
}

/** The text of the sentences with these indexes, for quoting evidence. */
export function quoteSentences(sentences: ReportSentence[], indexes: number[] | undefined): string[] {
  if (!indexes) return [];
  const byIndex = new Map(sentences.map((s) => [s.index, s.text]));
  return indexes.map((i) => byIndex.get(i)).filter((t): t is string => typeof t === 'string' && t.trim() !== '');
}
