/**
 * Figures with units in free text ("50k QPS", "1.2 Gbps", "6.5 TB", "65M concurrent streams",
 * "200 ms", "99.99%", "$1.25B"), normalised to a value and a unit kind. Pure.
 */
import type { EstimateKind } from './types.js';

export interface Quantity {
  /** Offsets into the string searched. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: number;
  /** Normalised unit ("qps", "gbps", "tb", "ms", "%", "usd", "streams" …). */
  readonly unit: string;
  readonly kind: EstimateKind;
}

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  t: 1e12,
  trillion: 1e12,
  trillions: 1e12,
};

const RATE_NOUNS =
  'requests?|reqs?|events?|messages?|msgs?|writes?|reads?|plays?|views?|impressions?|notifications?|emails?|pushes|searches|queries|lookups|calls|heartbeats|updates|ops|operations|transactions|keystrokes|payments|charges|registrations|uploads|posts|votes|comments|hits';
const PER_TIME = '(?:per|\\/|a|an|each|every)\\s*(?:second|sec|s|minute|min|hour|hr|h|day|d|month|week)\\b';

/** Unit alternatives, most specific first; each maps to a normalised unit and kind. */
const UNITS: readonly [string, (m: string) => string, EstimateKind][] = [
  ['qps|rps|tps|req\\/s|ops\\/s|writes\\/s|reads\\/s|msgs?\\/s|events\\/s|requests\\/s', (m) => m.toLowerCase().replace(/\/s$/, '/s'), 'rate'],
  [`(?:${RATE_NOUNS})\\s*${PER_TIME}`, (m) => m.toLowerCase().replace(/\s+/g, ' '), 'rate'],
  ['[kmgtp]bps|[kmgtp]bit\\/s|[kmgtp]bits?\\s*per\\s*second|[kmgtp]b\\/s(?![a-z])', (m) => `${m[0]?.toLowerCase() ?? ''}bps`, 'bandwidth'],
  ['(?:kb|mb|gb|tb|pb|eb|kib|mib|gib|tib|pib|bytes?|terabytes?|petabytes?|gigabytes?|megabytes?|exabytes?)(?![a-z\\/])', (m) => normaliseStorage(m), 'storage'],
  ['ms|msec|milliseconds?|µs|microseconds?', () => 'ms', 'latency'],
  ['%|percent|per cent', () => '%', 'percent'],
  ['seconds?|secs?|s(?![a-z])|minutes?|mins?|hours?|hrs?|h(?![a-z])|days?|weeks?|months?|years?', (m) => normaliseTime(m), 'duration'],
  [
    '(?:concurrent\\s+)?(?:users|members|memberships|subscribers|subs|customers|accounts|households|homes|profiles|dau|mau|viewers|streams|concurrent|sessions|connections|titles|videos|shows|episodes|servers|nodes|instances|machines|hosts|vms|containers|tasks|services|regions|partitions|shards|replicas|devices|device types|events|requests|items|keys|objects|rows|records|files|chunks|segments|encodes|clusters|countries|locations|sites|isps|ads|campaigns|experiments|tests|brokers|topics|hours of video|hours|rows|movies|products|notifications|messages|plays|impressions|cores|ocas)\\b',
    (m) => m.toLowerCase().replace(/\s+/g, ' '),
    'count',
  ],
];

const NUMBER = String.raw`(?<![\w.])(\$|€|£)?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(k|K|M|MM|B|bn|T)(?![A-Za-z])|\s?(thousand|million|millions|billion|billions|trillion))?\+?`;
const UNIT_ALT = UNITS.map(([u]) => `(${u})`).join('|');
const QUANTITY = new RegExp(`${NUMBER}(?:\\s?-?\\s?(?:${UNIT_ALT}))?`, 'gi');
const MONEY_WORD = /^\s*(?:dollars|usd)\b/i;

function normaliseStorage(m: string): string {
  const s = m.toLowerCase();
  if (s.startsWith('tera') || s === 'tib') return 'tb';
  if (s.startsWith('peta') || s === 'pib') return 'pb';
  if (s.startsWith('giga') || s === 'gib') return 'gb';
  if (s.startsWith('mega') || s === 'mib') return 'mb';
  if (s.startsWith('exa')) return 'eb';
  if (s.startsWith('byte')) return 'b';
  return s.replace('ib', 'b');
}

function normaliseTime(m: string): string {
  const s = m.toLowerCase();
  if (s.startsWith('s')) return 's';
  if (s.startsWith('mi')) return 'min';
  if (s.startsWith('h')) return 'h';
  if (s.startsWith('d')) return 'day';
  if (s.startsWith('w')) return 'week';
  if (s.startsWith('mo')) return 'month';
  return 'year';
}

