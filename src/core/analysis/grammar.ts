/**
 * Light grammar over wink's universal POS tags: verb groups with their subject person, tense,
 * aspect and voice. wink gives no morphological tense, so tense is read from auxiliaries and
 * word forms ("rewrote" ≠ lemma "rewrite" → past). Heuristic, fast, and good enough to tell a
 * narrated action ("I rewrote the job") from a state ("the job was slow"), a habit ("I always
 * write docs") or a hypothesis ("I would write a doc").
 */
import type { Token } from './nlp.js';
import { STATIVE } from './lexicon.js';

export type Person = 'i' | 'we' | 'you' | 'other' | 'none';
export type Tense = 'past' | 'present' | 'future' | 'conditional' | 'none';

export interface VerbGroup {
  /** Position of the main verb (or of the last auxiliary for a copula) within the sentence. */
  readonly head: number;
  readonly lemma: string;
  readonly subject: Person;
  readonly tense: Tense;
  readonly progressive: boolean;
  readonly perfect: boolean;
  readonly passive: boolean;
  /** An action verb (not be/have/know/want…). */
  readonly action: boolean;
  /** Inside a leading subordinate clause ("When I joined, …"). */
  readonly subordinate: boolean;
}

const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d"]);
const PRESENT_AUX = new Set(['am', 'is', 'are', "'m", "'re", "'s", 'has', 'have', "'ve", 'do', 'does']);
const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'wo', 'gonna']);
const CONDITIONAL_AUX = new Set(['would', 'could', 'should', 'might']);
const MODAL_PRESENT = new Set(['can', 'ca', 'may', 'must', 'cannot']);
const BE_FORMS = new Set(['be', 'was', 'were', 'been', 'being', 'is', 'am', 'are', "'m", "'re", "'s", 'get', 'got', 'gets', 'getting', 'gotten']);
const HAVE_FORMS = new Set(['have', 'has', 'had', "'ve", 'having']);
const SUBORDINATORS = new Set(['when', 'after', 'before', 'because', 'if', 'since', 'while', 'as', 'although', 'though', 'once', 'until', 'whenever', 'unless']);
const AMBIGUOUS_PAST = new Set(['cut', 'put', 'set', 'let', 'hit', 'quit', 'read', 'spread', 'shut', 'hurt', 'cost', 'split', 'run', 'come', 'become', 'bet']);
/** Participles that read as adjectives after "I was …" (not passive voice in the ownership sense). */
const STATE_PARTICIPLES = new Set(['excite', 'interest', 'worry', 'frustrate', 'surprise', 'tire', 'involve', 'base', 'suppose', 'use', 'please', 'concern', 'convince', 'scare', 'stress', 'confuse', 'disappoint', 'impress', 'bore', 'overwhelm', 'embarrass', 'annoy', 'relieve', 'thrill', 'satisfy', 'prepare', 'determine', 'qualify', 'locate', 'focus', 'motivate', 'burn', 'stick', 'block', 'stuck']);

function personOf(t: Token): Person | undefined {
  switch (t.lower) {
    case 'i':
      return 'i';
    case 'we':
      return 'we';
    case 'you':
      return 'you';
    case 'me':
    case 'us':
    case 'him':
    case 'them':
    case 'myself':
    case 'ourselves':
      return undefined; // objects are never subjects
    default:
      if (t.pos === 'PRON' || t.pos === 'NOUN' || t.pos === 'PROPN') return 'other';
      return undefined;
  }
}

function isParticiple(t: Token): boolean {
  if (t.lower === t.lemma) return AMBIGUOUS_PAST.has(t.lemma);
  return !t.lower.endsWith('ing') && !t.lower.endsWith('s');
}

function finiteTenseOfVerb(t: Token, prev: Token | undefined): Tense {
  if (t.lower.endsWith('ing') && t.lower !== t.lemma) return 'none';
  if (prev && (prev.lower === 'to' || prev.pos === 'PART')) return 'none';
  if (t.lower !== t.lemma) return t.lower === t.lemma + 's' || t.lower === t.lemma + 'es' || /ies$/.test(t.lower) ? 'present' : 'past';
  if (AMBIGUOUS_PAST.has(t.lemma)) return 'past';
  return 'present';
}

/** Words that may come before a subject-less verb that opens a sentence ("Then rewrote …"). */
const OPENING_CONNECTIVES = new Set(['then', 'so', 'and', 'also', 'finally', 'later', 'eventually', 'next', 'first', 'afterwards', 'instead', 'basically', 'just', 'quickly', 'immediately', 'personally']);

