/**
 * Size and shape of the shipped Netflix pack (content/netflix): the minimum counts the product
 * promises (PRODUCT.md §1) and the structural rules the mock loop and the plans rely on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIssue, loadPack } from '../../src/content/load-pack.js';
import type { Pack } from '../../src/core/pack/index.js';
import { ROLES, type Category } from '../../src/core/pack/schema.js';

const CURRENT_VALUES = ['selflessness', 'judgment', 'candor', 'creativity', 'courage', 'inclusion', 'curiosity', 'resilience'] as const;
const LEGACY_VALUES = ['judgment', 'communication', 'curiosity', 'courage', 'passion', 'selflessness', 'innovation', 'inclusion', 'integrity'] as const;
const LOOPS = ['swe-l4', 'swe-l5', 'swe-l6-l7', 'em', 'ds', 'mle', 'pm'] as const;
const HORIZONS = ['8-weeks', '4-weeks', '1-week', 'day-of'] as const;
const OTHER_CATEGORIES: readonly Category[] = ['hiring-manager', 'leadership', 'manager', 'data-science', 'machine-learning', 'product'];

let pack: Pack;

beforeAll(async () => {
  const result = await loadPack('content/netflix');
  if (!result.ok) {
    throw new Error(`content/netflix does not load:\n${result.issues.map((i) => formatIssue('content/netflix', i)).join('\n')}`);
  }
  pack = result.pack;
});

describe('content/netflix pack', () => {
  it('loads and validates', () => {
    expect(pack.meta.id).toBe('netflix');
  });

  it('has at least 150 questions', () => {
    expect(pack.questions.length).toBeGreaterThanOrEqual(150);
  });

  it('has unique question texts, so a mock loop never asks the same question twice', () => {
    const norm = (t: string): string => t.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const q of pack.questions) {
      const key = norm(q.text);
      const other = seen.get(key);
      if (other) duplicates.push(`${other} / ${q.id}: ${q.text}`);
      else seen.set(key, q.id);
    }
    expect(duplicates).toEqual([]);
  });
});

describe('values', () => {
  it('lists the eight current and nine legacy values with the right list tags', () => {
    for (const id of CURRENT_VALUES) expect(pack.values.find((v) => v.id === id)?.lists, id).toContain('current');
    for (const id of LEGACY_VALUES) expect(pack.values.find((v) => v.id === id)?.lists, id).toContain('legacy');
    expect(pack.values).toHaveLength(12);
  });

  it('gives every value 3–6 evidence behaviours with 3–8 cues each', () => {
    for (const v of pack.values) {
      expect(v.evidence.length, v.id).toBeGreaterThanOrEqual(3);
      expect(v.evidence.length, v.id).toBeLessThanOrEqual(6);
      for (const e of v.evidence) {
        expect(e.cues.length, `${v.id}: ${e.behaviour}`).toBeGreaterThanOrEqual(3);
        expect(e.cues.length, `${v.id}: ${e.behaviour}`).toBeLessThanOrEqual(8);
      }
    }
  });

  it('maps every legacy-only value to at least one current value', () => {
    for (const v of pack.values.filter((x) => !x.lists.includes('current'))) {
      expect(v.mapsTo.length, v.id).toBeGreaterThan(0);
      for (const m of v.mapsTo) expect(pack.values.find((x) => x.id === m)?.lists, `${v.id} → ${m}`).toContain('current');
    }
  });

  it('explains the culture concepts used in interviews', () => {
    const ids = pack.concepts.map((c) => c.id);
    for (const id of ['keeper-test', 'dream-team', 'people-over-process', 'context-not-control', 'informed-captain', 'farming-for-dissent', 'disagree-then-commit', 'highly-aligned-loosely-coupled', 'freedom-and-responsibility']) {
      expect(ids).toContain(id);
    }
  });
});

describe('question counts', () => {
  it.each(CURRENT_VALUES)('has at least 8 behavioral questions for %s', (value) => {
    const n = pack.questions.filter((q) => q.category === 'behavioral' && q.values.includes(value)).length;
    expect(n).toBeGreaterThanOrEqual(8);
  });

  it('gives every behavioral question a STAR sample, a story type and a target length', () => {
    for (const q of pack.questions.filter((x) => x.category === 'behavioral')) {
      expect('star' in q.sample, q.id).toBe(true);
      expect(q.targetSeconds, q.id).toBeDefined();
      expect(q.values.length, q.id).toBeGreaterThan(0);
    }
  });

  it('has at least 15 system-design questions, each with at least 10 key points', () => {
    const design = pack.questions.filter((q) => q.category === 'system-design');
    expect(design.length).toBeGreaterThanOrEqual(15);
    for (const q of design) expect(q.keyPoints.length, q.id).toBeGreaterThanOrEqual(10);
  });

  it.each(OTHER_CATEGORIES)('has at least 10 %s questions', (category) => {
    expect(pack.questions.filter((q) => q.category === category).length).toBeGreaterThanOrEqual(10);
  });

  it('gives every question 2–4 follow-ups', () => {
    for (const q of pack.questions) {
      expect(q.followUps.length, q.id).toBeGreaterThanOrEqual(2);
      expect(q.followUps.length, q.id).toBeLessThanOrEqual(4);
    }
  });
});

describe('loops', () => {
  it.each(LOOPS)('has the %s loop', (id) => {
    expect(pack.loops.map((l) => l.id)).toContain(id);
  });

  it('has a loop for every role, each owned by the hiring manager', () => {
    for (const role of ROLES) expect(pack.loops.some((l) => l.role === role), role).toBe(true);
    for (const loop of pack.loops) expect(loop.decision.owner.toLowerCase(), loop.id).toContain('hiring manager');
  });

  it('only draws from categories that have questions (coding draws from problems)', () => {
    const present = new Set<string>([...pack.questions.map((q) => q.category), 'coding']);
    for (const loop of pack.loops) {
      for (const round of loop.rounds) {
        for (const category of round.draws) expect(present.has(category), `${loop.id}/${round.id} draws ${category}`).toBe(true);
      }
    }
  });
});

describe('plans', () => {
  it.each(ROLES)('gives the %s role all four horizons', (role) => {
    const horizons = new Set(pack.plans.filter((p) => p.roles.includes(role)).map((p) => p.horizon));
    for (const h of HORIZONS) expect(horizons.has(h), `${role} ${h}`).toBe(true);
  });
});

describe('guidance', () => {
  it('has at least 10 failure modes and level expectations from L4 to L7 plus manager', () => {
    expect(pack.guidance.failureModes.length).toBeGreaterThanOrEqual(10);
    const levels = pack.guidance.levels.map((l) => l.level);
    for (const level of ['L4', 'L5', 'L6', 'L7', 'manager'] as const) expect(levels).toContain(level);
  });

  it('ticks the measurable checklist items from data', () => {
    const auto = new Set(pack.guidance.checklist.map((c) => c.auto).filter((a) => a !== undefined));
    for (const rule of ['stories-per-value', 'coding-explained', 'timed-answers', 'design-practised', 'mock-loop-done'] as const) {
      expect(auto.has(rule), rule).toBe(true);
    }
  });
});
