import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { fakeAnalyzer, loadTestPack } from '../../test/support/server.js';
import { LOCAL_USER_ID, openStore } from '../store/index.js';
import { createServer } from './app.js';

it('finishes in-flight requests on close, then refuses new ones and closes the database', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'keeper-shutdown-'));
  try {
    const store = await openStore({ dataDir });
    const app = await createServer({ pack: await loadTestPack(), store, analyze: fakeAnalyzer });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    app.get('/api/test-slow', async () => {
      await gate;
      return { done: true };
    });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const inFlight = fetch(`${url}/api/test-slow`);
    await new Promise((r) => setTimeout(r, 100));
    const closing = app.close();
    await new Promise((r) => setTimeout(r, 50));
    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ done: true });
    await closing;
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
    await expect(store.attempts.count(LOCAL_USER_ID)).rejects.toThrow();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
