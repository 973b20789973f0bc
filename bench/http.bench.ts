/**
 * HTTP throughput of the analysis endpoint: `http.analyze` — POST /api/analyze with a ~400-word
 * behavioral answer at 50 concurrent connections for 10 s, against a real `keeper serve` process
 * (its own process, so the load generator does not share its event loop). Target ≥ 300 req/s, p99 < 100 ms.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { BenchResult } from './stats.js';
import { ANSWER_400W } from './answers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const names = ['http.analyze'];

async function startServer(dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--no-node-snapshot', '--import', 'tsx', join(root, 'src', 'cli', 'main.ts'), 'serve', '--port', '0', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, KEEPER_LOG_LEVEL: 'error' },
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    const onData = (d: Buffer): void => {
      out += d.toString();
      const m = /running at (http:\/\/\S+?)\/? /.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

export default async function httpBench(): Promise<BenchResult[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'keeper-bench-http-'));
  const server = await startServer(dataDir);
  try {
    const body = JSON.stringify({ answer: ANSWER_400W });
    const common = { url: `${server.url}/api/analyze`, method: 'POST' as const, headers: { 'content-type': 'application/json' }, body, connections: 50 };
    await run({ ...common, duration: 3 }); // warm-up
    const r = await run({ ...common, duration: 10 });
    const errors = r.errors + r.non2xx + r.timeouts;
    return [
      {
        name: 'http.analyze',
        unit: 'ms',
        p50: r.latency.p50,
        p99: r.latency.p99,
        n: r.requests.total,
        rps: Math.round(r.requests.average),
        connections: 50,
        durationSeconds: 10,
        errors,
        /** Analysis worker threads in the server (KEEPER_ANALYSIS_WORKERS; default: the cores; 0 = inline). */
        analysisWorkers: process.env.KEEPER_ANALYSIS_WORKERS ?? 'default',
      },
    ];
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
