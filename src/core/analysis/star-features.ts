/**
 * Emission features of the STAR labeller: for each sentence, a set of named binary features
 * (cue phrases, tense and aspect, who acts, quantities, relative position). The decoder scores
 * each label as the sum of the weights of the sentence's features (see star-decoder.ts).
 */
import type { SentenceFeatures } from './features.js';
import type { LexiconName } from './lexicon.js';
import { nounClasses, verbClasses } from './word-classes.js';

const LEXICON_FEATURES: readonly LexiconName[] = [
  'situation', 'task', 'action', 'result', 'outcome', 'reflection', 'meta', 'tangent', 'habitual', 'problem', 'good', 'hypothetical', 'anchor', 'failure', 'conflict', 'decision', 'feedback', 'blame', 'never', 'vague', 'filler',
];
/** Lexicons whose individual cue phrases are features too (finer-grained evidence). */
const CUE_FEATURES: ReadonlySet<LexiconName> = new Set<LexiconName>(['situation', 'task', 'action', 'result', 'reflection', 'meta', 'tangent', 'habitual']);
/** Discourse openers worth a feature of their own. */
const OPENERS = new Set(['then', 'so', 'after', 'when', 'as', 'in', 'at', 'by', 'since', 'now', 'that', 'this', 'it', 'we', 'i', 'my', 'our', 'the', 'there', 'once', 'first', 'finally', 'next', 'instead', 'rather', 'within', 'over', 'today', 'two', 'last', 'during', 'because', 'what', 'looking', 'honestly', 'anyway', 'but', 'and', 'if', 'for', 'she', 'he', 'they', 'her', 'his', 'their', 'everyone', 'nobody', 'one']);


const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'it', 'that', 'this', 'be', 'have', 'do']);

function bucket(rel: number): number {
  return Math.min(4, Math.floor(rel * 5));
}

/**
 * Phrases that frame a sentence within the story, matched on the lower-cased text: a summary
 * told up front ("the short version is…"), a step back to context ("I should say, …"), a look
 * back ("looking back", "in hindsight").
 */
const FRAMES: readonly (readonly [string, RegExp])[] = [
  ['summary', /\b(short version|long story short|in short|bottom line|to cut a long story|the upshot|spoiler|headline is|net result)\b/],
  ['context', /\b(i should (say|mention|add|explain|point out)|i need to (say|mention|explain)|for context|some context|to give (you )?(some )?(context|background)|some background|as background|back then|at the time|at that point|to be clear)\b/],
  ['hindsight', /\b(looking back|in hindsight|in retrospect|with hindsight|if i did it again|next time)\b/],
];

/**
 * True when the answer narrates its story in the present tense ("so I go to my lead and I say…"):
 * at least two sentences tell a first-person action in the present tense (not a habit or a
 * hypothesis) and they outnumber the sentences that tell one in the past. Such an answer is read as if it were told in the past, so that the
 * tense evidence means the same as in a past-tense story (a present-tense sentence otherwise
 * reads as a habit or an opinion).
 */
export function narratesInPresent(sentences: readonly SentenceFeatures[]): boolean {
  let presentActs = 0;
  let pastActs = 0;
  for (const s of sentences) {
    if (s.hits.habitual || s.hits.hypothetical) continue;
    const acts = s.groups.filter((g) => g.action && !g.subordinate && !g.perfect && !g.progressive && (g.subject === 'i' || g.subject === 'we'));
    if (acts.some((g) => g.tense === 'past')) pastActs += 1;
    else if (acts.some((g) => g.tense === 'present')) presentActs += 1;
  }
  return presentActs >= 2 && presentActs > pastActs;
}

/** The sentence as if narrated in the past: present-tense verb groups become past ones. */
function shiftedToPast(s: SentenceFeatures): SentenceFeatures {
  const groups = s.groups.map((g) => (g.tense === 'present' ? { ...g, tense: 'past' as const } : g));
  let iActions = 0;
  let weActions = 0;
  for (const g of groups) {
    if (!g.action || g.tense !== 'past' || g.subordinate || g.perfect || g.progressive) continue;
    if (g.subject === 'i') iActions += 1;
    else if (g.subject === 'we') weActions += 1;
  }
  return {
    ...s,
    groups,
    tense: s.tense === 'present' ? 'past' : s.tense,
    tenses: { ...s.tenses, past: s.tenses.past + s.tenses.present, present: 0 },
    iActions,
    weActions,
  };
}

