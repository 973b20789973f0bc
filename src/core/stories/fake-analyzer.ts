/**
 * A tiny stand-in for `analyzeBehavioral`, for tests and for running without the real engine:
 * sentences split on terminal punctuation; a sentence is labelled by its leading cue word
 * ("Situation:", "When", "I owned", "I …", "As a result" …); a value is shown when a sentence
 * contains the value's id or name. Deterministic, contract-shaped output.
 */
import type { AnalysisSentence, AnalyzeBehavioral, BehavioralAnalysisLike, StarLabel } from './analysis-port.js';

function label(text: string): StarLabel {
  const t = text.toLowerCase();
  if (/^(as a result|result|in the end|we (cut|reduced|shipped|launched)|it (cut|reduced|saved))/.test(t) || /\d+ ?%/.test(t)) return 'result';
  if (/^(my task|i (owned|was responsible|had to|needed to))/.test(t)) return 'task';
  if (/^(i |then i |so i )/.test(t)) return 'action';
  if (/^(at |in |when |our |the |last year|situation)/.test(t)) return 'situation';
  return 'other';
}

export const fakeAnalyzeBehavioral: AnalyzeBehavioral = (text, { pack }) => {
  const sentences: AnalysisSentence[] = [];
  const re = /[^.!?…]+[.!?…]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length === 0) continue;
    const start = m.index + lead;
    sentences.push({ index: sentences.length, start, end: start + body.length, text: body, star: label(body) });
  }
  const parts = ['situation', 'task', 'action', 'result'] as const;
  const missing = parts.filter((p) => !sentences.some((s) => s.star === p));
  const values = pack.values
    .map((v) => ({
      value: v.id,
      evidence: sentences.filter((s) => s.text.toLowerCase().includes(v.id) || s.text.toLowerCase().includes(v.name.toLowerCase())).map((s) => s.index),
    }))
    .filter((v) => v.evidence.length > 0);
  const hasNumber = sentences.some((s) => /\d/.test(s.text));
  const score = Math.max(0, 25 * (4 - missing.length) - (hasNumber ? 0 : 15));
  const verdict: BehavioralAnalysisLike['verdict'] = score >= 85 ? 'strong-hire' : score >= 60 ? 'hire' : score >= 35 ? 'no-hire' : 'strong-no-hire';
  const flags = [
    ...missing.map((p) => ({ code: `missing-${p}`, message: `No ${p}.`, evidence: [] })),
    ...(hasNumber ? [] : [{ code: 'no-metrics', message: 'No numbers in the result.', evidence: sentences.filter((s) => s.star === 'result').map((s) => s.index) }]),
  ];
  const total = sentences.length || 1;
  return {
    kind: 'behavioral',
    score,
    verdict,
    sentences,
    star: { missing, shares: Object.fromEntries(parts.map((p) => [p, sentences.filter((s) => s.star === p).length / total])) },
    values,
    dimensions: [{ name: 'structure', score: Math.max(1, 4 - missing.length), reason: 'STAR parts present' }],
    flags,
    fixes: missing.map((p) => `Add the ${p}.`),
    followUp: 'What would you do differently?',
  };
};
