/**
 * The mock loop's code runner: judges a coding-round submission against the problem's full tests
 * (like "Submit"). Uses the server's judge when one is wired in, else starts its own on first use.
 */
import type { Pack } from '../core/pack/index.js';
import { createJudge, problemTests, type Judge } from '../judge/index.js';
import type { CodeRunner } from './loop-service.js';

export function createLoopCodeRunner(pack: Pack, shared?: Judge): CodeRunner {
  let judge = shared;
  return async (problemId, code) => {
    const found = problemTests(pack, problemId);
    if (!found.ok) {
      return { kind: 'unavailable', message: `problem "${problemId}" cannot be judged: ${found.issues.map((i) => i.message).join('; ')}` };
    }
    judge ??= createJudge();
    return judge.judge(found.problem, found.tests, code, 'submit');
  };
}