/**
 * Where the feature definitions below write to. Training and tests want the names (`starFeatures`);
 * the labeller at inference wants only the features its model has a weight for (star-decoder.ts
 * `FeatureScorer`), so open-vocabulary features ("w=goal", "verb2=ship") are handed over as a
 * constant prefix and a value and the scorer looks the value up without building the name.
 * A sink keeps the first occurrence of a feature and ignores repeats.
 */
export interface FeatureSink {
  /** The feature named `name`. */
  add(name: string): void;
  /** The feature named `${prefix}${value}` (`prefix` is a string constant). */
  addValue(prefix: string, value: string): void;
  /** The feature named `${prefix}${a}${infix}${b}` (`prefix` and `infix` are string constants). */
  addPair(prefix: string, a: string, infix: string, b: string): void;
}

/** Collects the names, first occurrence first (what `starFeatures` returns). */
class NameSink implements FeatureSink {
  readonly names = new Set<string>();
  add(name: string): void {
    this.names.add(name);
  }
  addValue(prefix: string, value: string): void {
    this.names.add(prefix + value);
  }
  addPair(prefix: string, a: string, infix: string, b: string): void {
    this.names.add(prefix + a + infix + b);
  }
}

/** True when `lemma` starts with an ASCII lower-case letter (same as /^[a-z]/). */
function startsLowerAscii(lemma: string): boolean {
  const c = lemma.charCodeAt(0);
  return c >= 0x61 && c <= 0x7a;
}

/** The first token with a letter or a digit (an ASCII one is tested without the regex). */
function firstWord(s: SentenceFeatures): SentenceFeatures['tokens'][number] | undefined {
  for (const t of s.tokens) {
    const c = t.text.charCodeAt(0);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return t;
    if (/[\p{L}\p{N}]/u.test(t.text)) return t;
  }
  return undefined;
}

