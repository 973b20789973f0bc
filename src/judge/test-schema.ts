/**
 * The format of a problem's test data, `content/<pack>/problems/<id>/tests.yaml`.
 *
 * A case is a sequence of steps run against one fresh instance (class problems) or against the
 * exported function (function problems). Values use plain YAML, plus a few tagged objects:
 * `{ $undefined: true }` (the value undefined), `{ $now: true }` (the injected clock, set by each
 * step's `at`), `{ $fx: sleep|transport|now|rng }` (host-driven fixtures for async problems),
 * `{ $gen: { … } }` (a generated input, see generate.ts) and `{ $i: { mul, add, mod, prefix } }`
 * (inside a `repeat` block: a value computed from the iteration number).
 */
import { z } from 'zod';

const text = z.string().trim().min(1);

export interface StepInput {
  /** Sets the injected clock before the call (milliseconds); inside a repeat block it may be a `$i` template. */
  at?: number | { $i: IndexTemplate } | undefined;
  /** Method to call (class problems). Function problems leave it out. */
  call?: string | undefined;
  args?: unknown[] | undefined;
  /** Expected return value (compared on the host after the run). Leave out to ignore the value. */
  expect?: unknown;
  /** The arguments as they must look after the call (to check that inputs are left unchanged). */
  expectArgs?: unknown[] | undefined;
  /** The call must throw. */
  throws?: boolean | undefined;
  /** Numbers may differ by this much (absolute or relative). */
  tolerance?: number | undefined;
  /** The returned array may be in any order. */
  unordered?: boolean | undefined;
  /**
   * A block of steps run `repeat` times (for load cases). `digest` checks all the block's results at
   * once; on a plain step it checks a result too big to write out (see values.ts `digest`).
   */
  repeat?: number | undefined;
  steps?: StepInput[] | undefined;
  digest?: string | undefined;
}

/** A value computed from the iteration number i of a repeat block: floor(i / div) * mul + add, modulo mod. */
export interface IndexTemplate {
  mul?: number | undefined;
  add?: number | undefined;
  div?: number | undefined;
  mod?: number | undefined;
  prefix?: string | undefined;
}

const indexTemplateSchema = z.strictObject({
  mul: z.number().int().optional(),
  add: z.number().int().optional(),
  div: z.number().int().positive().optional(),
  mod: z.number().int().positive().optional(),
  prefix: z.string().optional(),
});

export const stepSchema: z.ZodType<StepInput> = z.lazy(() =>
  z
    .strictObject({
      at: z.union([z.number().finite(), z.strictObject({ $i: indexTemplateSchema })]).optional(),
      call: z.string().regex(/^[A-Za-z_$][\w$]*$/).optional(),
      args: z.array(z.unknown()).optional(),
      expect: z.unknown().optional(),
      expectArgs: z.array(z.unknown()).optional(),
      throws: z.boolean().optional(),
      tolerance: z.number().nonnegative().optional(),
      unordered: z.boolean().optional(),
      repeat: z.number().int().positive().max(1_000_000).optional(),
      steps: z.array(stepSchema).min(1).optional(),
      digest: z.string().regex(/^[0-9a-f]{16}$/, 'a digest is 16 lowercase hex digits').optional(),
    })
    .superRefine((s, ctx) => {
      const block = s.repeat !== undefined || s.steps !== undefined;
      if (block && (s.repeat === undefined || s.steps === undefined)) ctx.addIssue({ code: 'custom', message: 'a repeat block needs both `repeat` and `steps`' });
      if (block && (s.call !== undefined || s.args !== undefined || s.expect !== undefined || s.throws !== undefined))
        ctx.addIssue({ code: 'custom', message: 'a repeat block holds steps; put call/args/expect on the inner steps' });
      if (!block && s.digest !== undefined && s.expect !== undefined) ctx.addIssue({ code: 'custom', message: 'a step checks either `expect` or `digest`, not both' });
      if (s.throws && s.expect !== undefined) ctx.addIssue({ code: 'custom', message: 'a step cannot both `throws` and `expect` a value' });
    }),
);

/** One scripted transport reply; `latencyMs` moves the host clock while the call is in flight. */
export const transportReplySchema = z.union([
  z.strictObject({
    status: z.number().int().min(100).max(599),
    retryAfterMs: z.number().nonnegative().optional(),
    body: z.string().optional(),
    latencyMs: z.number().nonnegative().optional(),
  }),
  z.strictObject({ error: text, latencyMs: z.number().nonnegative().optional() }),
]);
export type TransportReply = z.infer<typeof transportReplySchema>;

export const caseSchema = z.strictObject({
  name: text,
  visibility: z.enum(['public', 'hidden']),
  /** Named in the result when a hidden case fails ("expiry boundary"); never the inputs. */
  category: text,
  /** Constructor arguments (class problems). */
  new: z.array(z.unknown()).optional(),
  steps: z.array(stepSchema).min(1),
  /** Host-driven fixtures for problems that inject a transport, sleep, clock or random source. */
  fixtures: z
    .strictObject({
      clock: z.number().finite().default(0),
      rng: z.array(z.number().min(0).lt(1)).default([]),
      transport: z.array(transportReplySchema).default([]),
    })
    .optional(),
  /** The expected fixture log, e.g. ["transport@0", "sleep 100", "transport@100"]. */
  log: z.array(z.string()).optional(),
  /** A per-case time limit, when a load case needs one different from the problem's. */
  timeMs: z.number().positive().optional(),
});
export type TestCase = z.infer<typeof caseSchema>;

export const testsFileSchema = z.strictObject({
  cases: z.array(caseSchema).min(1),
});
export type TestsFile = z.infer<typeof testsFileSchema>;
