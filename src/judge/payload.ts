/**
 * Host side of one case: what is sent into the sandbox (inputs only; expected values never leave
 * the host) and the host-driven fixtures (clock, sleep, rng, scripted transport) with their log.
 */
import { expandGenerators } from './generate.js';
import type { StepInput, TestCase, TransportReply } from './test-schema.js';
import { normalize } from './values.js';

interface SentStep {
  at?: unknown;
  call?: string;
  args?: unknown[];
  repeat?: number;
  steps?: SentStep[];
  collect?: boolean;
  checkArgs?: boolean;
}

function sendStep(s: StepInput): SentStep {
  const out: SentStep = {};
  if (s.at !== undefined) out.at = s.at;
  if (s.repeat !== undefined && s.steps) {
    out.repeat = s.repeat;
    out.steps = s.steps.map(sendStep);
    if (s.digest !== undefined) out.collect = true;
    return out;
  }
  if (s.call !== undefined) out.call = s.call;
  if (s.args !== undefined) out.args = normalize(expandGenerators(s.args)) as unknown[];
  if (s.expectArgs !== undefined) out.checkArgs = true;
  return out;
}

const payloads = new WeakMap<TestCase, string>();

/** The JSON the glue's `start` command receives for a case (cached: generated inputs are costly). */
export function buildPayload(kind: 'class' | 'function', c: TestCase): string {
  const cached = payloads.get(c);
  if (cached !== undefined) return cached;
  const payload = JSON.stringify({
    kind,
    ctor: c.new ? normalize(expandGenerators(c.new)) : [],
    steps: c.steps.map(sendStep),
  });
  payloads.set(c, payload);
  return payload;
}

const LOG_LIMIT = 2000;

/** Host-driven fixtures for one case. The sandbox calls `handle` synchronously. */
export class Fixtures {
  clock: number;
  readonly log: string[] = [];
  overflow = false;
  private rngIndex = 0;
  private transportIndex = 0;
  private readonly rng: readonly number[];
  private readonly transport: readonly TransportReply[];

  constructor(spec: TestCase['fixtures']) {
    this.clock = spec?.clock ?? 0;
    this.rng = spec?.rng ?? [];
    this.transport = spec?.transport ?? [];
  }

  private record(entry: string): void {
    if (this.log.length < LOG_LIMIT) this.log.push(entry);
    else this.overflow = true;
  }

  handle(name: string, arg: string): string {
    switch (name) {
      case 'now':
        return String(this.clock);
      case 'rng': {
        const v = this.rng.length === 0 ? 0.5 : (this.rng[this.rngIndex % this.rng.length] as number);
        this.rngIndex++;
        return String(v);
      }
      case 'sleep': {
        const ms = Number(arg);
        if (!Number.isFinite(ms) || ms < 0) {
          this.record(`sleep invalid(${arg.slice(0, 20)})`);
          return '';
        }
        this.record(`sleep ${ms}`);
        this.clock += ms;
        return '';
      }
      case 'transport': {
        this.record(`transport@${this.clock}`);
        const reply = this.transport[Math.min(this.transportIndex, this.transport.length - 1)] ?? { status: 200 };
        this.transportIndex++;
        this.clock += reply.latencyMs ?? 0;
        if ('error' in reply) return JSON.stringify({ error: reply.error });
        const { latencyMs: _latency, ...value } = reply;
        return JSON.stringify({ value });
      }
      default:
        return '';
    }
  }
}
