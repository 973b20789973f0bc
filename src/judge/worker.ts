/**
 * A judge worker process: judges one submission at a time with the in-process judge and sends the
 * result back over IPC. If V8 loses control of an isolate it reports that and exits; the pool
 * starts a fresh worker. Started by pool.ts with `node --no-node-snapshot`.
 */
import { createInProcessJudge } from './judge.js';
import { onCatastrophicError } from './sandbox.js';
import type { TestsFile } from './test-schema.js';
import type { FromWorker, ToWorker, WorkerSettings } from './worker-protocol.js';

const settings = JSON.parse(process.env.KEEPER_JUDGE_WORKER ?? '{}') as Partial<WorkerSettings>;
const judge = createInProcessJudge({ maxConcurrent: 1, timeScale: settings.timeScale ?? 1, revealHidden: settings.revealHidden ?? false });
const testsByKey = new Map<string, TestsFile>();
let current: number | undefined;

function send(message: FromWorker, then?: () => void): void {
  if (!process.send) return;
  process.send(message, undefined, undefined, () => then?.());
}

/**
 * Leaves at once. A normal exit would wait for isolated-vm's threads, and the thread of an isolate
 * V8 gave up on never finishes.
 */
function die(): void {
  process.kill(process.pid, 'SIGKILL');
}

onCatastrophicError((message) => {
  send({ type: 'catastrophic', id: current, message }, die);
  // If the channel is already gone, leave anyway.
  setTimeout(die, 500).unref();
});

/**
 * A submission can make V8 grow an isolate's heap far past its limit before giving up (it lends
 * up to a gigabyte to avoid crashing). Watch this process's memory and bail out early instead.
 */
const RSS_LIMIT = Number(process.env.KEEPER_JUDGE_WORKER_RSS_MB ?? 768) * 1024 * 1024;
setInterval(() => {
  if (process.memoryUsage.rss() > RSS_LIMIT) {
    send({ type: 'catastrophic', id: current, message: 'the worker process exceeded its memory budget' }, die);
    setTimeout(die, 500).unref();
  }
}, 50).unref();

process.on('message', (raw: ToWorker) => {
  if (raw.type !== 'judge') return;
  const job = raw;
  if (job.tests) testsByKey.set(job.testsKey, job.tests);
  const tests = testsByKey.get(job.testsKey);
  if (!tests) {
    send({ type: 'failed', id: job.id, message: `worker has no tests for key ${job.testsKey}` });
    return;
  }
  current = job.id;
  judge.judge(job.problem, tests, job.code, job.mode).then(
    (result) => {
      current = undefined;
      send({ type: 'result', id: job.id, result });
    },
    (err: unknown) => {
      current = undefined;
      send({ type: 'failed', id: job.id, message: err instanceof Error ? err.message : String(err) });
    },
  );
});

process.on('disconnect', () => {
  judge.close();
  process.exit(0);
});

send({ type: 'ready' });
