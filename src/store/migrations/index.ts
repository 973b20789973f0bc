/**
 * The ordered list of migrations. Names sort in the order they run; add a new file
 * `NNN-what.ts` exporting `up` (and `down`) and list it here. Never edit a shipped migration.
 */
import type { Migration } from 'kysely';
import * as core from './001-core.js';
import * as loops from './002-loops.js';
import * as progress from './003-progress.js';
import * as recordings from './004-recordings.js';

export const migrations: Record<string, Migration> = {
  '001-core': core,
  '002-loops': loops,
  '003-progress': progress,
  '004-recordings': recordings,
};
