/** The analyzer the server uses: behavioral or design analysis depending on the question. */
import type { Pack } from '../core/pack/index.js';
import type { Analyzer } from './deps.js';

export function createAnalyzer(_pack: Pack): Analyzer {
  // Replaced by the real dispatcher (src/core/analyze.ts) once the engines land.
  return ({ answer }) => ({ kind: 'behavioral', score: 0, words: answer.split(/\s+/).filter(Boolean).length });
}
