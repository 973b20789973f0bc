/**
 * Per-sentence features, computed once and shared by every judgement (and by the design engine):
 * words, quantities, verb groups (subject person, tense, aspect, voice), lexicon hits and an
 * explicit section label ("Situation:", "Result:").
 */
import { matchIndex, type TaggedMatch } from './cues.js';
import { verbGroups, mainGroup, type Person, type Tense, type VerbGroup } from './grammar.js';
import { LEXICON_INDEX, NEGATION_BLIND, type LexiconName } from './lexicon.js';
import type { Entity } from './nlp.js';
import { findQuantities, isMeasure, type Quantity } from './quantities.js';
import type { SentenceSpan } from './sentences.js';
import type { StarPart } from './types.js';

export interface SentenceFeatures extends SentenceSpan {
  /** Tokens that contain a letter or digit. */
  readonly wordCount: number;
  readonly quantities: readonly Quantity[];
  /** Quantities that measure something (not dates). */
  readonly measures: number;
  readonly groups: readonly VerbGroup[];
  /** Subject of the main clause and its tense. */
  readonly agent: Person;
  readonly tense: Tense;
  readonly progressive: boolean;
  readonly perfect: boolean;
  readonly passive: boolean;
  /** Action verbs in the past with "I" / "we" as subject. */
  readonly iActions: number;
  readonly weActions: number;
  /** Count of past / present / conditional / future verb groups. */
  readonly tenses: Readonly<Record<Exclude<Tense, 'none'>, number>>;
  /** Passive verb groups whose subject is not the speaker ("the bug was fixed"). */
  readonly agentlessPassive: boolean;
  readonly question: boolean;
  /** Section label written by the candidate ("Task:", "R:"), if any. */
  readonly label?: StarPart;
  /** Lexicon matches by lexicon name. */
  readonly hits: Readonly<Partial<Record<LexiconName, readonly TaggedMatch<LexiconName>[]>>>;
}

const LABELS: Record<string, StarPart> = {
  situation: 'situation', context: 'situation', background: 'situation', s: 'situation', setting: 'situation', problem: 'situation',
  task: 'task', goal: 'task', challenge: 'task', t: 'task', objective: 'task', responsibility: 'task',
  action: 'action', actions: 'action', a: 'action', approach: 'action', 'what i did': 'action', steps: 'action',
  result: 'result', results: 'result', r: 'result', outcome: 'result', impact: 'result', learning: 'result', learnings: 'result', lesson: 'result', lessons: 'result', reflection: 'result',
};

function explicitLabel(span: SentenceSpan): StarPart | undefined {
  const toks = span.tokens;
  // "Situation:", "**Task** -", "R:", "What I did:" — a known word (or two) followed by ":" or "-".
  for (let n = 1; n <= 3; n++) {
    const sep = toks[n];
    if (!sep || (sep.text !== ':' && sep.text !== '-' && sep.text !== '—')) continue;
    const words = toks.slice(0, n).map((t) => t.lower.replace(/[*_#]/g, '')).join(' ').trim();
    const label = LABELS[words];
    if (label) return label;
  }
  return undefined;
}

/** Whether `text` has a letter or a digit (an ASCII one first is the common case, checked without the regex). */
function hasLetterOrDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
  return /[\p{L}\p{N}]/u.test(text);
}

/** Computes the features of one sentence. `entities` are the document's (token indexes are document-wide). */
export function sentenceFeatures(span: SentenceSpan, entities: readonly Entity[] = []): SentenceFeatures {
  const tokens = span.tokens;
  const offset = tokens[0]?.i ?? 0;
  const quantities = findQuantities(tokens, entities, offset);
  const groups = verbGroups(tokens);
  const main = mainGroup(groups);
  const tenses = { past: 0, present: 0, future: 0, conditional: 0 };
  let iActions = 0;
  let weActions = 0;
  let agentlessPassive = false;
  for (const g of groups) {
    if (g.tense !== 'none') tenses[g.tense] += 1;
    // Simple past only: "I had designed" and "we were building" are background, not steps.
    if (g.action && g.tense === 'past' && !g.subordinate && !g.perfect && !g.progressive) {
      if (g.subject === 'i') iActions += 1;
      else if (g.subject === 'we') weActions += 1;
    }
    if (g.passive && g.subject === 'other') agentlessPassive = true;
  }
  const hitsAll = [...matchIndex(LEXICON_INDEX, tokens, false)];
  const hits: Partial<Record<LexiconName, TaggedMatch<LexiconName>[]>> = {};
  for (const h of hitsAll) {
    // Negation-aware for positive lexicons: "I didn't learn anything" is no reflection.
    if (!NEGATION_BLIND.has(h.tag) && !h.negative) {
      let negated = false;
      for (let k = h.first; k <= h.last; k++) if (tokens[k]?.negated) negated = true;
      if (negated) continue;
    }
    (hits[h.tag] ??= []).push(h);
  }
  let wordCount = 0;
  for (const t of tokens) if (hasLetterOrDigit(t.text)) wordCount += 1;
  const last = tokens[tokens.length - 1];
  const label = explicitLabel(span);
  // Built property by property: V8 copies `{ ...span, more }` literals on a slow path (~10 µs each).
  const features = {
    index: span.index,
    start: span.start,
    end: span.end,
    text: span.text,
    tokens,
    wordCount,
    quantities,
    measures: quantities.filter(isMeasure).length,
    groups,
    agent: main?.subject ?? 'none',
    tense: main?.tense ?? 'none',
    progressive: main?.progressive ?? false,
    perfect: main?.perfect ?? false,
    passive: main?.passive ?? false,
    iActions,
    weActions,
    tenses,
    agentlessPassive,
    question: last?.text === '?',
  };
  return label ? Object.assign(features, { label, hits }) : Object.assign(features, { hits });
}

/** Number of matches of a lexicon in a sentence. */
export function hitCount(f: SentenceFeatures, name: LexiconName): number {
  return f.hits[name]?.length ?? 0;
}
