/**
 * Quantities in a sentence: wink's entities (cardinal, percent, money, duration, date, time) plus
 * patterns wink does not know: "850 ms", "p99", "3x", "$8M", "10k QPS", "2.5 TB", "doubled".
 */
import type { Entity, Token } from './nlp.js';

export type QuantityKind = 'percent' | 'money' | 'duration' | 'latency' | 'multiplier' | 'percentile' | 'size' | 'rate' | 'count' | 'date';

export interface Quantity {
  readonly kind: QuantityKind;
  /** Token positions within the sentence, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly text: string;
}

const LATENCY_UNITS = new Set(['ms', 'msec', 'millisecond', 'milliseconds', 'µs', 'us', 'ns', 'microsecond', 'microseconds']);
const TIME_UNITS = new Set(['s', 'sec', 'secs', 'second', 'seconds', 'min', 'mins', 'minute', 'minutes', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'week', 'weeks', 'month', 'months', 'quarter', 'quarters', 'year', 'years', 'sprint', 'sprints']);
const SIZE_UNITS = new Set(['kb', 'mb', 'gb', 'tb', 'pb', 'eb', 'kib', 'mib', 'gib', 'tib', 'byte', 'bytes', 'gbps', 'mbps', 'kbps', 'tbps']);
const RATE_UNITS = new Set(['qps', 'rps', 'tps', 'rpm', 'req', 'requests', 'ops', 'events', 'messages', 'writes', 'reads', 'calls', 'hits', 'wpm']);
const SCALE_SUFFIX = new Set(['k', 'm', 'b', 'bn', 'mm', 'million', 'millions', 'billion', 'billions', 'thousand', 'thousands', 'hundred', 'hundreds', 'trillion', 'dozen', 'dozens', 'lakh', 'crore']);
const MULTIPLIER_WORDS = new Set(['double', 'doubled', 'doubling', 'halve', 'halved', 'halving', 'triple', 'tripled', 'quadrupled', 'twice', 'tenfold', 'twofold', 'threefold', 'fivefold']);
const NUMBER_WORDS = new Set(['zero', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'dozen', 'half']);
const FRACTIONS = new Set(['third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths']);
const FRACTION_LEADS = new Set(['by', 'about', 'nearly', 'roughly', 'almost', 'over', 'under', 'than', 'only', 'just']);
const PERCENT_WORDS = new Set(['%', 'percent', 'per', 'pct', 'percentage', 'points', 'pp', 'bps', 'basis']);

const code = (c: string): number => c.charCodeAt(0);
/** Characters that may come before the digits of a number ("~40", "$8M"), as character codes. */
const APPROXIMATE = new Set(['~', '≈'].map(code));
const MONEY_OR_APPROXIMATE = new Set(['~', '$', '€', '£'].map(code));

/** Whether `text` starts with a digit or a character of `prefixes`: a cheap test before a regex. */
function startsWithDigit(text: string, prefixes: ReadonlySet<number>): boolean {
  const first = text.charCodeAt(0);
  return (first >= 0x30 && first <= 0x39) || prefixes.has(first);
}

function isNumeric(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.type === 'number') return true;
  if (startsWithDigit(t.text, APPROXIMATE) && /^[~≈]?\d[\d,]*(?:\.\d+)?$/.test(t.text)) return true;
  return t.pos === 'NUM' && NUMBER_WORDS.has(t.lower);
}

function kindForEntity(type: string): QuantityKind | undefined {
  switch (type) {
    case 'PERCENT':
      return 'percent';
    case 'MONEY':
      return 'money';
    case 'DURATION':
      return 'duration';
    case 'CARDINAL':
      return 'count';
    case 'DATE':
    case 'TIME':
      return 'date';
    default:
      return undefined;
  }
}

/** Kind of a number followed by `unit` (or undefined when the unit says nothing). */
function unitKind(unit: Token | undefined): QuantityKind | undefined {
  if (!unit) return undefined;
  const u = unit.lower.replace(/\.$/, '');
  if (LATENCY_UNITS.has(u)) return 'latency';
  if (TIME_UNITS.has(u)) return 'duration';
  if (SIZE_UNITS.has(u)) return 'size';
  if (RATE_UNITS.has(u)) return 'rate';
  if (u === 'x' || u === '×') return 'multiplier';
  if (PERCENT_WORDS.has(u) && u !== 'per') return 'percent';
  return undefined;
}

/**
 * Finds quantities in one sentence. `entities` are the document's entities; `offset` is the
 * position of the sentence's first token in the document.
 */
