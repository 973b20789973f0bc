/**
 * `npm run eval`: evaluates the analysis engines on the labelled development corpora.
 * Each evaluator module prints its own report; pass `--json` for machine-readable lines.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
for (const name of ['eval-behavioral.ts', 'eval-design.ts']) {
  const file = join(here, name);
  if (!existsSync(file)) continue;
  const mod = (await import(pathToFileURL(file).href)) as { default: (args: string[]) => Promise<void> };
  await mod.default(process.argv.slice(2));
}
