/**
 * The raw signals every judgement reads: counts and the sentences behind them. Computed once
 * from the sentence features and the STAR labels.
 */
import type { SentenceFeatures } from './features.js';
import type { LexiconName } from './lexicon.js';
import type { StarLabel } from './types.js';

export interface Signals {
  readonly words: number;
  readonly sentences: number;
  /** Sentences (indexes) with a measure, overall and among result sentences. */
  readonly measureSentences: readonly number[];
  readonly resultMeasureSentences: readonly number[];
  readonly vague: readonly { readonly sentence: number; readonly text: string }[];
  readonly fillers: readonly { readonly sentence: number; readonly text: string }[];
  readonly hedges: readonly { readonly sentence: number; readonly text: string }[];
  /** Action sentences told with "I" / "we" as the actor. */
  readonly iActionSentences: readonly number[];
  readonly weActionSentences: readonly number[];
  readonly passiveSentences: readonly number[];
  readonly reflectionSentences: readonly number[];
  readonly blameSentences: readonly number[];
  readonly neverSentences: readonly number[];
  readonly tangentSentences: readonly number[];
  /** Sentences telling a specific past event vs describing habits or hypotheticals. */
  readonly narrativeSentences: readonly number[];
  readonly genericSentences: readonly number[];
  /** Story sentences (not "other") that show the kind of story asked: failure, conflict, feedback, decision. */
  readonly kindSentences: Readonly<Record<'failure' | 'conflict' | 'feedback' | 'decision', readonly number[]>>;
  /** Proper nouns, acronyms and technical tokens per 100 words: concrete detail. */
  readonly concreteness: number;
}

function hitTexts(s: SentenceFeatures, k: number, name: LexiconName): { sentence: number; text: string }[] {
  return (s.hits[name] ?? []).map((h) => {
    const a = s.tokens[h.first];
    const b = s.tokens[h.last];
    return { sentence: k, text: a && b ? s.text.slice(a.start - s.start, b.end - s.start) : h.cue };
  });
}

const SELF = new Set(['i', 'me', 'my', 'myself']);

/** "API", "SLOs", "QA": two or more capitals, maybe a final lower-case letter. */
function isAcronym(text: string): boolean {
  const first = text.charCodeAt(0);
  return first >= 0x41 && first <= 0x5a && /^[A-Z]{2,}[a-z]?$/.test(text);
}

