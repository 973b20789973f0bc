/** Loading the content pack for CLI commands, with readable errors. */
import { formatIssue, loadPack } from '../content/load-pack.js';
import type { Pack } from '../core/pack/index.js';
import { DEFAULT_PACK_DIR } from './paths.js';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export async function loadPackOrExit(dir: string = process.env.KEEPER_PACK ?? DEFAULT_PACK_DIR): Promise<Pack> {
  const result = await loadPack(dir);
  if (result.ok) return result.pack;
  const lines = result.issues.slice(0, 20).map((i) => formatIssue(dir, i));
  const more = result.issues.length > 20 ? `\n… and ${result.issues.length - 20} more (run \`keeper pack validate ${dir}\`)` : '';
  throw new CliError(`The content pack in ${dir} is not valid:\n${lines.join('\n')}${more}`);
}
