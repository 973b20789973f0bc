/**
 * The analysis results the loop consumes, as the loop sees them (shapes from CONTRACTS.md),
 * and `readAnalysis` that turns whatever the outer layer passes in into one of them.
 * The loop only reads the fields it needs, so extra fields are kept but ignored.
 * Pure.
 */

export type Verdict = 'strong-no-hire' | 'no-hire' | 'hire' | 'strong-hire';
export const VERDICTS: readonly Verdict[] = ['strong-no-hire', 'no-hire', 'hire', 'strong-hire'];

export interface AnalysisSentence {
  readonly index: number;
  readonly text: string;
  readonly star?: string;
  /** "diagram" when the sentence is read from a design diagram's labels (not the candidate's words verbatim). */
  readonly source?: string;
}

export interface AnalysisFlag {
  readonly code: string;
  readonly message: string;
  /** Sentence indexes (CONTRACTS leaves the element type open; numbers are what the loop quotes). */
  readonly evidence?: readonly unknown[];
}

export interface BehavioralAnalysis {
  readonly kind: 'behavioral';
  readonly score: number;
  readonly verdict?: string;
  readonly sentences: readonly AnalysisSentence[];
  readonly star?: { readonly missing?: readonly string[] };
  readonly values?: readonly { readonly value: string; readonly evidence: readonly number[] }[];
  readonly flags: readonly AnalysisFlag[];
  readonly fixes: readonly string[];
  readonly followUp?: string;
}

export interface RubricPoint {
  readonly id: string;
  readonly text: string;
  readonly covered: boolean;
  readonly evidence?: readonly number[];
}

export interface DesignAnalysis {
  readonly kind: 'design';
  readonly score: number;
  readonly verdict?: string;
  readonly rubric: { readonly coverage: number; readonly points: readonly RubricPoint[] };
  readonly sentences: readonly AnalysisSentence[];
  readonly flags: readonly AnalysisFlag[];
  readonly fixes: readonly string[];
  readonly followUp?: string;
}

export interface JudgeTest {
  readonly name: string;
  readonly visibility?: string;
  readonly passed: boolean;
  readonly message?: string;
}

/** A judge result (CONTRACTS "Judge"), tagged by the loop with kind "judge". */
export interface JudgeAnalysis {
  readonly kind: 'judge';
  readonly problem?: string;
  readonly verdict: string;
  readonly passed: number;
  readonly total: number;
  readonly tests: readonly JudgeTest[];
}

/** The analysis could not be produced (engine missing or failed); the answer still counts as given. */
export interface UnavailableAnalysis {
  readonly kind: 'unavailable';
  readonly message: string;
}

export type Analysis = BehavioralAnalysis | DesignAnalysis | JudgeAnalysis | UnavailableAnalysis;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown, dflt = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : dflt);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
/** `{ [key]: value }` when value is defined, else `{}`: keeps JSON round-trips exact (no undefined fields). */
const opt = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);

function sentences(v: unknown): AnalysisSentence[] {
  return arr(v)
    .filter(isObj)
    .map((s, i) => ({ index: num(s.index, i), text: str(s.text) ?? '', ...opt('star', str(s.star)), ...opt('source', str(s.source)) }));
}

function flags(v: unknown): AnalysisFlag[] {
  return arr(v)
    .filter(isObj)
    .filter((f) => typeof f.code === 'string')
    .map((f) => ({ code: f.code as string, message: str(f.message) ?? String(f.code), evidence: arr(f.evidence) }));
}

const indexes = (v: unknown): number[] => arr(v).filter((x): x is number => typeof x === 'number' && Number.isInteger(x));
const strings = (v: unknown): string[] => arr(v).filter((x): x is string => typeof x === 'string');


/**
 * Reads an analysis from untrusted data: a behavioral or design analysis, a judge result
 * (recognised by `tests`), or an "unavailable" marker. Unknown shapes become "unavailable"
 * rather than an exception, because the loop must go on whatever an engine returns.
 */
export function readAnalysis(input: unknown): Analysis {
  if (!isObj(input)) return { kind: 'unavailable', message: 'no analysis was produced' };
  const kind = input.kind;
  if (kind === 'unavailable') return { kind: 'unavailable', message: str(input.message) ?? 'analysis unavailable' };
  if (kind === 'behavioral') {
    const starObj = isObj(input.star) ? { missing: strings(input.star.missing) } : undefined;
    return {
      kind: 'behavioral',
      score: num(input.score),
      sentences: sentences(input.sentences),
      values: arr(input.values)
        .filter(isObj)
        .filter((v) => typeof v.value === 'string')
        .map((v) => ({ value: v.value as string, evidence: indexes(v.evidence) })),
      flags: flags(input.flags),
      fixes: strings(input.fixes),
      ...opt('star', starObj),
      ...opt('verdict', str(input.verdict)),
      ...opt('followUp', str(input.followUp)),
    };
  }
  if (kind === 'design') {
    const rubric = isObj(input.rubric) ? input.rubric : {};
    return {
      kind: 'design',
      score: num(input.score),
      rubric: {
        coverage: num(rubric.coverage),
        points: arr(rubric.points)
          .filter(isObj)
          .filter((p) => typeof p.id === 'string')
          .map((p) => ({ id: p.id as string, text: str(p.text) ?? (p.id as string), covered: p.covered === true, evidence: indexes(p.evidence) })),
      },
      sentences: sentences(input.sentences),
      flags: flags(input.flags),
      fixes: strings(input.fixes),
      ...opt('verdict', str(input.verdict)),
      ...opt('followUp', str(input.followUp)),
    };
  }
  if (kind === 'judge' || (Array.isArray(input.tests) && typeof input.verdict === 'string')) {
    const out: JudgeAnalysis = {
      kind: 'judge',
      verdict: str(input.verdict) ?? 'runtime-error',
      passed: num(input.passed),
      total: num(input.total),
      tests: arr(input.tests)
        .filter(isObj)
        .map((t) => ({
          name: str(t.name) ?? 'unnamed test',
          passed: t.passed === true,
          ...opt('visibility', str(t.visibility)),
          ...opt('message', str(t.message)),
        })),
      ...opt('problem', str(input.problem)),
    };
    return out;
  }
  return { kind: 'unavailable', message: str(input.message) ?? 'the analysis had an unknown shape' };
}