export function computeSignals(sentences: readonly SentenceFeatures[], labels: readonly StarLabel[]): Signals {
  let words = 0;
  const measureSentences: number[] = [];
  const resultMeasureSentences: number[] = [];
  const vague: { sentence: number; text: string }[] = [];
  const fillers: { sentence: number; text: string }[] = [];
  const hedges: { sentence: number; text: string }[] = [];
  const iActionSentences: number[] = [];
  const weActionSentences: number[] = [];
  const passiveSentences: number[] = [];
  const reflectionSentences: number[] = [];
  const blameSentences: number[] = [];
  const neverSentences: number[] = [];
  const tangentSentences: number[] = [];
  const narrativeSentences: number[] = [];
  const genericSentences: number[] = [];
  const kindSentences = { failure: [] as number[], conflict: [] as number[], feedback: [] as number[], decision: [] as number[] };
  let concrete = 0;

  sentences.forEach((s, k) => {
    const label = labels[k] ?? 'other';
    words += s.wordCount;
    if (s.measures > 0) {
      measureSentences.push(k);
      // A lesson that mentions a number ("in month two, not month nine") is not a measured outcome.
      if (label === 'result' && !s.hits.reflection) resultMeasureSentences.push(k);
    }
    vague.push(...hitTexts(s, k, 'vague'));
    fillers.push(...hitTexts(s, k, 'filler'));
    // "the kind of work" is a noun phrase, not a hedge.
    for (const h of s.hits.hedge ?? []) {
      const prev = s.tokens[h.first - 1];
      if (prev && (prev.pos === 'DET' || prev.lower === 'what') && /^(kind|sort)$/.test(s.tokens[h.first]?.lower ?? '')) continue;
      const a = s.tokens[h.first];
      const b = s.tokens[h.last];
      hedges.push({ sentence: k, text: a && b ? s.text.slice(a.start - s.start, b.end - s.start) : h.cue });
    }
    if (label === 'action') {
      if (s.iActions > 0 && s.iActions >= s.weActions) iActionSentences.push(k);
      else if (s.weActions > 0) weActionSentences.push(k);
      else if (s.agent === 'i') iActionSentences.push(k);
      else if (s.agent === 'we') weActionSentences.push(k);
    }
    if (s.agentlessPassive && (label === 'action' || label === 'result')) passiveSentences.push(k);
    // A lesson is part of the story's ending; "I would refuse" in a hypothetical answer is not one.
    if (s.hits.reflection && label !== 'other') reflectionSentences.push(k);
    if (s.hits.never) neverSentences.push(k);
    if (s.hits.tangent) tangentSentences.push(k);
    // Blame: fault-finding words, or another person's failing ("they dropped the ball").
    const selfAgent = s.agent === 'i' || s.tokens.slice(0, 2).some((t) => SELF.has(t.lower));
    const blameAlways = (s.hits.blame ?? []).some((h) => {
      // "not to blame him", "I didn't blame them": a denial of blame is not blame.
      if (s.tokens[h.first]?.lemma === 'blame' && s.tokens.slice(Math.max(0, h.first - 3), h.first).some((t) => t.lemma === 'not')) return false;
      const adjective = /^(lazy|careless|sloppy|useless|clueless|incompetent|arrogant|rude|toxic)$/.test(s.tokens[h.first]?.lower ?? '');
      return !(adjective && selfAgent);
    });
    const blameOther = (s.hits.blameOther ?? []).some((h) => {
      if (s.tokens[h.first - 1]?.lower === 'to') return false; // "asked them to break it"
      const g = s.groups.find((x) => x.head >= h.first && x.head <= h.last);
      const who = g?.subject ?? s.agent;
      // "the assumptions that would break it": a hypothetical is not a failing.
      if (g && (g.tense === 'conditional' || g.tense === 'future')) return false;
      return who !== 'i' && who !== 'we';
    });
    if (blameAlways || blameOther) blameSentences.push(k);
    const generic = !!(s.hits.habitual || s.hits.hypothetical) && s.tenses.past === 0;
    if (generic || (s.tenses.past === 0 && s.tenses.present > 0 && label === 'other')) genericSentences.push(k);
    else if (s.tenses.past > 0 && label !== 'other') narrativeSentences.push(k);
    // Kind evidence from every sentence: a generic answer on the right topic is not off-question.
    if (!s.hits.never) {
      if (s.hits.failure) kindSentences.failure.push(k);
      if (s.hits.conflict) kindSentences.conflict.push(k);
      if (s.hits.feedback) kindSentences.feedback.push(k);
      if (s.hits.decision) kindSentences.decision.push(k);
    }
    for (const t of s.tokens) {
      if (t.pos === 'PROPN' && k >= 0 && /^\p{Lu}/u.test(t.text) && t.i !== s.tokens[0]?.i) concrete += 1;
      else if (isAcronym(t.text) || /\d/.test(t.text)) concrete += 1;
    }
  });
  return {
    words,
    sentences: sentences.length,
    measureSentences,
    resultMeasureSentences,
    vague,
    fillers,
    hedges,
    iActionSentences,
    weActionSentences,
    passiveSentences,
    reflectionSentences,
    blameSentences,
    neverSentences,
    tangentSentences,
    narrativeSentences,
    genericSentences,
    kindSentences,
    concreteness: words > 0 ? Math.round((concrete / words) * 1000) / 10 : 0,
  };
}
