/**
 * Runs a shared store test suite against every implementation: a real SQLite file in a temp
 * folder and a real PostgreSQL server started for the run. Use it from `*.test.ts` files:
 *
 *   describeStores('attempts', (getStore) => { it('…', async () => { const store = getStore(); … }) });
 *
 * Each test gets a fresh, migrated, empty store.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { openStore, type Store } from '../../src/store/index.js';
import { startPostgres, type PostgresServer } from './postgres.js';

let counter = 0;

export function describeStores(name: string, suite: (getStore: () => Store) => void): void {
  describe(`${name} [sqlite]`, () => {
    let store: Store | undefined;
    let dir = '';
    beforeEach(async () => {
      dir = mkdtempSync(join(tmpdir(), 'keeper-store-'));
      store = await openStore({ dataDir: dir });
    });
    afterEach(async () => {
      await store?.close();
      rmSync(dir, { recursive: true, force: true });
    });
    suite(() => {
      if (!store) throw new Error('store not open');
      return store;
    });
  });

  describe(`${name} [postgres]`, () => {
    let server: PostgresServer | undefined;
    let store: Store | undefined;
    beforeAll(async () => {
      server = await startPostgres();
    });
    afterAll(async () => {
      await server?.stop();
    });
    beforeEach(async () => {
      if (!server) throw new Error('postgres not started');
      const url = await server.createDatabase(`t${process.pid}_${++counter}`);
      store = await openStore({ dataDir: tmpdir(), databaseUrl: url });
    });
    afterEach(async () => {
      await store?.close();
    });
    suite(() => {
      if (!store) throw new Error('store not open');
      return store;
    });
  });
}
