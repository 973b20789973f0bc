export * from './types.js';
export { createInProcessJudge, selectCases, type Judge, type JudgeOptions, type JudgeProblem } from './judge.js';
export { createJudge, judge, type PoolOptions } from './pool.js';
export { testsFileSchema, caseSchema, stepSchema, type TestsFile, type TestCase, type StepInput } from './test-schema.js';
export { problemTests, problemSources, checkTests, type ProblemTests, type ProblemSources, type JudgeIssue } from './problems.js';
export { digest } from './values.js';
export { loadProblem, listProblemIds, SHIPPED_PACK_DIR, type LoadedProblem } from './load-problem.js';
export { describeCase } from './describe.js';
