/**
 * Generated inputs for load cases: `{ $gen: { <kind>: { …params } } }` anywhere in a step's args or a
 * constructor's args becomes a deterministic array (seeded), built on the host before the run.
 */
import { z } from 'zod';
import { mulberry32 } from '../core/random.js';

/** The seeded generator behind generated inputs: the same seed gives the same inputs on every machine. */
export const seeded = mulberry32;

const n = z.number().int().positive().max(1_000_000);
const seed = z.number().int().default(1);

export const genSchema = z.union([
  z.strictObject({ ints: z.strictObject({ n, min: z.number().int(), max: z.number().int(), seed }) }),
  z.strictObject({ range: z.strictObject({ n, start: z.number().default(0), step: z.number().default(1) }) }),
  z.strictObject({ names: z.strictObject({ n, prefix: z.string(), pad: z.number().int().min(0).max(12).default(0) }) }),
  z.strictObject({ dag: z.strictObject({ n, m: z.number().int().min(0).max(2_000_000), prefix: z.string(), pad: z.number().int().min(0).max(12).default(0), seed }) }),
  z.strictObject({ chain: z.strictObject({ n, prefix: z.string(), pad: z.number().int().min(0).max(12).default(0), reverse: z.boolean().default(false) }) }),
  z.strictObject({ intervals: z.strictObject({ n, maxStart: z.number().int().positive(), maxLen: z.number().int().positive(), seed }) }),
  z.strictObject({
    spikes: z.strictObject({ n, min: z.number().int(), max: z.number().int(), spikeMin: z.number().int(), spikeMax: z.number().int(), rate: z.number().min(0).max(1), seed }),
  }),
  z.strictObject({ ranked: z.strictObject({ rows: n, len: n, ids: n, maxScore: z.number().int().positive(), seed }) }),
]);
export type GenSpec = z.infer<typeof genSchema>;

function name(prefix: string, i: number, pad: number): string {
  return prefix + String(i).padStart(pad, '0');
}

export function generate(spec: GenSpec): unknown[] {
  if ('ints' in spec) {
    const { n: count, min, max, seed: s } = spec.ints;
    const rng = seeded(s);
    return Array.from({ length: count }, () => min + Math.floor(rng() * (max - min + 1)));
  }
  if ('spikes' in spec) {
    const { n: count, min, max, spikeMin, spikeMax, rate, seed: s } = spec.spikes;
    const rng = seeded(s);
    return Array.from({ length: count }, () => {
      const spike = rng() < rate;
      const lo = spike ? spikeMin : min;
      const hi = spike ? spikeMax : max;
      return lo + Math.floor(rng() * (hi - lo + 1));
    });
  }
  if ('range' in spec) return Array.from({ length: spec.range.n }, (_, i) => spec.range.start + i * spec.range.step);
  if ('names' in spec) return Array.from({ length: spec.names.n }, (_, i) => name(spec.names.prefix, i, spec.names.pad));
  if ('dag' in spec) {
    const { n: count, m, prefix, pad, seed: s } = spec.dag;
    const rng = seeded(s);
    // A hidden random order makes the DAG; names do not give the answer away.
    const order = Array.from({ length: count }, (_, i) => i);
    for (let i = count - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const edges: [string, string][] = [];
    for (let k = 0; k < m && count > 1; k++) {
      let a = Math.floor(rng() * count);
      let b = Math.floor(rng() * count);
      if (a === b) b = (b + 1) % count;
      if (a > b) [a, b] = [b, a];
      edges.push([name(prefix, order[a] as number, pad), name(prefix, order[b] as number, pad)]);
    }
    return edges;
  }
  if ('chain' in spec) {
    const { n: count, prefix, pad, reverse } = spec.chain;
    return Array.from({ length: count - 1 }, (_, i) =>
      reverse ? [name(prefix, i + 1, pad), name(prefix, i, pad)] : [name(prefix, i, pad), name(prefix, i + 1, pad)],
    );
  }
  if ('intervals' in spec) {
    const { n: count, maxStart, maxLen, seed: s } = spec.intervals;
    const rng = seeded(s);
    return Array.from({ length: count }, () => {
      const start = Math.floor(rng() * maxStart);
      return [start, start + 1 + Math.floor(rng() * maxLen)];
    });
  }
  const { rows, len, ids, maxScore, seed: s } = spec.ranked;
  const rng = seeded(s);
  return Array.from({ length: rows }, () => {
    const seen = new Set<number>();
    const row: { id: string; score: number }[] = [];
    for (let k = 0; k < len && seen.size < ids; k++) {
      let id = Math.floor(rng() * ids);
      while (seen.has(id)) id = (id + 1) % ids;
      seen.add(id);
      row.push({ id: `t${id}`, score: Math.floor(rng() * maxScore) });
    }
    return row.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  });
}

/** Replaces every `{ $gen: … }` inside a value with its generated array. Throws on a bad spec (a content bug). */
export function expandGenerators(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(expandGenerators);
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    if ('$gen' in o) return generate(genSchema.parse(o.$gen));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = expandGenerators(x);
    return out;
  }
  return v;
}
