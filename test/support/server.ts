/**
 * Builds a real server for tests: a real SQLite file in a temp folder and a pack loaded from disk
 * (the small fixture pack by default, so tests do not change when content is edited).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadPack } from '../../src/content/load-pack.js';
import type { Pack } from '../../src/core/pack/index.js';
import { createServer } from '../../src/server/app.js';
import type { Analyzer, ServerDeps } from '../../src/server/deps.js';
import { openStore, type Store } from '../../src/store/index.js';

export const FIXTURE_PACK = join(import.meta.dirname, '..', 'fixtures', 'pack-mini');

export async function loadTestPack(dir = FIXTURE_PACK): Promise<Pack> {
  const result = await loadPack(dir);
  if (!result.ok) throw new Error(`fixture pack invalid: ${JSON.stringify(result.issues)}`);
  return result.pack;
}

/** A stand-in analyzer for platform tests that do not exercise the analysis engine. */
export const fakeAnalyzer: Analyzer = ({ answer, question }) => ({
  kind: question?.category === 'system-design' ? 'design' : 'behavioral',
  score: Math.min(100, answer.split(/\s+/).filter(Boolean).length),
  words: answer.split(/\s+/).filter(Boolean).length,
});

export interface TestServer {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly pack: Pack;
  readonly dataDir: string;
  close(): Promise<void>;
}

export async function startTestServer(overrides: Partial<ServerDeps> = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'keeper-server-'));
  const store = overrides.store ?? (await openStore({ dataDir }));
  const pack = overrides.pack ?? (await loadTestPack());
  const app = await createServer({ pack, store, analyze: fakeAnalyzer, dataDir, ...overrides });
  await app.ready();
  return {
    app,
    store,
    pack,
    dataDir,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
