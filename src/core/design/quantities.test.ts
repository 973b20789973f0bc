import { describe, expect, it } from 'vitest';
import { findQuantities, parseNumberSpec, sameQuantity } from './quantities.js';

const simple = (text: string): [string, number, string, string][] => findQuantities(text).map((q) => [q.text, q.value, q.unit, q.kind]);

describe('findQuantities', () => {
  it('reads rates, bandwidth, storage, latency, percentages and money', () => {
    expect(simple('50k QPS, 1.2 Gbps, 6.5TB, p99 of 200 ms, 99.99% and $1.25B')).toEqual([
      ['50k QPS', 50_000, 'qps', 'rate'],
      ['1.2 Gbps', 1.2, 'gbps', 'bandwidth'],
      ['6.5TB', 6.5, 'tb', 'storage'],
      ['200 ms', 200, 'ms', 'latency'],
      ['99.99%', 99.99, '%', 'percent'],
      ['$1.25B', 1.25e9, 'usd', 'money'],
    ]);
  });

  it('reads counts with scale words, rates per unit of time and spelled-out numbers', () => {
    expect(simple('65M concurrent streams and 700 billion messages per day')).toEqual([
      ['65M concurrent streams', 65e6, 'concurrent streams', 'count'],
      ['700 billion messages per day', 700e9, 'messages per day', 'rate'],
    ]);
    expect(simple('about three hundred million households')).toEqual([['three hundred million households', 3e8, 'households', 'count']]);
  });

  it('skips bare numbers and resolutions', () => {
    expect(simple('Step 2 of 3 serves 4K video')).toEqual([]);
  });

  it('compares pack numbers with answer figures', () => {
    const spec = parseNumberSpec('18,000 servers');
    const said = findQuantities('roughly 18k servers')[0];
    expect(spec && said && sameQuantity(said, spec)).toBe(true);
  });
});
