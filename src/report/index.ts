export { renderAttemptPdf } from './attempt-pdf.js';
export { renderLoopPdf } from './loop-pdf.js';
export { renderProgressPdf } from './progress-pdf.js';
export { sampleAttempt, sampleLoop, sampleProgress } from './fixtures.js';
export { toWinAnsi } from './text.js';
export { exportProfile, importProfile, deleteProfile, PREPARATION_SETTING, type DeleteSummary, type ExportOptions, type ImportOutcome, type ImportSummary } from './profile-io.js';
export type {
  AttemptReportData,
  BehavioralReportAnalysis,
  DesignReportAnalysis,
  LoopDebrief,
  LoopRoundReport,
  ProgressSeries,
  ProgressSummary,
  RenderOptions,
  ReportAnalysis,
  ReportDelivery,
  ReportJudge,
  ReportSentence,
} from './types.js';
