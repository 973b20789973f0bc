/**
 * Input shapes for the PDF reports. They mirror the analysis and judge JSON in
 * /work/shared/CONTRACTS.md, but only the fields a report reads, so any analysis object
 * that follows the contract can be passed as it is (extra fields are ignored).
 */

export type StarLabel = 'situation' | 'task' | 'action' | 'result' | 'other';

export interface ReportSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  star?: StarLabel;
}

export interface ReportFlag {
  code: string;
  message: string;
  evidence?: number[];
}

export interface ReportDimension {
  name: string;
  /** 1..4 */
  score: number;
  reason: string;
  evidence?: number[];
}

export interface BehavioralReportAnalysis {
  kind: 'behavioral';
  score: number;
  verdict: string;
  sentences: ReportSentence[];
  star?: { missing: string[]; shares: Partial<Record<StarLabel, number>> };
  values?: { value: string; evidence: number[] }[];
  dimensions?: ReportDimension[];
  flags?: ReportFlag[];
  fixes?: string[];
  followUp?: string;
}

export interface DesignReportAnalysis {
  kind: 'design';
  score: number;
  verdict: string;
  sentences: ReportSentence[];
  rubric?: { coverage: number; points: { id: string; text: string; covered: boolean; evidence?: number[] }[] };
  phases?: { name: string; present: boolean; evidence?: number[] }[];
  dimensions?: ReportDimension[];
  flags?: ReportFlag[];
  fixes?: string[];
  followUp?: string;
}

export type ReportAnalysis = BehavioralReportAnalysis | DesignReportAnalysis;

export interface ReportJudge {
  problem: string;
  verdict: string;
  passed: number;
  total: number;
  ms?: number;
  tests?: { name: string; visibility: 'public' | 'hidden'; passed: boolean; ms?: number; message?: string }[];
}

export interface ReportDelivery {
  wordsPerMinute?: number;
  timeToFirstWordSec?: number;
  pauses?: { start: number; end: number }[];
  fillerCount?: number;
  fillerNote?: string;
}

/** One attempt: the question, the candidate's answer and its analysis. */
export interface AttemptReportData {
  attemptId?: string;
  /** ISO date-time of the attempt. */
  createdAt?: string;
  candidate?: string;
  question: { id: string; text: string; round?: string; category?: string; values?: string[] };
  answer: string;
  analysis: ReportAnalysis;
  judge?: ReportJudge;
  delivery?: ReportDelivery;
  /** Earlier scores on the same question, oldest first, for the trend chart. */
  history?: { at: string; score: number }[];
}

export interface LoopRoundReport {
  title: string;
  kind?: string;
  /** Verdict on the Netflix scale (strong-no-hire … strong-hire). */
  verdict: string;
  score?: number;
  reasons: string[];
  evidence: { quote: string; note?: string }[];
  questions?: string[];
}

/** The debrief of a mock loop. */
export interface LoopDebrief {
  loopId?: string;
  title: string;
  role?: string;
  level?: string;
  candidate?: string;
  /** ISO date-time the loop finished. */
  finishedAt?: string;
  rounds: LoopRoundReport[];
  panel: { decision: string; unanimous?: boolean; rule?: string; reasons: string[] };
  topFixes: string[];
}

export interface ProgressSeries {
  name: string;
  /** The scale of the scores, e.g. 1..4 for dimensions, 0..100 for overall scores. */
  min: number;
  max: number;
  points: { at: string; score: number }[];
}

/** A progress summary: trends, readiness, checklist and plan. */
export interface ProgressSummary {
  candidate?: string;
  interviewDate?: string;
  attempts?: number;
  /** Readiness in percent (0..100), overall and per round. */
  readiness: { overall: number; rounds: { name: string; score: number; note?: string }[] };
  dimensions: ProgressSeries[];
  values: ProgressSeries[];
  checklist: { text: string; done: boolean; auto?: boolean }[];
  plan?: { title: string; items: { date: string; text: string; done?: boolean }[] };
}

export interface RenderOptions {
  /** ISO date-time printed as "generated"; pass it in so output is reproducible. */
  generatedAt?: string;
  /**
   * TrueType fonts with wider Unicode coverage. Without them the standard Helvetica fonts are
   * used and characters outside Windows-1252 are transliterated or replaced by "?".
   */
  fonts?: { regular: string; bold: string };
}
