/**
 * The judge's public result shape (see CONTRACTS.md, "Judge (JSON)"), plus the small extras we add.
 */
export const VERDICTS = ['accepted', 'wrong-answer', 'time-limit', 'memory-limit', 'runtime-error', 'compile-error'] as const;
export type Verdict = (typeof VERDICTS)[number];

export type JudgeMode = 'run' | 'submit';

export interface TestResult {
  readonly name: string;
  readonly visibility: 'public' | 'hidden';
  readonly passed: boolean;
  /** Time spent inside the sandbox for this test, in milliseconds. */
  readonly ms: number;
  /** Empty when the test passed. Hidden tests name only their category, never their inputs. */
  readonly message: string;
  /** Category of the case ("expiry boundary"); shown for hidden tests too. */
  readonly category: string;
  /** Why this test failed, when it did. */
  readonly verdict?: Exclude<Verdict, 'accepted' | 'compile-error'>;
  /** What the submission printed with console.* (public tests only, capped). */
  readonly output?: string;
}

export interface CompileDiagnostic {
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface JudgeResult {
  readonly problem: string;
  readonly verdict: Verdict;
  readonly passed: number;
  readonly total: number;
  /** Wall time of the whole judgement (transpile, sandbox set-up, tests), in milliseconds. */
  readonly ms: number;
  readonly mode: JudgeMode;
  readonly tests: TestResult[];
  /** A one-line summary for people ("3 of 20 tests failed; first: expiry boundary"). */
  readonly message: string;
  /** Set on compile errors: positions in the submitted source (1-based line and column). */
  readonly diagnostics?: CompileDiagnostic[];
}
