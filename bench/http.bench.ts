/**
 * HTTP throughput of the analysis endpoint: `http.analyze` — POST /api/analyze with a ~400-word
 * behavioral answer at 50 concurrent connections for 10 s, against a real `keeper serve` process
 * (its own process, so the load generator does not share its event loop). Target ≥ 300 req/s, p99 < 100 ms.
 * The machine is shared, so each result also says how busy it was: the 1-minute load average before
 * the run, the server's CPU per request, and (Linux) `otherCores`, the CPU other processes used during
 * the run in cores (neither the server nor this load generator): compare runs with similar values.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { BenchResult } from './stats.js';
import { ANSWER_400W } from './answers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const names = ['http.analyze'];

/** Milliseconds of CPU the whole machine has spent busy (Linux /proc/stat), or undefined elsewhere. */
function machineBusyMs(): number | undefined {
  try {
    const f = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
    // user nice system (idle iowait) irq softirq steal, in clock ticks (USER_HZ = 100).
    return ((f[0] ?? 0) + (f[1] ?? 0) + (f[2] ?? 0) + (f[5] ?? 0) + (f[6] ?? 0) + (f[7] ?? 0)) * 10;
  } catch {
    return undefined;
  }
}

/** Milliseconds of CPU process `pid` (all its threads) has used (Linux /proc), or undefined elsewhere. */
function processCpuMs(pid: number | undefined): number | undefined {
  try {
    const st = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = st.slice(st.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return undefined;
  }
}

async function startServer(dataDir: string): Promise<{ url: string; pid: number | undefined; stop: () => Promise<void> }> {
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
    pid: child.pid,
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
    const load = loadavg()[0] ?? 0;
    const busy0 = machineBusyMs();
    const server0 = processCpuMs(server.pid);
    const own0 = process.cpuUsage();
    const started = performance.now();
    const r = await run({ ...common, duration: 10 });
    const wall = performance.now() - started;
    const busy1 = machineBusyMs();
    const server1 = processCpuMs(server.pid);
    const own = process.cpuUsage(own0);
    const errors = r.errors + r.non2xx + r.timeouts;
    const serverMs = server0 !== undefined && server1 !== undefined ? server1 - server0 : undefined;
    const otherMs = busy0 !== undefined && busy1 !== undefined && serverMs !== undefined ? busy1 - busy0 - serverMs - (own.user + own.system) / 1000 : undefined;
    return [
      {
        name: 'http.analyze',
        unit: 'ms',
        p50: r.latency.p50,
        p90: r.latency.p90,
        p99: r.latency.p99,
        max: r.latency.max,
        n: r.requests.total,
        rps: Math.round(r.requests.average),
        connections: 50,
        durationSeconds: 10,
        errors,
        /** Analysis worker threads in the server (KEEPER_ANALYSIS_WORKERS; default: the cores; 0 = inline). */
        analysisWorkers: process.env.KEEPER_ANALYSIS_WORKERS ?? 'default',
        load: Math.round(load * 100) / 100,
        /** Server CPU (all threads) per request, ms. */
        ...(serverMs !== undefined && r.requests.total > 0 ? { serverCpuMs: Math.round((serverMs / r.requests.total) * 1000) / 1000 } : {}),
        /** CPU used by other processes during the run, in cores (Linux). */
        ...(otherMs !== undefined ? { otherCores: Math.round((Math.max(0, otherMs) / wall) * 100) / 100 } : {}),
      },
    ];
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