/** True when only punctuation, a section label ("Action:") or connectives come before token `start`. */
function opensSentence(tokens: readonly Token[], start: number): boolean {
  const colon = tokens.findIndex((t, k) => k < Math.min(start, 4) && t.text === ':');
  for (let k = colon + 1; k < start; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (/[\p{L}\p{N}]/u.test(t.text) && !OPENING_CONNECTIVES.has(t.lower)) return false;
  }
  return true;
}

/** Finds the verb groups of a sentence, with subject person, tense, aspect and voice. */
export function verbGroups(tokens: readonly Token[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  // "When I joined, the team was …" opens with a clause; "Before launch I asked …" only with a phrase.
  const startsSubordinate = SUBORDINATORS.has(tokens[0]?.lower ?? '') && tokens.some((t) => t.text === ',');
  let inSub = startsSubordinate;
  let lastSubject: Person = 'none';
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k];
    if (!t) break;
    if (inSub && (t.text === ',' || t.text === '—')) inSub = false;
    if (t.pos !== 'AUX' && t.pos !== 'VERB') {
      k++;
      continue;
    }
    // Collect auxiliaries, negation and adverbs up to the main verb.
    const auxes: Token[] = [];
    let j = k;
    while (j < tokens.length) {
      const u = tokens[j];
      if (!u) break;
      if (u.pos === 'AUX') auxes.push(u);
      else if (!(u.pos === 'PART' && u.lemma === 'not') && u.pos !== 'ADV') break;
      j++;
    }
    const main = tokens[j]?.pos === 'VERB' ? tokens[j] : undefined;
    const headIndex = main ? j : j - 1;
    const head = tokens[headIndex];
    if (!head) break;
    const start = k;
    k = main ? j + 1 : j;
    const prevBefore = tokens[start - 1];
    if (!main && auxes.length === 0) continue;
    if (main && auxes.length === 0 && prevBefore && (prevBefore.lower === 'to' || prevBefore.lower === 'of')) continue; // infinitive / gerund complement
    if (main && auxes.length === 0 && main.lower.endsWith('ing') && main.lower !== main.lemma) continue; // participle phrase

    // Subject: nearest person word before the group, else the previous group's (coordination).
    let subject: Person | undefined;
    for (let b = start - 1; b >= Math.max(0, start - 6); b--) {
      const s = tokens[b];
      if (!s) break;
      if (s.text === ',' || s.text === ';' || s.pos === 'CCONJ' || s.pos === 'SCONJ' && s.lower !== 'that') break;
      const p = personOf(s);
      if (p) {
        subject = p;
        break;
      }
    }
    if (!subject) subject = lastSubject;
    const auxLowers = auxes.map((a) => a.lower.replace(/’/g, "'"));
    let tense: Tense = 'none';
    if (auxLowers.some((a) => FUTURE_AUX.has(a))) tense = 'future';
    else if (auxLowers.some((a) => CONDITIONAL_AUX.has(a) || (a === "'d" && !main?.lower.endsWith('ed')))) tense = 'conditional';
    else if (auxLowers.some((a) => MODAL_PRESENT.has(a))) tense = 'present';
    else if (auxLowers[0] && PAST_AUX.has(auxLowers[0])) tense = 'past';
    else if (auxLowers[0] && PRESENT_AUX.has(auxLowers[0])) tense = 'present';
    else if (auxLowers[0] === 'been' || auxLowers[0] === 'being') tense = 'past';
    else if (main) tense = finiteTenseOfVerb(main, prevBefore);
    // Notes typed without a subject ("Rewrote the parser.", "was on call that week.") are told by
    // the speaker. Only the past: a bare present verb up front is an imperative ("Measure first.").
    if (subject === 'none' && groups.length === 0 && tense === 'past' && opensSentence(tokens, start)) subject = 'i';
    lastSubject = subject;


    const beAux = auxLowers.some((a) => BE_FORMS.has(a));
    const haveAux = auxLowers.some((a) => HAVE_FORMS.has(a));
    const progressive = !!main && beAux && main.lower.endsWith('ing');
    const passive = !!main && beAux && !progressive && isParticiple(main) && !(subject !== 'other' && STATE_PARTICIPLES.has(main.lemma));
    const perfect = !!main && haveAux && isParticiple(main);
    const lemma = (main ?? head).lemma;
    const action = !!main && !STATIVE.has(lemma) && !passive;
    groups.push({ head: headIndex, lemma, subject, tense, progressive, perfect, passive, action, subordinate: inSub && startsSubordinate });
  }
  return groups;
}

/** The group that best stands for the sentence's main clause. */
export function mainGroup(groups: readonly VerbGroup[]): VerbGroup | undefined {
  return groups.find((g) => !g.subordinate && g.tense !== 'none') ?? groups.find((g) => g.tense !== 'none') ?? groups[0];
}
