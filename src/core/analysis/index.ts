/**
 * Answer analysis: public API.
 *
 * Behavioral engine
 *   - `analyzeBehavioral(text, { pack, question?, delivery? })` → `BehavioralAnalysis` (CONTRACTS.md).
 *
 * Shared text pipeline (stable; the system-design engine and others may build on it)
 *   - `readAnswer(text)`: capped + sanitised text, tokens, sentences with features.
 *   - `splitSentences(text)`: sentences with UTF-16 offsets `start`/`end` into `text` and their tokens.
 *   - `tokenize(text)`: wink tokens (text, lower, lemma, POS, negation, offsets) and entities.
 *   - `sentenceFeatures(span, entities)`: per-sentence features (quantities, verb groups with
 *     subject/tense/aspect/voice, lexicon hits, explicit "Situation:" labels).
 *   - `findQuantities(tokens, entities, offset)`: numbers, %, money, durations, "850 ms", "p99", "3x", "$8M".
 *   - `compileCue(cue)` / `matchCue(compiled, tokens)` / `buildCueIndex` / `matchIndex`: the pack's
 *     cue-phrase syntax (lemma match, `*` gap of up to three tokens, `[a|b]` alternatives), negation-aware.
 *   - `prepareText(text)` and `MAX_ANALYZED_CHARS`: the input cap.
 */
export { analyzeBehavioral, type BehavioralContext } from './analyze.js';
export { readAnswer, splitSentences, type ReadAnswer } from './pipeline.js';
export { tokenize, lemmatizeWords, type Token, type Entity, type ParsedText } from './nlp.js';
export { segment, MAX_SENTENCES, MAX_SENTENCE_TOKENS, type SentenceSpan } from './sentences.js';
export { sentenceFeatures, hitCount, type SentenceFeatures } from './features.js';
export { findQuantities, isMeasure, type Quantity, type QuantityKind } from './quantities.js';
export { compileCue, matchCue, buildCueIndex, matchIndex, isNegated, GAP_MAX, type CompiledCue, type CueMatch, type CueIndex, type TaggedMatch } from './cues.js';
export { verbGroups, mainGroup, type VerbGroup, type Person, type Tense } from './grammar.js';
export { prepareText, MAX_ANALYZED_CHARS, type PreparedText } from './sanitize.js';
export { LEXICONS, type LexiconName } from './lexicon.js';
export { labelStar, summarizeStar, type StarLabelling } from './star.js';
export { viterbi, marginals, emissionScores, type StarModel } from './star-decoder.js';
export { starFeatures, sequenceFeatures } from './star-features.js';
export { trainStarModel, type TrainingSequence, type TrainOptions } from './star-train.js';
export { STAR_PRIOR } from './star-prior.js';
export { findValues, compileValues } from './values.js';
export { STORY_ASKS, REFLECTION_ASKS, WORDS_PER_MINUTE, type Asks } from './flags.js';
export { DIMENSION_WEIGHTS, VERDICT_THRESHOLDS } from './scoring.js';
export * from './types.js';
