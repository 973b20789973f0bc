import { describe, expect, it } from 'vitest';
import { planLoop } from './plan.js';
import { hashSeed, mulberry32, pickIndex, rngFor } from './prng.js';
import { testPack } from './test-fixtures.js';
import type { LoopPlan } from './types.js';

const pack = testPack();

function plan(opts: Partial<Parameters<typeof planLoop>[1]> = {}): LoopPlan {
  const result = planLoop(pack, { role: 'swe', level: 'L5', seed: 1, ...opts });
  if (!result.ok) throw new Error(result.error.message);
  return result.plan;
}

describe('prng', () => {
  it('is reproducible for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect([c(), c(), c()]).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
  it('hashes seeds of both kinds and derives independent streams', () => {
    expect(hashSeed('abc')).toBe(hashSeed('abc'));
    expect(hashSeed(1)).not.toBe(hashSeed('1'));
    expect(rngFor('s', 'a')()).not.toBe(rngFor('s', 'b')());
    expect(pickIndex(() => 0.999, 3)).toBe(2);
    expect(pickIndex(() => 0.5, 0)).toBe(-1);
  });
});

describe('planLoop', () => {
  it('plans every non-optional round of the loop for the role and level, in order, with lengths and grades', () => {
    const p = plan();
    expect(p.loopId).toBe('swe-l5');
    expect(p.rounds.map((r) => r.id)).toEqual(['recruiter', 'hm', 'coding', 'design', 'culture']);
    expect(p.rounds.map((r) => r.items.length)).toEqual([1, 1, 1, 1, 2]);
    expect(p.rounds[0]?.minutes).toBe(45);
    expect(p.rounds[1]?.hiringManager).toBe(true);
    expect(p.rounds[0]?.hiringManager).toBe(false);
    expect(p.decision.rule).toBe('Unanimous panel.');
  });

  it('uses coding problems for coding rounds and keeps design key points', () => {
    const p = plan();
    const coding = p.rounds.find((r) => r.id === 'coding');
    expect(coding?.items[0]).toMatchObject({ kind: 'problem', id: 'ttl-cache', category: 'coding' });
    expect(coding?.items[0]?.followUps.length).toBe(2);
    const design = p.rounds.find((r) => r.id === 'design');
    expect(design?.items[0]?.keyPoints.map((k) => k.id)).toEqual(['edge-cache', 'region-failover', 'rate-limits']);
  });

  it('covers each target value of a round before doubling up, and says so', () => {
    const culture = plan().rounds.find((r) => r.id === 'culture');
    const covered = new Set(culture?.items.flatMap((i) => i.why.covers));
    expect(covered).toEqual(new Set(['courage', 'candor']));
    for (const item of culture?.items ?? []) expect(item.reason).toMatch(/covers (courage|candor)/i);
  });

  it('counts a legacy value that maps to a target as covering it', () => {
    // Hide the only candor question: the legacy "communication" question maps to candor.
    const p = plan({ history: { recent: ['b-candor-1'] } });
    const culture = p.rounds.find((r) => r.id === 'culture');
    const ids = culture?.items.map((i) => i.id);
    expect(ids).toContain('b-comm-1');
    expect(culture?.items.find((i) => i.id === 'b-comm-1')?.why.covers).toEqual(['candor']);
  });

  it('avoids questions seen recently when others fit as well', () => {
    for (let seed = 0; seed < 20; seed++) {
      const p = plan({ seed, history: { recent: ['b-courage-1', 'b-courage-2'] } });
      const culture = p.rounds.find((r) => r.id === 'culture');
      expect(culture?.items.map((i) => i.id)).not.toContain('b-courage-1');
      expect(culture?.items.map((i) => i.id)).not.toContain('b-courage-2');
    }
  });

  it('still asks a recently seen question when nothing else fits, and explains it', () => {
    const p = plan({ history: { recent: ['hm-1', 'hm-2'] } });
    const hm = p.rounds.find((r) => r.id === 'hm');
    expect(hm?.items[0]?.why.seenRecently).toBeDefined();
    expect(hm?.items[0]?.reason).toMatch(/saw it recently/);
  });

  it('leans toward weak values', () => {
    for (let seed = 0; seed < 20; seed++) {
      const p = plan({ seed, history: { weakValues: ['judgment'] } });
      const culture = p.rounds.find((r) => r.id === 'culture');
      // b-courage-2 covers courage AND practises the weak value, so it beats b-courage-1.
      expect(culture?.items.map((i) => i.id)).toContain('b-courage-2');
      expect(culture?.items.find((i) => i.id === 'b-courage-2')?.why.weak).toEqual(['judgment']);
    }
  });

  it('never asks the same question twice in a loop', () => {
    for (let seed = 0; seed < 30; seed++) {
      const ids = plan({ seed }).rounds.flatMap((r) => r.items.map((i) => i.id));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('is reproducible for a seed, and the seed matters when questions tie', () => {
    expect(plan({ seed: 'abc' })).toEqual(plan({ seed: 'abc' }));
    const picks = new Set<string>();
    for (let seed = 0; seed < 40; seed++) picks.add(plan({ seed }).rounds[0]?.items[0]?.id ?? '');
    // The recruiter round has no question covering curiosity for behavioral draws except b-mixed-1, which always wins.
    expect(picks).toEqual(new Set(['b-mixed-1']));
    const culturePicks = new Set<string>();
    for (let seed = 0; seed < 40; seed++) culturePicks.add(plan({ seed }).rounds[4]?.items.map((i) => i.id).join(',') ?? '');
    expect(culturePicks.size).toBeGreaterThan(1);
  });

  it('loosens role and level filters only when it must, and says so', () => {
    const p = plan({ role: 'swe', level: 'L6' });
    expect(p.warnings.join(' ')).toMatch(/No swe loop for L6/);
    const first = p.rounds[0]?.items[0];
    expect(first?.why.relaxed).toBe('level');
    expect(first?.reason).toMatch(/not written for your level/);
  });

  it('plans a single round on request and reports unknown rounds', () => {
    const p = plan({ roundIds: ['culture', 'nope'] });
    expect(p.rounds.map((r) => r.id)).toEqual(['culture']);
    expect(p.warnings.join(' ')).toMatch(/Unknown rounds ignored: nope/);
  });

  it('leaves out a round with no questions, with a warning', () => {
    const p = plan({ includeOptional: true });
    expect(p.rounds.map((r) => r.id)).not.toContain('director');
    expect(p.warnings.join(' ')).toMatch(/director round is left out/);
  });

  it('returns an error as data when no loop fits', () => {
    const result = planLoop(pack, { role: 'pm', level: 'L5', seed: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ type: 'no-loop', message: expect.stringMatching(/no loop for role pm/) });
    const none = planLoop(pack, { role: 'swe', level: 'L5', seed: 1, roundIds: ['nope'] });
    expect(none.ok).toBe(false);
    const unknownLoop = planLoop(pack, { role: 'swe', level: 'L5', seed: 1, loopId: 'nope' });
    expect(unknownLoop.ok).toBe(false);
  });

  it('asks chosen questions in the first round when asked to', () => {
    const p = plan({ roundIds: ['culture'], questionIds: ['b-judgment-1'] });
    expect(p.rounds[0]?.items.map((i) => i.id)).toEqual(['b-judgment-1']);
    expect(p.rounds[0]?.items[0]?.reason).toBe('You chose this question.');
    expect(plan({ minutes: 0.5 }).rounds.every((r) => r.minutes === 0.5)).toBe(true);
    const bad = planLoop(pack, { role: 'swe', level: 'L5', seed: 1, questionIds: ['nope'] });
    expect(bad.ok).toBe(false);
  });

  it('warns when a round has fewer questions than slots', () => {
    const small = testPack({
      questions: [
        {
          id: 'only-one',
          text: 'Only one?',
          round: 'behavioral',
          category: 'behavioral',
          roles: ['swe'],
          levels: ['L5'],
          values: ['courage'],
          why: 'W.',
          howToAnswer: 'H.',
          evaluated: ['E'],
          followUps: ['A?', 'B?'],
          redFlags: ['R'],
          sample: { text: 'S.' },
        },
      ],
    });
    const result = planLoop(small, { role: 'swe', level: 'L5', seed: 1, roundIds: ['culture'] });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.plan.rounds[0]?.items.length).toBe(1);
      expect(result.plan.warnings.join(' ')).toMatch(/only 1 fitting question/);
    }
  });
});