export function findQuantities(tokens: readonly Token[], entities: readonly Entity[], offset: number): Quantity[] {
  const out: Quantity[] = [];
  const covered = new Set<number>();
  const push = (kind: QuantityKind, first: number, last: number): void => {
    for (let k = first; k <= last; k++) covered.add(k);
    const text = tokens
      .slice(first, last + 1)
      .map((t, j) => (j > 0 && t.afterSpace ? ` ${t.text}` : t.text))
      .join('')
      .replace(/(\D)\.$/, '$1');
    out.push({ kind, first, last, text });
  };

  // 1. Custom patterns, which are more precise than wink's entities for technical quantities.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || covered.has(k)) continue;
    const lower = t.lower;
    const initial = lower.charAt(0);
    if ((initial === 'p' && /^p(?:50|75|90|95|99|999|99\.9)$/.test(lower)) || (initial === 't' && /^tp\d{2,3}$/.test(lower))) {
      push('percentile', k, k);
      continue;
    }
    const glued = startsWithDigit(t.text, MONEY_OR_APPROXIMATE) ? /^[~$€£]?\d[\d,.]*(ms|s|x|k|m|b|bn|gb|tb|pb|mb|kb|qps|rps|%|h|hrs?|d|w)$/i.exec(t.text) : null;
    if (glued) {
      const unit = glued[1]?.toLowerCase() ?? '';
      const kind: QuantityKind =
        t.text.startsWith('$') || t.text.startsWith('€') || t.text.startsWith('£')
          ? 'money'
          : unit === 'ms'
            ? 'latency'
            : unit === 'x'
              ? 'multiplier'
              : unit === '%'
                ? 'percent'
                : ['gb', 'tb', 'pb', 'mb', 'kb'].includes(unit)
                  ? 'size'
                  : ['qps', 'rps'].includes(unit)
                    ? 'rate'
                    : ['s', 'h', 'hr', 'hrs', 'd', 'w'].includes(unit)
                      ? 'duration'
                      : 'count';
      push(kind, k, k);
      continue;
    }
    if (MULTIPLIER_WORDS.has(lower)) {
      push('multiplier', k, k);
      continue;
    }
    // "a third", "two thirds", "half the cost", "a quarter of all orders"
    const next = tokens[k + 1];
    const quarterAsTime = next?.lower.startsWith('quarter') && tokens[k + 2]?.lower !== 'of' && !FRACTION_LEADS.has(tokens[k - 1]?.lower ?? '');
    if ((lower === 'a' || lower === 'one' || lower === 'two' || lower === 'three') && next && FRACTIONS.has(next.lower) && !quarterAsTime) {
      push('percent', k, k + 1);
      continue;
    }
    if (lower === 'half' && k > 0 && tokens[k - 1]?.lower !== 'first' && tokens[k - 1]?.lower !== 'second' && tokens[k - 1]?.lower !== 'that') {
      push('percent', k, k);
      continue;
    }
    if (t.type === 'currency' && isNumeric(tokens[k + 1])) {
      let last = k + 1;
      if (SCALE_SUFFIX.has(tokens[k + 2]?.lower ?? '') && !tokens[k + 2]?.afterSpace) last = k + 2;
      else if (SCALE_SUFFIX.has(tokens[k + 2]?.lower ?? '')) last = k + 2;
      push('money', k, last);
      continue;
    }
    if (isNumeric(t)) {
      let last = k;
      let next = tokens[last + 1];
      if (next && SCALE_SUFFIX.has(next.lower)) {
        last += 1;
        next = tokens[last + 1];
      }
      const kind = unitKind(next);
      if (kind) {
        last += 1;
        // "30 M req / s", "10 k QPS"
        if (tokens[last + 1]?.text === '/' && tokens[last + 2]) last += 2;
        push(kind, k, last);
        continue;
      }
    }
  }

  // 2. wink's entities for the rest.
  for (const e of entities) {
    const first = e.first - offset;
    const last = e.last - offset;
    if (first < 0 || last >= tokens.length) continue;
    const kind = kindForEntity(e.type);
    if (!kind) continue;
    let overlap = false;
    for (let k = first; k <= last; k++) if (covered.has(k)) overlap = true;
    if (overlap) continue;
    // "after a month", "two days later": when it happened, not how much changed.
    const before = tokens[first - 1]?.lower === 'a' || tokens[first - 1]?.lower === 'an' ? tokens[first - 2]?.lower : tokens[first - 1]?.lower;
    if (kind === 'duration' && (before === 'after' || tokens[last + 1]?.lower === 'later')) {
      push('date', first, last);
      continue;
    }
    if (kind === 'count') {
      const only = tokens[first];
      // "one of our engineers" is not a quantity; nor is a bare "1" in a list marker.
      if (first === last && only && (only.lower === 'one' || only.lower === 'a')) continue;
    }
    push(kind, first, last);
  }
  out.sort((a, b) => a.first - b.first);
  return out;
}

/** Quantities that measure something (everything except dates and times). */
export function isMeasure(q: Quantity): boolean {
  return q.kind !== 'date';
}
