import { describe, expect, it } from 'vitest';
import { SourceMap } from './source-map.js';
import { MAX_SOURCE_CHARS, importLine, transpile } from './transpile.js';
import { canonical, digest, equal, normalize, show } from './values.js';

describe('transpile', () => {
  it('strips types, keeps exports and adds the entry footer', async () => {
    const r = await transpile('export class A {\n  constructor(private readonly x: number) {}\n}\n', 'A');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.js).toContain('class A');
    expect(r.js).not.toContain('private');
    expect(r.js).toContain("export const __keeperEntry = typeof A === 'undefined' ? undefined : A;");
  });

  it('reports syntax errors with 1-based line and column', async () => {
    const r = await transpile('const a = 1;\nconst b = ;\n', 'a');
    expect(r).toEqual({ ok: false, diagnostics: [{ line: 2, column: 11, message: 'Unexpected ";"' }] });
  });

  it('refuses submissions over the size limit', async () => {
    const r = await transpile('x'.repeat(MAX_SOURCE_CHARS + 1), 'x');
    expect(r.ok).toBe(false);
  });

  it('maps generated positions and stack frames back to the submission', async () => {
    const code = 'type T = { a: number };\n\n\nexport function f(t: T): number {\n  return (t as any).b.c;\n}\n';
    const r = await transpile(code, 'f');
    if (!r.ok) throw new Error('should compile');
    const genLine = r.js.split('\n').findIndex((l) => l.includes('.b.c')) + 1;
    const col = (r.js.split('\n')[genLine - 1] ?? '').indexOf('.b') + 1;
    expect(r.source.position(genLine, col).line).toBe(5);
    expect(r.source.rewrite(`at f (file:///solution.js:${genLine}:${col})`)).toBe(`at f (solution.ts:5:${r.source.position(genLine, col).column})`);
    expect(r.source.firstFrame('no frames here')).toBeUndefined();
  });

  it('finds the line of an import for its diagnostic', () => {
    expect(importLine("// hi\nimport fs from 'node:fs';\n", 'node:fs')).toBe(2);
    expect(importLine('nothing', 'x')).toBe(1);
  });
});

describe('source maps', () => {
  it('decodes VLQ mappings', () => {
    // "AAAA;AACA" : line 1 col 0 → src 0:0, line 2 col 0 → src 1:0
    const m = new SourceMap('AAAA;AACA');
    expect(m.original(1, 1)).toEqual({ line: 1, column: 1 });
    expect(m.original(2, 5)).toEqual({ line: 2, column: 5 });
    expect(m.original(3, 1)).toEqual({ line: 2, column: 1 });
  });
});

describe('values', () => {
  it('normalizes test-file values into the sandbox encoding', () => {
    expect(normalize({ a: [Number.NaN, undefined, -0, Infinity] })).toEqual({ a: [{ $number: 'NaN' }, { $undefined: true }, 0, { $number: 'Infinity' }] });
  });

  it('compares deeply, with tolerance and unordered arrays', () => {
    expect(equal({ b: 1, a: [1, 2] }, { a: [1, 2], b: 1 })).toBe(true);
    expect(equal([1, 2], [2, 1])).toBe(false);
    expect(equal([[1], [2]], [[2], [1]], { unordered: true })).toBe(true);
    expect(equal(0.1 + 0.2, 0.3)).toBe(false);
    expect(equal(0.1 + 0.2, 0.3, { tolerance: 1e-9 })).toBe(true);
    expect(equal({ $undefined: true }, null)).toBe(false);
  });

  it('digests and shows values stably', () => {
    expect(canonical({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(digest([1, 2, 3])).toMatch(/^[0-9a-f]{16}$/);
    expect(digest({ a: 1, b: 2 })).toBe(digest({ b: 2, a: 1 }));
    expect(show({ $undefined: true })).toBe('undefined');
    expect(show([1, 'a', { $fx: 'sleep' }])).toBe('[1, "a", <sleep>]');
  });
});
