/**
 * Turns whatever an analyser returned (JSON of CONTRACTS.md, possibly partial) into the
 * `BehavioralAnalysisLike` the story bank reads, with safe defaults for missing fields. Lets the
 * server inject its generic `analyze` service without trusting its shape.
 */
import type { AnalysisFlag, AnalysisSentence, AnalyzeBehavioral, AnalyzeOptions, BehavioralAnalysisLike, StarLabel, Verdict } from './analysis-port.js';

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const arr = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
const num = (v: unknown, d: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
const str = (v: unknown, d = ''): string => (typeof v === 'string' ? v : d);
const VERDICTS: readonly Verdict[] = ['strong-no-hire', 'no-hire', 'hire', 'strong-hire'];
const LABELS: readonly StarLabel[] = ['situation', 'task', 'action', 'result', 'other'];

function verdictFor(score: number): Verdict {
  return score >= 80 ? 'strong-hire' : score >= 60 ? 'hire' : score >= 40 ? 'no-hire' : 'strong-no-hire';
}

export function normalizeBehavioral(raw: unknown): BehavioralAnalysisLike {
  const a: Obj = isObj(raw) ? raw : {};
  const score = Math.min(100, Math.max(0, num(a['score'], 0)));
  const verdict = VERDICTS.includes(a['verdict'] as Verdict) ? (a['verdict'] as Verdict) : verdictFor(score);
  const sentences: AnalysisSentence[] = arr(a['sentences'])
    .filter(isObj)
    .map((s, i) => ({
      index: num(s['index'], i),
      start: num(s['start'], 0),
      end: num(s['end'], 0),
      text: str(s['text']),
      star: LABELS.includes(s['star'] as StarLabel) ? (s['star'] as StarLabel) : undefined,
    }));
  const star = isObj(a['star']) ? a['star'] : {};
  const flags: AnalysisFlag[] = arr(a['flags'])
    .filter(isObj)
    .map((f) => ({ code: str(f['code'], 'note'), message: str(f['message']), evidence: arr(f['evidence']) }));
  return {
    kind: 'behavioral',
    score,
    verdict,
    sentences,
    star: {
      missing: arr(star['missing']).filter((m): m is string => typeof m === 'string'),
      shares: isObj(star['shares']) ? (star['shares'] as Record<string, number>) : undefined,
    },
    values: arr(a['values'])
      .filter(isObj)
      .map((v) => ({ value: str(v['value']), evidence: arr(v['evidence']).filter((e): e is number => typeof e === 'number') }))
      .filter((v) => v.value.length > 0),
    dimensions: arr(a['dimensions'])
      .filter(isObj)
      .map((d) => ({ name: str(d['name']), score: num(d['score'], 1), reason: str(d['reason']) }))
      .filter((d) => d.name.length > 0),
    flags,
    fixes: arr(a['fixes']).filter((f): f is string => typeof f === 'string'),
    followUp: str(a['followUp']) || undefined,
  };
}

/** Wraps any analyser returning contract-shaped JSON as an `AnalyzeBehavioral`. */
export function behavioralFrom(analyze: (text: string, options: AnalyzeOptions) => unknown): AnalyzeBehavioral {
  return (text, options) => normalizeBehavioral(analyze(text, options));
}
