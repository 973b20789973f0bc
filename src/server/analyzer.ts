/** The analyzer the server uses: behavioral or design analysis depending on the question. */
import { analyzeAnswer } from '../core/analyze.js';
import type { Pack } from '../core/pack/index.js';
import type { AnalysisResult, Analyzer } from './deps.js';

export function createAnalyzer(pack: Pack): Analyzer {
  return (input) => analyzeAnswer(pack, input) as unknown as AnalysisResult;
}
