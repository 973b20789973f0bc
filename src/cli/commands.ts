/**
 * Commands contributed by feature areas (analyze, judge, practice, report, export…).
 * Each area adds one `register…` call here; see docs/platform.md.
 */
import type { Command } from 'commander';

export function registerExtraCommands(_program: Command): void {
  // Feature commands are registered here.
}
