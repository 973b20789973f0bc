/**
 * A small seeded pseudo-random generator for reproducible mock loops (no Math.random in core).
 * mulberry32: 32-bit state, fast, good enough for shuffling interview questions.
 * Pure.
 */

import { mulberry32, type Rng } from '../random.js';

export { mulberry32, type Rng };

/** Hashes a string or number seed to a 32-bit unsigned integer (FNV-1a over the text form). */
export function hashSeed(seed: string | number): number {
  const text = typeof seed === 'number' ? `n:${seed}` : `s:${seed}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A generator derived from a seed and a label, so independent choices do not share one stream. */
export function rngFor(seed: string | number, label: string): Rng {
  return mulberry32(hashSeed(`${String(seed)}|${label}`));
}

/** A uniformly chosen index in [0, n), or -1 when n is 0. */
export function pickIndex(rng: Rng, n: number): number {
  return n <= 0 ? -1 : Math.min(n - 1, Math.floor(rng() * n));
}