/** Writes the features of sentence `k` of `n` to `f`, in a deterministic order (see `starFeatures`). */
export function writeStarFeatures(s: SentenceFeatures, k: number, n: number, f: FeatureSink): void {
  f.add('bias');
  const lower = s.text.toLowerCase();
  for (const [name, re] of FRAMES) if (re.test(lower)) f.addValue('frame=', name);
  const rel = n <= 1 ? 0 : k / (n - 1);
  f.add(REL[bucket(rel)] ?? `rel=${bucket(rel)}`);
  if (k === 0) f.add('pos=first');
  if (k === n - 1) f.add('pos=last');
  if (n === 1) f.add('pos=only');
  if (s.label) f.addValue('label=', s.label);

  f.addValue('tense=', s.tense);
  f.addValue('agent=', s.agent);
  f.addPair('agent=', s.agent, '&tense=', s.tense);
  if (s.progressive) f.add('progressive');
  if (s.perfect) f.add(s.tense === 'past' ? 'past-perfect' : 'perfect');
  if (s.passive) f.add('passive');
  if (s.agentlessPassive) f.add('agentless-passive');
  if (s.iActions > 0) f.add('i-action');
  if (s.iActions > 1) f.add('i-action-2');
  if (s.weActions > 0) f.add('we-action');
  if (s.tenses.past === 0 && s.tenses.present > 0) f.add('only-present');
  if (s.tenses.conditional > 0) f.add('has-conditional');
  if (s.question) f.add('question');
  const main = s.groups.find((g) => !g.subordinate && g.tense !== 'none');
  if (main && (main.lemma === 'be' || main.lemma === 'have') && main.tense === 'past' && !main.passive) f.add('stative-past');
  if (s.hits.outcome) f.addValue('outcome&agent=', s.agent);
  if (s.hits.reflection) f.addValue('reflection&agent=', s.agent);
  if (s.measures > 0) f.addValue('q&agent=', s.agent);
  if (main) {
    f.addValue('verb=', main.lemma);
    f.addPair('verb=', main.lemma, '&agent=', main.subject);
    for (const c of verbClasses(main.lemma)) {
      f.addValue('vclass=', c);
      f.addPair('vclass=', c, '&agent=', main.subject);
      f.addPair('vclass=', c, '&tense=', main.tense);
    }
  }
  for (const g of s.groups) if (g !== main) for (const c of verbClasses(g.lemma)) f.addValue('vclass2=', c);
  for (const t of s.tokens) if (t.pos === 'NOUN' || t.pos === 'PROPN') for (const c of nounClasses(t.lemma)) f.addValue('nclass=', c);
  for (const g of s.groups) if (g !== main && g.tense !== 'none') f.addValue('verb2=', g.lemma);

  if (s.measures > 0) f.add('q=any');
  if (s.measures > 1) f.add('q=2+');
  if (s.quantities.length > 0) {
    const kinds = new Set(s.quantities.map((q) => q.kind));
    for (const kind of [...kinds].sort()) f.addValue('q=', kind);
  }

  for (const name of LEXICON_FEATURES) {
    const hits = s.hits[name];
    if (!hits || hits.length === 0) continue;
    f.addValue('lex=', name);
    const cue = CUE_PREFIX.get(name);
    if (cue !== undefined) for (const h of hits) f.addValue(cue, h.cue);
  }

  // A sentence that sets the scene and states the obligation ("I was on call, so I had to decide…") is the task.
  if (s.hits.problem && !s.hits.good) f.add('valence=problem');
  if (s.hits.good && !s.hits.problem) f.add('valence=good');
  if (s.hits.problem && s.measures > 0) f.add('problem&q');
  if (s.hits.task && s.hits.situation) f.add('task&situation');
  if (s.hits.task && s.iActions > 0) f.add('task&i-action');
  if (s.hits.result && s.iActions + s.weActions > 0) f.add('result&first-person-action');
  const first = firstWord(s);
  if (first && OPENERS.has(first.lower)) f.addValue('first=', first.lower);
  // Bag of lemmas: the fitted weights keep the words that mark a part ("goal", "lesson", "fell").
  // (Repeats are dropped by the sink.)
  for (const t of s.tokens) {
    if (!startsLowerAscii(t.lemma) || STOP.has(t.lemma)) continue;
    f.addValue('w=', t.lemma);
  }
  const words = s.wordCount;
  f.add(words < 6 ? 'len<6' : words < 12 ? 'len<12' : words > 30 ? 'len>30' : 'len-mid');
}

const REL: readonly string[] = ['rel=0', 'rel=1', 'rel=2', 'rel=3', 'rel=4'];
/** `cue=${name}:` for the lexicons whose cue phrases are features. */
const CUE_PREFIX: ReadonlyMap<LexiconName, string> = new Map([...CUE_FEATURES].map((name) => [name, `cue=${name}:`]));

/** Feature names for sentence `k` of `n`. Deterministic order. */
export function starFeatures(s: SentenceFeatures, k: number, n: number): string[] {
  const sink = new NameSink();
  writeStarFeatures(s, k, n, sink);
  return [...sink.names];
}

/** Features of every sentence of an answer (the unit the labeller decodes). */
export function sequenceFeatures(sentences: readonly SentenceFeatures[]): string[][] {
  const rows = sentences.map(() => new Set<string>());
  let row = new Set<string>();
  writeSequenceFeatures(sentences, {
    begin: (k) => (row = rows[k] ?? row),
    add: (name) => row.add(name),
    addValue: (prefix, value) => row.add(prefix + value),
    addPair: (prefix, a, infix, b) => row.add(prefix + a + infix + b),
  });
  return rows.map((r) => [...r]);
}

/**
 * The same features as `sequenceFeatures`, written to a sink: `begin(k)` before sentence k's.
 * (The labeller scores them without building the names, see star-decoder.ts.)
 */
export function writeSequenceFeatures(sentences: readonly SentenceFeatures[], sink: FeatureSink & { begin(k: number): void }): void {
  const n = sentences.length;
  const narrated = narratesInPresent(sentences);
  for (let k = 0; k < n; k++) {
    const s = sentences[k];
    if (!s) continue;
    sink.begin(k);
    if (narrated) {
      sink.add('narr=present');
      writeStarFeatures(shiftedToPast(s), k, n, sink);
    } else writeStarFeatures(s, k, n, sink);
  }
}
