/**
 * Emission features of the STAR labeller: for each sentence, a set of named binary features
 * (cue phrases, tense and aspect, who acts, quantities, relative position). The decoder scores
 * each label as the sum of the weights of the sentence's features (see star-model.ts).
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

/** Feature names for sentence `k` of `n`. Deterministic order. */
export function starFeatures(s: SentenceFeatures, k: number, n: number): string[] {
  const f: string[] = ['bias'];
  const lower = s.text.toLowerCase();
  for (const [name, re] of FRAMES) if (re.test(lower)) f.push(`frame=${name}`);
  const rel = n <= 1 ? 0 : k / (n - 1);
  f.push(`rel=${bucket(rel)}`);
  if (k === 0) f.push('pos=first');
  if (k === n - 1) f.push('pos=last');
  if (n === 1) f.push('pos=only');
  if (s.label) f.push(`label=${s.label}`);

  f.push(`tense=${s.tense}`, `agent=${s.agent}`, `agent=${s.agent}&tense=${s.tense}`);
  if (s.progressive) f.push('progressive');
  if (s.perfect) f.push(s.tense === 'past' ? 'past-perfect' : 'perfect');
  if (s.passive) f.push('passive');
  if (s.agentlessPassive) f.push('agentless-passive');
  if (s.iActions > 0) f.push('i-action');
  if (s.iActions > 1) f.push('i-action-2');
  if (s.weActions > 0) f.push('we-action');
  if (s.tenses.past === 0 && s.tenses.present > 0) f.push('only-present');
  if (s.tenses.conditional > 0) f.push('has-conditional');
  if (s.question) f.push('question');
  const main = s.groups.find((g) => !g.subordinate && g.tense !== 'none');
  if (main && (main.lemma === 'be' || main.lemma === 'have') && main.tense === 'past' && !main.passive) f.push('stative-past');
  if (s.hits.outcome) f.push(`outcome&agent=${s.agent}`);
  if (s.hits.reflection) f.push(`reflection&agent=${s.agent}`);
  if (s.measures > 0) f.push(`q&agent=${s.agent}`);
  if (main) {
    f.push(`verb=${main.lemma}`, `verb=${main.lemma}&agent=${main.subject}`);
    for (const c of verbClasses(main.lemma)) f.push(`vclass=${c}`, `vclass=${c}&agent=${main.subject}`, `vclass=${c}&tense=${main.tense}`);
  }
  for (const g of s.groups) if (g !== main) for (const c of verbClasses(g.lemma)) f.push(`vclass2=${c}`);
  for (const t of s.tokens) if (t.pos === 'NOUN' || t.pos === 'PROPN') for (const c of nounClasses(t.lemma)) f.push(`nclass=${c}`);
  for (const g of s.groups) if (g !== main && g.tense !== 'none') f.push(`verb2=${g.lemma}`);

  const kinds = new Set(s.quantities.map((q) => q.kind));
  if (s.measures > 0) f.push('q=any');
  if (s.measures > 1) f.push('q=2+');
  for (const kind of [...kinds].sort()) f.push(`q=${kind}`);

  for (const name of LEXICON_FEATURES) {
    const hits = s.hits[name];
    if (!hits || hits.length === 0) continue;
    f.push(`lex=${name}`);
    if (CUE_FEATURES.has(name)) for (const h of hits) f.push(`cue=${name}:${h.cue}`);
  }

  // A sentence that sets the scene and states the obligation ("I was on call, so I had to decide…") is the task.
  if (s.hits.problem && !s.hits.good) f.push('valence=problem');
  if (s.hits.good && !s.hits.problem) f.push('valence=good');
  if (s.hits.problem && s.measures > 0) f.push('problem&q');
  if (s.hits.task && s.hits.situation) f.push('task&situation');
  if (s.hits.task && s.iActions > 0) f.push('task&i-action');
  if (s.hits.result && s.iActions + s.weActions > 0) f.push('result&first-person-action');
  const first = s.tokens.find((t) => /[\p{L}\p{N}]/u.test(t.text));
  if (first && OPENERS.has(first.lower)) f.push(`first=${first.lower}`);
  // Bag of lemmas: the fitted weights keep the words that mark a part ("goal", "lesson", "fell").
  const seen = new Set<string>();
  for (const t of s.tokens) {
    if (!/^[a-z]/.test(t.lemma) || STOP.has(t.lemma) || seen.has(t.lemma)) continue;
    seen.add(t.lemma);
    f.push(`w=${t.lemma}`);
  }
  const words = s.wordCount;
  f.push(words < 6 ? 'len<6' : words < 12 ? 'len<12' : words > 30 ? 'len>30' : 'len-mid');
  return [...new Set(f)];
}

/** Features of every sentence of an answer (the unit the labeller decodes). */
export function sequenceFeatures(sentences: readonly SentenceFeatures[]): string[][] {
  const n = sentences.length;
  if (!narratesInPresent(sentences)) return sentences.map((s, k) => starFeatures(s, k, n));
  return sentences.map((s, k) => ['narr=present', ...starFeatures(shiftedToPast(s), k, n)]);
}
