/**
 * "Explain your approach": Netflix interviewers grade thinking aloud, so the coding page asks the
 * candidate to describe the solution and checks what a strong explanation states — time and space
 * complexity, the edge cases handled, trade-offs considered and the data structures used. Pure.
 */
import { findComplexities, normalizeBigO, splitSentences, type ComplexityMention } from './complexity.js';

export interface ApproachContext {
  /** The problem's reference complexity text (problem.yaml `complexity`). */
  readonly complexity?: string | undefined;
  /** The problem's edge cases (problem.yaml `edgeCases`). */
  readonly edgeCases?: readonly string[] | undefined;
}

export interface StatedComplexity {
  /** Normalised, e.g. "O(log n)"; null when not stated. */
  readonly stated: string | null;
  /** Every mention, e.g. ["O(1)", "O(log n)"] for per-operation answers. */
  readonly all: readonly string[];
  /** Whether a stated bound appears in the reference complexity (undefined without a reference). */
  readonly matchesReference?: boolean;
}

export interface ApproachAnalysis {
  readonly time: StatedComplexity;
  readonly space: StatedComplexity;
  readonly edgeCases: { readonly mentioned: readonly string[]; readonly missing: readonly string[]; readonly generic: readonly string[] };
  readonly tradeOffs: readonly string[];
  readonly dataStructures: readonly string[];
  /** 0–100: complexity stated (40), edge cases (30), trade-offs (20), data structures (10). */
  readonly score: number;
  readonly tips: readonly string[];
  readonly words: number;
}

const STOP = new Set(
  'the a an and or of to in on at for is are be it its this that with without not no as by from when than then into only even one two must may can so such any all each every their there which while'.split(' '),
);

const GENERIC_EDGES: ReadonlyArray<[string, RegExp]> = [
  ['empty input', /\bempty\b|\bno (items|elements|keys|tasks|sessions|rows)\b/i],
  ['falsy values', /\bfalsy\b|\b(zero|0|false|null|undefined)\b.{0,30}\b(value|miss|hit)/i],
  ['duplicates', /\bduplicat|\brepeated\b/i],
  ['boundaries', /\bboundar|\bexactly\b|\boff[- ]by[- ]one\b|\binclusive\b|\bexclusive\b/i],
  ['ties', /\btie[sd]?\b|\btie-?break/i],
  ['cycles', /\bcycle|\bself[- ]loop/i],
  ['ordering', /\bunsorted\b|\bout of order\b|\bsort(ed|ing)?\b/i],
  ['large inputs', /\blarge\b|\bhuge\b|\bmillions?\b|\boverflow\b|\bscal/i],
  ['concurrency', /\bconcurren|\bthread|\block(s|ing)?\b|\batomic/i],
  ['expiry', /\bexpir|\bttl\b|\bstale\b/i],
];

const TRADE_OFF = /\btrade-?offs?\b|\bat the cost of\b|\binstead of\b|\brather than\b|\bversus\b|\bvs\.?\s|\bdownside\b|\bon the other hand\b|\balternative(ly)?\b|\bcould also\b|\bcheaper\b|\b(more|less) memory\b|\bbut (it|this|that)\b.{0,40}\b(slow|fast|memory|simpl|complex)|\bsimpler\b|\bin exchange\b/i;

const STRUCTURES: ReadonlyArray<[string, RegExp]> = [
  ['heap', /\b(min-?|max-?)?heap\b|\bpriority queue\b/i],
  ['hash map', /\bhash ?map\b|\bmap\b|\bdictionary\b|\bhash table\b/i],
  ['set', /\b(hash ?)?set\b/i],
  ['queue', /\bqueue\b|\bdeque\b|\bfifo\b/i],
  ['stack', /\bstack\b/i],
  ['linked list', /\blinked list\b/i],
  ['binary search', /\bbinary search\b|\bbisect/i],
  ['sorting', /\bsort(ed|ing)?\b/i],
  ['tree', /\b(balanced |binary |search )?tree\b|\bbst\b/i],
  ['sliding window', /\bsliding window\b|\btwo pointers?\b|\brunning (sum|total)s?\b/i],
  ['counter', /\bcount(er|s)\b/i],
];