/** Every figure in `text` (digits or words). Bare numbers without a unit or multiplier are skipped. */
export function findQuantities(text: string): Quantity[] {
  const digits = findDigitQuantities(text);
  const words = findWordQuantities(text).filter((w) => !digits.some((d) => d.start < w.end && w.start < d.end));
  return words.length === 0 ? digits : [...digits, ...words].sort((a, b) => a.start - b.start);
}

function findDigitQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  QUANTITY.lastIndex = 0;
  for (let m = QUANTITY.exec(text); m; m = QUANTITY.exec(text)) {
    const [whole, currency, digits, suffix, word] = m;
    if (!digits) continue;
    let value = Number(digits.replace(/,/g, ''));
    const mult = (suffix ?? word)?.toLowerCase();
    if (mult) value *= MULTIPLIERS[mult === 'm' && suffix === 'M' ? 'm' : mult] ?? 1;
    let unit: string | undefined;
    let kind: EstimateKind | undefined;
    for (let u = 0; u < UNITS.length; u++) {
      const hit = m[5 + u];
      const spec = UNITS[u];
      if (hit && spec) {
        unit = spec[1](hit.trim());
        kind = spec[2];
        break;
      }
    }
    if (currency || MONEY_WORD.test(text.slice(m.index + whole.length))) {
      unit = 'usd';
      kind = 'money';
    }
    // A lower-case "m"/"s" right after a number with a space is too ambiguous to be a unit on its own.
    if (!kind) {
      // "4K"/"8K" are resolutions, not counts.
      if (!mult || /^[248]K$/.test(whole.trim())) continue;
      unit = '';
      kind = 'count';
    }
    const text0 = whole.trim();
    const start = m.index + whole.indexOf(text0);
    out.push({ start, end: start + text0.length, text: text0, value, unit: unit ?? '', kind });
  }
  return out;
}

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const WORD_NUMBER = new RegExp(
  String.raw`\b(?:${Object.keys(SMALL).join('|')})(?:[\s-]+(?:and[\s-]+)?(?:${[...Object.keys(SMALL), 'hundred', ...Object.keys(SCALES)].join('|')}))*\b`,
  'gi',
);
const UNIT_AFTER = new RegExp(`\\s?-?\\s?(?:${UNIT_ALT})`, 'iy');

function wordValue(phrase: string): number {
  let total = 0;
  let current = 0;
  for (const w of phrase.toLowerCase().split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w in SMALL) current += SMALL[w] ?? 0;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALES) {
      total += (current || 1) * (SCALES[w] ?? 1);
      current = 0;
    }
  }
  return total + current;
}

/** Spelled-out figures with a unit or scale ("three hundred million members", "ten thousand nodes"). */
function findWordQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  WORD_NUMBER.lastIndex = 0;
  for (let m = WORD_NUMBER.exec(text); m; m = WORD_NUMBER.exec(text)) {
    const phrase = m[0];
    const value = wordValue(phrase);
    const end = m.index + phrase.length;
    UNIT_AFTER.lastIndex = end;
    const u = UNIT_AFTER.exec(text);
    let unit = '';
    let kind: EstimateKind | undefined;
    if (u) {
      for (let k = 0; k < UNITS.length; k++) {
        const hit = u[1 + k];
        const spec = UNITS[k];
        if (hit && spec) {
          unit = spec[1](hit.trim());
          kind = spec[2];
          break;
        }
      }
    }
    // Only figures that carry a unit or are large enough to be a scale statement.
    if (!kind && value < 1000) continue;
    const stop = u ? u.index + u[0].length : end;
    out.push({ start: m.index, end: stop, text: text.slice(m.index, stop), value, unit, kind: kind ?? 'count' });
  }
  return out;
}

/** Parses a pack number ("18,000 servers", "1.2 Gbps", "12 h") into a value and unit. */
export function parseNumberSpec(spec: string): Quantity | undefined {
  return findQuantities(spec)[0];
}

/** Same figure: value within 2% and, when both have one, the same unit. */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.value === 0 || b.value === 0) return a.value === b.value;
  const close = Math.abs(a.value - b.value) / Math.max(a.value, b.value) <= 0.02;
  if (!close) return false;
  if (!a.unit || !b.unit) return a.kind === b.kind || !a.unit || !b.unit;
  return a.kind === b.kind && (a.unit === b.unit || a.kind === 'count' || a.kind === 'rate');
}
