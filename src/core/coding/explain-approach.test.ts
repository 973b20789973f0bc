import { describe, expect, it } from 'vitest';
import { findComplexities, normalizeBigO } from './complexity.js';
import { explainApproach } from './explain-approach.js';

const TTL = {
  complexity: 'set O(log n), get O(1), count amortised O(log n) per expired key with a min-heap of expiry times; O(n) space.',
  edgeCases: [
    'Falsy values (0, false, empty string, null) are hits, not misses.',
    'An entry is gone exactly at t + ttl, not one millisecond later.',
    'Overwriting a key restarts its time to live, even with a shorter ttl.',
    'count() must not include expired keys that nobody has read.',
  ],
};

describe('normalizeBigO', () => {
  it('writes equivalent forms the same way', () => {
    expect(normalizeBigO('N*logN')).toBe('O(n log n)');
    expect(normalizeBigO('n log(n)')).toBe('O(n log n)');
    expect(normalizeBigO('n²')).toBe('O(n^2)');
    expect(normalizeBigO(' 1 ')).toBe('O(1)');
    expect(normalizeBigO('V+E')).toBe('O(v + e)');
  });
});

describe('findComplexities', () => {
  it('tells time from space by the words around each bound', () => {
    const found = findComplexities('Each get runs in O(1) time. The heap needs O(n) extra space. Lookups are O(log n).');
    expect(found.map((f) => [f.notation, f.about])).toEqual([
      ['O(1)', 'time'],
      ['O(n)', 'space'],
      ['O(log n)', 'time'],
    ]);
  });

  it('understands words such as "constant space"', () => {
    expect(findComplexities('It uses constant space and linear time.').map((f) => [f.notation, f.about])).toEqual([
      ['O(1)', 'space'],
      ['O(n)', 'time'],
    ]);
  });
});

describe('explainApproach', () => {
  const strong = [
    'I keep a hash map from key to value and expiry time, plus a min-heap ordered by expiry.',
    'get is O(1) time: it checks the expiry with now() >= expiresAt, so an entry is gone exactly at t + ttl.',
    'set is O(log n) because it pushes onto the heap, and overall it needs O(n) space.',
    'I compare with undefined instead of truthiness so falsy values like 0 or false are hits, not misses.',
    'Overwriting a key restarts its ttl; the old heap entry becomes stale and count() skips it.',
    'count() pops expired keys so expired keys nobody read are not counted.',
    'A background sweep would be simpler, but it costs a timer and scans; the heap trades memory for predictable cleanup.',
  ].join(' ');

  it('recognises a strong explanation', () => {
    const a = explainApproach(strong, TTL);
    expect(a.time).toMatchObject({ stated: 'O(1)', matchesReference: true });
    expect(a.time.all).toContain('O(log n)');
    expect(a.space).toMatchObject({ stated: 'O(n)', matchesReference: true });
    expect(a.edgeCases.missing).toEqual([]);
    expect(a.edgeCases.mentioned).toHaveLength(4);
    expect(a.tradeOffs.length).toBeGreaterThanOrEqual(1);
    expect(a.dataStructures).toEqual(expect.arrayContaining(['heap', 'hash map']));
    expect(a.score).toBeGreaterThanOrEqual(90);
  });

  it('gives concrete tips for a thin explanation, and a lower score', () => {
    const a = explainApproach('I used a map and it works.', TTL);
    expect(a.time.stated).toBeNull();
    expect(a.space.stated).toBeNull();
    expect(a.edgeCases.missing).toHaveLength(4);
    expect(a.tips.join(' ')).toMatch(/time complexity/);
    expect(a.tips.join(' ')).toMatch(/trade-off/);
    expect(a.score).toBeLessThan(30);
    expect(a.score).toBeLessThan(explainApproach(strong, TTL).score);
  });

  it('flags a stated bound that the reference does not support', () => {
    const a = explainApproach('Every operation scans the whole array, so it is O(n^2) time overall.', TTL);
    expect(a.time).toMatchObject({ stated: 'O(n^2)', matchesReference: false });
    expect(a.tips.join(' ')).toMatch(/reference/);
  });

  it('works without a problem, using generic edge-case words', () => {
    const a = explainApproach('Handles empty input, duplicates and ties by sorting first; O(n log n) time.');
    expect(a.edgeCases.generic).toEqual(expect.arrayContaining(['empty input', 'duplicates', 'ties']));
    expect(a.time.stated).toBe('O(n log n)');
    expect(a.time.matchesReference).toBeUndefined();
  });
});
