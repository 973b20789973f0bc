/**
 * One entry point for answer analysis: a system-design question gets the design analysis (rubric
 * coverage, phases…); every other answer — or one with no question — the behavioral analysis.
 */
import { analyzeBehavioral, type BehavioralAnalysis, type MeasuredDelivery } from './analysis/index.js';
import { analyzeDesign, type DesignAnalysis } from './design/index.js';
import type { Pack, Question } from './pack/index.js';

export type AnswerAnalysis = BehavioralAnalysis | DesignAnalysis;

export interface AnalyzeRequest {
  readonly answer: string;
  readonly question?: Question | undefined;
  /** Mermaid text of a design diagram (design questions only). */
  readonly diagram?: string | undefined;
  /** Pace and pauses measured from a recording (behavioral only). */
  readonly delivery?: MeasuredDelivery | undefined;
  /** The answer is a second turn answering the interviewer's follow-up, not a full story. */
  readonly followUp?: boolean | undefined;
}

export function isDesignQuestion(question: Question | undefined): question is Question {
  return question !== undefined && (question.category === 'system-design' || question.keyPoints.length > 0);
}

export function analyzeAnswer(pack: Pack, req: AnalyzeRequest): AnswerAnalysis {
  if (isDesignQuestion(req.question)) {
    return analyzeDesign(req.answer, { pack, question: req.question, ...(req.diagram ? { diagram: req.diagram } : {}) });
  }
  return analyzeBehavioral(req.answer, {
    pack,
    ...(req.question ? { question: req.question } : {}),
    ...(req.delivery ? { delivery: req.delivery } : {}),
    ...(req.followUp ? { followUp: true } : {}),
  });
}