function stem(w: string): string {
  return w
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/(ing|ed|es|s)$/, '');
}

function keywords(text: string): string[] {
  return [...new Set(text.split(/[^A-Za-z0-9]+/).map(stem).filter((w) => w.length >= 3 && !STOP.has(w)))];
}

function pick(mentions: readonly ComplexityMention[], about: 'time' | 'space', reference: readonly string[] | undefined): StatedComplexity {
  const own = mentions.filter((m) => m.about === about).map((m) => m.notation);
  const fallback = about === 'time' ? mentions.filter((m) => m.about === 'unknown').map((m) => m.notation) : [];
  const all = [...new Set(own.length > 0 ? own : fallback)];
  const stated = all[0] ?? null;
  if (reference === undefined || stated === null) return { stated, all };
  return { stated, all, matchesReference: all.some((n) => reference.includes(n)) };
}

function referenceBounds(complexity: string | undefined): string[] | undefined {
  if (!complexity) return undefined;
  return [...complexity.matchAll(/\bO\(\s*((?:[^()]|\([^()]*\))+?)\s*\)/g)].map((m) => normalizeBigO(m[1] ?? ''));
}

export function explainApproach(text: string, ctx: ApproachContext = {}): ApproachAnalysis {
  const sentences = splitSentences(text);
  const words = text.split(/\s+/).filter(Boolean).length;
  const mentions = findComplexities(text);
  const reference = referenceBounds(ctx.complexity);
  const time = pick(mentions, 'time', reference);
  const space = pick(mentions, 'space', reference);

  const own = new Set(keywords(text));
  const mentioned: string[] = [];
  const missing: string[] = [];
  for (const edge of ctx.edgeCases ?? []) {
    const keys = keywords(edge);
    const hits = keys.filter((k) => own.has(k)).length;
    (hits >= Math.min(2, keys.length) && hits / Math.max(1, keys.length) >= 0.3 ? mentioned : missing).push(edge);
  }
  const generic = GENERIC_EDGES.filter(([, re]) => re.test(text)).map(([name]) => name);
  const tradeOffs = sentences.filter((s) => TRADE_OFF.test(s));
  const dataStructures = STRUCTURES.filter(([, re]) => re.test(text)).map(([name]) => name);

  const edgeTotal = ctx.edgeCases?.length ?? 0;
  const edgeShare = edgeTotal > 0 ? mentioned.length / edgeTotal : Math.min(1, generic.length / 3);
  const score = Math.round(
    (time.stated ? 25 : 0) +
      (space.stated ? 15 : 0) +
      30 * Math.min(1, edgeShare * 1.5) +
      Math.min(20, tradeOffs.length * 10) +
      (dataStructures.length > 0 ? 10 : 0),
  );

  const tips: string[] = [];
  if (!time.stated) tips.push('State the time complexity of each operation, e.g. "get is O(1), count is O(log n) amortised".');
  else if (time.matchesReference === false && ctx.complexity) tips.push(`Check your time complexity against a reference answer: ${ctx.complexity}`);
  if (!space.stated) tips.push('Say how much extra memory the solution uses (its space complexity).');
  if (missing.length > 0) tips.push(`Say how you handle: ${missing.slice(0, 3).join('; ')}`);
  if (tradeOffs.length === 0) tips.push('Name one alternative you considered and why you chose against it (a trade-off).');
  if (dataStructures.length === 0) tips.push('Name the data structures you use and what each one gives you.');
  if (words < 40) tips.push('Explain a little more: interviewers grade the reasoning you say out loud, not only the code.');

  return { time, space, edgeCases: { mentioned, missing, generic }, tradeOffs, dataStructures, score: Math.min(100, score), tips, words };
}
