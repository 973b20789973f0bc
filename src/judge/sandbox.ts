/**
 * One submission's sandbox: a fresh isolated-vm isolate with a memory limit, the glue, and the
 * submission compiled as a module with no imports. Every call into it is asynchronous (the host's
 * event loop keeps running) and bounded by a timeout; a host-side watchdog disposes the isolate if
 * a call ever outlives its timeout by a wide margin.
 */
import ivm from 'isolated-vm';
import { GLUE_SOURCE } from './glue.js';
import { ENTRY_EXPORT, SOLUTION_URL, importLine, type MappedSource } from './transpile.js';
import type { CompileDiagnostic } from './types.js';

/** Called synchronously from inside the sandbox by injected fixtures (clock, sleep, transport, rng). */
export type HostFixture = (name: string, arg: string) => string;

export type SetupFailure =
  | { readonly kind: 'compile-error'; readonly diagnostics: CompileDiagnostic[] }
  | { readonly kind: 'time-limit' | 'memory-limit'; readonly message: string }
  | { readonly kind: 'runtime-error'; readonly message: string; readonly stack: string };

export type CaseOutcome =
  | { readonly kind: 'done'; readonly json: string; readonly ms: number }
  | { readonly kind: 'time-limit'; readonly ms: number; readonly pending: boolean }
  | { readonly kind: 'memory-limit'; readonly ms: number }
  | { readonly kind: 'crash'; readonly ms: number; readonly message: string };

const WATCHDOG_GRACE_MS = 1500;

type Dispatch = ivm.Reference<(command: string, arg?: unknown) => string>;

/**
 * A new, never-used isolate with its context and the glue loaded, not yet holding any submission.
 * The judge may prepare one ahead of time so a submission does not wait for isolate creation;
 * each one still serves exactly one submission.
 */
export interface FreshIsolate {
  readonly isolate: ivm.Isolate;
  readonly context: ivm.Context;
  readonly dispatch: Dispatch;
  readonly memoryMb: number;
  /** Points the sandbox's fixture callback at this submission's host fixtures. */
  bind(fixture: HostFixture): void;
}

let catastrophicHandler: ((message: string) => void) | undefined;

/**
 * What to do when V8 loses control of an isolate (a few allocation patterns exhaust the heap in a
 * way isolated-vm cannot turn into a clean memory-limit error). Without a handler the whole process
 * aborts, which is why untrusted code runs in worker processes (see pool.ts): the worker installs a
 * handler that reports the failure and exits, and the pool starts a new worker.
 */
export function onCatastrophicError(handler: ((message: string) => void) | undefined): void {
  catastrophicHandler = handler;
}

