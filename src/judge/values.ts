/**
 * Host-side values: expected values from test files and actual values decoded from the sandbox share
 * one JSON form (tagged objects for undefined, NaN, Map…). Comparison, display and digests live here.
 */
import { createHash } from 'node:crypto';

/** Turns a value from a test file into the encoded form the sandbox produces. */
export function normalize(v: unknown): unknown {
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return { $number: 'NaN' };
    if (v === Infinity) return { $number: 'Infinity' };
    if (v === -Infinity) return { $number: '-Infinity' };
    return v === 0 ? 0 : v;
  }
  if (v === undefined) return { $undefined: true };
  if (Array.isArray(v)) return v.map(normalize);
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = normalize(x);
    return out;
  }
  return v;
}

export interface CompareOptions {
  readonly tolerance?: number | undefined;
  readonly unordered?: boolean | undefined;
}

function numbersClose(a: number, b: number, tol: number): boolean {
  if (a === b) return true;
  const diff = Math.abs(a - b);
  return diff <= tol || diff <= tol * Math.max(Math.abs(a), Math.abs(b));
}

/** Deep equality of two encoded values; object key order never matters. */
export function equal(actual: unknown, expected: unknown, opts: CompareOptions = {}, top = true): boolean {
  if (typeof actual === 'number' && typeof expected === 'number') return numbersClose(actual, expected, opts.tolerance ?? 0);
  if (actual === expected) return true;
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) return false;
  if (Array.isArray(actual) || Array.isArray(expected)) {
    if (!Array.isArray(actual) || !Array.isArray(expected) || actual.length !== expected.length) return false;
    if (top && opts.unordered) {
      const a = [...actual].map(canonical).sort();
      const b = [...expected].map(canonical).sort();
      if (opts.tolerance === undefined) return a.every((x, i) => x === b[i]);
    }
    return actual.every((x, i) => equal(x, expected[i], opts, false));
  }
  const ak = Object.keys(actual);
  const ek = Object.keys(expected);
  if (ak.length !== ek.length) return false;
  const e = expected as Record<string, unknown>;
  const a = actual as Record<string, unknown>;
  return ak.every((k) => Object.prototype.hasOwnProperty.call(e, k) && equal(a[k], e[k], opts, false));
}

/** JSON with sorted object keys: the same value always gives the same text. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    const keys = Object.keys(v).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** 16 hex digits identifying a list of results (for load cases whose outputs are too big to list). */
export function digest(values: unknown): string {
  return createHash('sha256').update(canonical(values)).digest('hex').slice(0, 16);
}

/** A short, JavaScript-looking rendering of an encoded value, for messages. */
export function show(v: unknown, max = 160): string {
  const s = render(v, 0);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function render(v: unknown, depth: number): string {
  if (depth > 8) return '…';
  if (Array.isArray(v)) return `[${v.slice(0, 50).map((x) => render(x, depth + 1)).join(', ')}${v.length > 50 ? ', …' : ''}]`;
  if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    if (o.$undefined === true) return 'undefined';
    if (o.$now === true) return '<clock>';
    if (typeof o.$fx === 'string') return `<${o.$fx}>`;
    if (o.$gen !== undefined) return '<generated>';
    if (typeof o.$number === 'string') return o.$number;
    if (typeof o.$bigint === 'string') return `${o.$bigint}n`;
    if (o.$function === true) return '[function]';
    if (o.$symbol === true) return '[symbol]';
    if (Array.isArray(o.$map)) return `Map(${render(o.$map, depth + 1)})`;
    if (Array.isArray(o.$set)) return `Set(${render(o.$set, depth + 1)})`;
    const keys = Object.keys(o);
    return `{ ${keys.slice(0, 20).map((k) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${render(o[k], depth + 1)}`).join(', ')}${keys.length > 20 ? ', …' : ''} }`;
  }
  return JSON.stringify(v) ?? String(v);
}
