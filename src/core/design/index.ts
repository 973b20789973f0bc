/** System-design answer analysis: rubric coverage, phases, numbers, trade-offs, scale. */
export { analyzeDesign } from './analyze.js';
export { coverageOf, compileRubric } from './rubric.js';
export { prepareAnswer, type PreparedAnswer, type PreparedSentence } from './text/prepare.js';
export { compileCue, matchCue, type CompiledCue, type CueMatch } from './text/cue.js';
export { readMermaid, type DiagramLine } from './text/mermaid.js';
export { findQuantities, type Quantity } from './quantities.js';
export { PHASE_LABELS, PHASE_HINTS } from './lexicon.js';
export * from './types.js';
