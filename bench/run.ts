/**
 * Runs every bench/*.bench.ts (or only those whose result names start with the given prefix)
 * and prints one JSON object per line: { name, unit, p50, p99, n, ... }.
 * Usage: npm run bench [-- PREFIX]
 */
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchResult } from './stats.js';

const here = dirname(fileURLToPath(import.meta.url));
const prefix = process.argv[2] ?? '';
const files = (await readdir(here)).filter((f) => f.endsWith('.bench.ts')).sort();
let failed = false;
for (const file of files) {
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as {
      default: (prefix: string) => Promise<BenchResult[]>;
      /** The result names a module produces; lets a prefix skip modules without running them. */
      names?: readonly string[];
    };
    if (prefix && mod.names && !mod.names.some((n) => n.startsWith(prefix) || prefix.startsWith(n))) continue;
    const results = await mod.default(prefix);
    for (const r of results) if (r.name.startsWith(prefix)) console.log(JSON.stringify(r));
  } catch (err) {
    failed = true;
    console.error(`bench ${file} failed: ${(err as Error).stack ?? String(err)}`);
  }
}
process.exit(failed ? 1 : 0);
