/**
 * Commands contributed by feature areas (analyze, judge, practice, report, export…).
 * Each area adds one `register…` call here; see docs/platform.md.
 */
import type { Command } from 'commander';
import { registerAnalyzeCommands } from './analyze-commands.js';
import { registerJudgeCommands } from './judge-commands.js';
import { registerPracticeCommands } from './practice.js';
import { registerReportCommands } from './report-commands.js';

export function registerExtraCommands(program: Command): void {
  // Feature commands are registered here.
  registerAnalyzeCommands(program);
  registerPracticeCommands(program);
  registerJudgeCommands(program);
  registerReportCommands(program);
}
