/** Shapes of the coding API (see src/server/routes/judge.ts and CONTRACTS.md "Judge"). */
export interface ProblemSummary {
  readonly id: string;
  readonly title: string;
  readonly difficulty: 'easy' | 'medium' | 'hard';
  readonly summary: string;
}

export interface ProblemDetail extends ProblemSummary {
  readonly statement: string;
  readonly signature: string;
  readonly entry: { readonly kind: 'class' | 'function'; readonly name: string };
  readonly constraints: readonly string[];
  readonly starter: { readonly ts: string };
  readonly limits: { readonly timeMsPerTest: number; readonly timeMsTotal: number; readonly memoryMb: number };
  readonly examples: readonly { readonly name: string; readonly category: string; readonly lines: readonly string[] }[];
  readonly hiddenTests: number;
}

export type Verdict = 'accepted' | 'wrong-answer' | 'time-limit' | 'memory-limit' | 'runtime-error' | 'compile-error';

export interface TestResult {
  readonly name: string;
  readonly visibility: 'public' | 'hidden';
  readonly passed: boolean;
  readonly ms: number;
  readonly message: string;
  readonly category: string;
  readonly verdict?: Verdict;
  readonly output?: string;
}

export interface ApproachAnalysis {
  readonly time: { readonly stated: string | null; readonly all: readonly string[]; readonly matchesReference?: boolean };
  readonly space: { readonly stated: string | null; readonly all: readonly string[]; readonly matchesReference?: boolean };
  readonly edgeCases: { readonly mentioned: readonly string[]; readonly missing: readonly string[]; readonly generic: readonly string[] };
  readonly tradeOffs: readonly string[];
  readonly dataStructures: readonly string[];
  readonly score: number;
  readonly tips: readonly string[];
  readonly words: number;
}

export interface JudgeResponse {
  readonly problem: string;
  readonly verdict: Verdict;
  readonly passed: number;
  readonly total: number;
  readonly ms: number;
  readonly mode: 'run' | 'submit';
  readonly message: string;
  readonly tests: readonly TestResult[];
  readonly diagnostics?: readonly { readonly line: number; readonly column: number; readonly message: string }[];
  readonly attemptId: string;
  readonly reveal?: {
    readonly reference?: string;
    readonly followUps: readonly string[];
    readonly edgeCases: readonly string[];
    readonly complexity?: string;
  };
  readonly explanation?: ApproachAnalysis;
}

export const VERDICT_LABEL: Record<Verdict, string> = {
  accepted: 'Accepted',
  'wrong-answer': 'Wrong answer',
  'time-limit': 'Time limit exceeded',
  'memory-limit': 'Memory limit exceeded',
  'runtime-error': 'Runtime error',
  'compile-error': 'Compile error',
};
