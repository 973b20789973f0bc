/**
 * A real Keeper server for end-to-end tests: the shipped pack, a real SQLite file in a temp data
 * folder, the built web app (npm run test:e2e builds it first), listening on a free port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { DEFAULT_PACK_DIR, WEB_ROOT } from '../../src/cli/paths.js';
import { loadPack } from '../../src/content/load-pack.js';
import type { Pack } from '../../src/core/pack/index.js';
import { createServer } from '../../src/server/app.js';
import type { ServerDeps } from '../../src/server/deps.js';
import { createServices } from '../../src/server/services.js';
import { openStore, type Store } from '../../src/store/index.js';

export interface AppUnderTest {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly pack: Pack;
  readonly dataDir: string;
  close(): Promise<void>;
}

export async function startApp(overrides: Partial<ServerDeps> = {}): Promise<AppUnderTest> {
  const packDir = process.env.KEEPER_PACK ?? DEFAULT_PACK_DIR;
  const loaded = await loadPack(packDir);
  if (!loaded.ok) throw new Error(`pack invalid: ${loaded.issues.slice(0, 5).map((i) => `${i.file}:${i.line} ${i.message}`).join('; ')}`);
  const pack = loaded.pack;
  const dataDir = mkdtempSync(join(tmpdir(), 'keeper-e2e-'));
  const store = await openStore({ dataDir });
  const services = await createServices(pack, { dataDir, env: process.env });
  const app = await createServer({ pack, store, ...services, webRoot: WEB_ROOT, packDir, ...overrides });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url: address,
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