export async function freshIsolate(memoryMb: number): Promise<FreshIsolate> {
  const handler = catastrophicHandler;
  const isolate = new ivm.Isolate({ memoryLimit: memoryMb, ...(handler ? { onCatastrophicError: handler } : {}) });
  try {
    const context = await isolate.createContext();
    const factory = (await context.eval(GLUE_SOURCE, { reference: true })) as ivm.Reference<(fx: unknown) => unknown>;
    let fixture: HostFixture = () => '';
    const callback = new ivm.Callback((name: unknown, arg: unknown) => fixture(String(name), String(arg)));
    const dispatch = (await factory.apply(undefined, [callback], { result: { reference: true }, timeout: 1000 })) as Dispatch;
    factory.release();
    return {
      isolate,
      context,
      dispatch,
      memoryMb,
      bind(fn) {
        fixture = fn;
      },
    };
  } catch (err) {
    if (!isolate.isDisposed) isolate.dispose();
    throw err;
  }
}
const TIMED_OUT = /execution timed out/i;

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export class Sandbox {
  private disposed = false;
  private watchdogFired = false;

  private constructor(
    private readonly isolate: ivm.Isolate,
    private readonly dispatch: Dispatch,
  ) {}

  /** Creates the isolate, loads the glue and the submission, and hands the entry to the glue. */
  static async open(opts: {
    js: string;
    code: string;
    source: MappedSource;
    entryName: string;
    entryKind: 'class' | 'function';
    memoryMb: number;
    setupTimeoutMs: number;
    hostFixture: HostFixture;
    /** A prepared isolate with the same memory limit, if one is ready. */
    fresh?: FreshIsolate | undefined;
  }): Promise<{ ok: true; sandbox: Sandbox } | { ok: false; failure: SetupFailure }> {
    const fresh = opts.fresh ?? (await freshIsolate(opts.memoryMb));
    const { isolate, context, dispatch } = fresh;
    fresh.bind(opts.hostFixture);
    const sandbox = new Sandbox(isolate, dispatch);
    let ready = false;
    try {

      let module: ivm.Module;
      try {
        module = await isolate.compileModule(opts.js, { filename: SOLUTION_URL });
      } catch (err) {
        return { ok: false, failure: syntaxFailure(message(err), opts.source) };
      }
      let badImport: string | undefined;
      try {
        await module.instantiate(context, (specifier) => {
          badImport = specifier;
          throw new Error(`imports are not available in the judge ("${specifier}")`);
        });
      } catch (err) {
        const spec = badImport ?? '?';
        return {
          ok: false,
          failure: {
            kind: 'compile-error',
            diagnostics: [{ line: importLine(opts.code, spec), column: 1, message: `"${spec}" cannot be imported: the judge runs your code with no modules, files or network (${message(err)})` }],
          },
        };
      }
      try {
        await sandbox.guard(opts.setupTimeoutMs, () => module.evaluate({ timeout: opts.setupTimeoutMs }));
      } catch (err) {
        return { ok: false, failure: sandbox.runFailure(err, opts.source, 'while loading your code') };
      }
      const entry = await module.namespace.get(ENTRY_EXPORT, { reference: true });
      const type = entry.typeof;
      if (type !== 'function') {
        const want = opts.entryKind === 'class' ? `class ${opts.entryName}` : `function ${opts.entryName}`;
        return {
          ok: false,
          failure: {
            kind: 'compile-error',
            diagnostics: [{ line: 1, column: 1, message: `${want} was not found: declare it at the top level (\`export ${want} …\` or plain \`${want} …\`)` }],
          },
        };
      }
      await dispatch.apply(undefined, ['entry', entry.derefInto()], { timeout: opts.setupTimeoutMs });
      ready = true;
      return { ok: true, sandbox };
    } catch (err) {
      return { ok: false, failure: sandbox.runFailure(err, opts.source, 'while loading your code') };
    } finally {
      if (!ready) sandbox.dispose();
    }
  }

  /** Runs one case's payload; resolves with the glue's JSON, or with why it did not finish. */
  async runCase(payload: string, timeoutMs: number): Promise<CaseOutcome> {
    const before = this.wallMs();
    const started = performance.now();
    const elapsed = (): number => {
      const after = this.wallMs();
      return after !== undefined && before !== undefined ? after - before : performance.now() - started;
    };
    if (this.disposed) return { kind: 'crash', ms: 0, message: 'the sandbox is no longer available' };
    try {
      let json = await this.guard(timeoutMs, () => this.dispatch.apply(undefined, ['start', payload], { timeout: timeoutMs }));
      if (json === '') json = await this.guard(timeoutMs, () => this.dispatch.apply(undefined, ['collect'], { timeout: timeoutMs }));
      if (typeof json !== 'string') return { kind: 'crash', ms: elapsed(), message: 'the harness returned no result' };
      if (json === '') return { kind: 'time-limit', ms: elapsed(), pending: true };
      return { kind: 'done', json, ms: elapsed() };
    } catch (err) {
      const ms = elapsed();
      if (this.memoryExceeded(err)) return { kind: 'memory-limit', ms };
      if (this.watchdogFired || TIMED_OUT.test(message(err))) return { kind: 'time-limit', ms, pending: false };
      return { kind: 'crash', ms, message: message(err) };
    }
  }

  get alive(): boolean {
    return !this.disposed && !this.isolate.isDisposed;
  }

  /** Why the sandbox stopped before the end, if it did: out of memory, or stopped for time. */
  get stopReason(): 'memory' | 'time' | undefined {
    if (this.alive) return undefined;
    return this.watchdogFired ? 'time' : 'memory';
  }

  /**
   * Stops the running code from the host (used when host fixtures see a case run past its time:
   * time spent waiting on the host does not count towards isolated-vm's own timeout).
   */
  terminate(): void {
    if (this.watchdogFired || this.disposed) return;
    this.watchdogFired = true;
    setImmediate(() => {
      if (!this.isolate.isDisposed) this.isolate.dispose();
    });
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    try {
      this.dispatch.release();
    } catch {
      /* already gone */
    }
    if (!this.isolate.isDisposed) this.isolate.dispose();
  }

  private wallMs(): number | undefined {
    try {
      return this.isolate.isDisposed ? undefined : Number(this.isolate.wallTime) / 1e6;
    } catch {
      return undefined;
    }
  }

  private memoryExceeded(err: unknown): boolean {
    return /memory limit/i.test(message(err)) || (this.isolate.isDisposed && !this.watchdogFired && !this.disposed);
  }

  /** Disposes the isolate if `fn` has not settled long after its own timeout (defence in depth). */
  private async guard<T>(timeoutMs: number, fn: () => Promise<T>): Promise<T> {
    const timer = setTimeout(() => {
      this.watchdogFired = true;
      if (!this.isolate.isDisposed) this.isolate.dispose();
    }, timeoutMs + WATCHDOG_GRACE_MS);
    timer.unref();
    try {
      return await fn();
    } finally {
      clearTimeout(timer);
    }
  }

  private runFailure(err: unknown, source: MappedSource, when: string): SetupFailure {
    if (this.memoryExceeded(err)) return { kind: 'memory-limit', message: `memory limit exceeded ${when}` };
    if (this.watchdogFired || TIMED_OUT.test(message(err))) return { kind: 'time-limit', message: `time limit exceeded ${when}` };
    const stack = err instanceof Error && typeof err.stack === 'string' ? err.stack : '';
    return { kind: 'runtime-error', message: `${source.rewrite(message(err))} (${when})`, stack: source.rewrite(stack) };
  }
}

function syntaxFailure(text: string, source: MappedSource): SetupFailure {
  const m = /\[file:\/\/\/solution\.js:(\d+):(\d+)\]/.exec(text);
  const pos = m ? source.position(Number(m[1]), Number(m[2])) : { line: 1, column: 1 };
  return { kind: 'compile-error', diagnostics: [{ line: pos.line, column: pos.column, message: text.replace(/\s*\[file:[^\]]*\]/, '') }] };
}
