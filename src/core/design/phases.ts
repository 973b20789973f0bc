/**
 * The phases of a design answer — requirements, capacity estimates, API, data model, high-level
 * design, deep dives, bottlenecks and failure handling, trade-offs, wrap-up — found from section
 * headings, cue phrases, figures and diagram lines. Pure.
 */
import {
  API_CUES,
  CAPACITY_CUES,
  DATA_MODEL_CUES,
  DEEP_DIVE_CUES,
  FAILURE_CUES,
  FUNCTIONAL_CUES,
  HEADING_PATTERNS,
  HIGH_LEVEL_CUES,
  NON_FUNCTIONAL_CUES,
  PHASE_HINTS,
  PHASE_LABELS,
  WRAP_UP_CUES,
} from './lexicon.js';
import type { Quantity } from './quantities.js';
import { compileCue, matchCue, type CompiledCue } from './text/cue.js';
import type { PreparedAnswer } from './text/prepare.js';
import { PHASES, type PhaseName, type PhaseResult, type Rubric, type TradeOff } from './types.js';

let lists: Record<string, CompiledCue[]> | undefined;
function cues(): Record<string, CompiledCue[]> {
  lists ??= {
    functional: FUNCTIONAL_CUES.map(compileCue),
    nonFunctional: NON_FUNCTIONAL_CUES.map(compileCue),
    capacity: CAPACITY_CUES.map(compileCue),
    api: API_CUES.map(compileCue),
    dataModel: DATA_MODEL_CUES.map(compileCue),
    highLevel: HIGH_LEVEL_CUES.map(compileCue),
    deepDive: DEEP_DIVE_CUES.map(compileCue),
    failure: FAILURE_CUES.map(compileCue),
    wrapUp: WRAP_UP_CUES.map(compileCue),
  };
  return lists;
}

function sentencesMatching(a: PreparedAnswer, list: readonly CompiledCue[]): Set<number> {
  const out = new Set<number>();
  // Phases are about what the answer talks about, so deferred mentions ("out of scope: …",
  // "with more time I'd …") count here even though they cover no key point.
  for (const cue of list) for (const m of matchCue(a, cue, { includeDeferred: true })) out.add(m.sentence);
  return out;
}

/** Phases named by a heading's text. Technical headings that name no phase count as deep dives. */
export function headingPhases(text: string): PhaseName[] {
  const out = HEADING_PATTERNS.filter(([re]) => re.test(text)).map(([, p]) => p);
  if (/non.?functional/i.test(text) && !out.includes('requirements')) out.push('requirements');
  return out.length > 0 ? [...new Set(out)] : ['deep-dives'];
}

const HTTP_CALL = /\b(GET|POST|PUT|PATCH|DELETE)\s+\/\S*/;
const SIGNATURE = /\b[a-z][A-Za-z_]{2,}\s*\(\s*[a-z_][\w]*(?:\s*:\s*\w+)?(?:\s*,\s*[a-z_][\w]*(?:\s*:\s*\w+)?)*\s*\)/;
const TABLE_SHAPE = /\b[a-z][a-z_]+\s*\(\s*[a-z_]+(?:\s+\w+)?\s*,\s*[a-z_]+/;
const CAPACITY_KINDS = new Set(['rate', 'bandwidth', 'storage']);

export interface PhaseInput {
  readonly answer: PreparedAnswer;
  readonly rubric: Rubric;
  readonly quantities: readonly (readonly Quantity[])[];
  readonly tradeOffs: readonly TradeOff[];
  /** Phase sections given by headings, per sentence (empty when not under a heading). */
  readonly sections: readonly (readonly PhaseName[])[];
}

export function detectPhases(input: PhaseInput): PhaseResult[] {
  const { answer: a, rubric, quantities, tradeOffs, sections } = input;
  const c = cues();
  const n = a.sentences.length;
  const evidence = new Map<PhaseName, Set<number>>(PHASES.map((p) => [p, new Set<number>()]));
  const add = (p: PhaseName, i: number): void => void evidence.get(p)?.add(i);

  // 1. Headings: every sentence under a heading belongs to the heading's phases.
  sections.forEach((ps, i) => ps.forEach((p) => add(p, i)));

  // 2. Cues, with position gates for phases that belong at the start or the end.
  const prose = a.sentences.filter((s) => s.kind !== 'diagram').length;
  const early = (i: number): boolean => i < Math.max(4, Math.ceil(prose * 0.4));
  const late = (i: number): boolean => i >= Math.floor(prose * 0.65) && a.sentences[i]?.kind !== 'diagram';
  const functional = new Set<number>();
  const nonFunctional = new Set<number>();
  for (const i of sentencesMatching(a, c.functional ?? [])) if (early(i) || sections[i]?.includes('requirements')) functional.add(i);
  for (const i of sentencesMatching(a, c.nonFunctional ?? [])) if (early(i) || sections[i]?.includes('requirements')) nonFunctional.add(i);
  sections.forEach((ps, i) => {
    if (!ps.includes('requirements')) return;
    if (!nonFunctional.has(i)) functional.add(i);
  });
  for (const i of [...functional, ...nonFunctional]) add('requirements', i);

  for (const i of sentencesMatching(a, c.capacity ?? [])) add('capacity', i);
  quantities.forEach((qs, i) => {
    if (qs.some((q) => CAPACITY_KINDS.has(q.kind) || (q.kind === 'count' && q.value >= 1000))) add('capacity', i);
  });
  for (const i of sentencesMatching(a, c.api ?? [])) add('api', i);
  for (const i of sentencesMatching(a, c.dataModel ?? [])) add('data-model', i);
  for (const i of sentencesMatching(a, c.highLevel ?? [])) add('high-level', i);
  for (const i of sentencesMatching(a, c.deepDive ?? [])) add('deep-dives', i);
  for (const i of sentencesMatching(a, c.failure ?? [])) add('failure-handling', i);
  for (const i of sentencesMatching(a, c.wrapUp ?? [])) if (late(i) || sections[i]?.includes('wrap-up')) add('wrap-up', i);
  for (const t of tradeOffs) add('trade-offs', t.sentence);

  a.sentences.forEach((s, i) => {
    if (HTTP_CALL.test(s.text) || (SIGNATURE.test(s.text) && !/\bO\(/.test(s.text))) add('api', i);
    if (TABLE_SHAPE.test(s.text)) add('data-model', i);
    if (s.kind === 'diagram' && s.text.includes('→')) add('high-level', i);
  });

  // 3. Deep dives without a label: an answer that goes into several rubric points in specific
  //    sentences outside the requirement/estimate/API/data sections is diving deep.
  const coveredPoints = rubric.points.filter((p) => p.covered);
  if (coveredPoints.length >= 4) {
    const shallow = new Set<PhaseName>(['requirements', 'capacity', 'api', 'data-model', 'wrap-up']);
    const counts = new Map<number, number>();
    for (const p of coveredPoints) for (const i of p.evidence) counts.set(i, (counts.get(i) ?? 0) + 1);
    const deep = [...counts.keys()].filter((i) => a.sentences[i]?.kind === 'prose' && !(sections[i] ?? []).some((p) => shallow.has(p)));
    if (deep.length >= 3) deep.forEach((i) => add('deep-dives', i));
  }

  return PHASES.map((name) => {
    const ev = [...(evidence.get(name) ?? [])].filter((i) => i >= 0 && i < n).sort((x, y) => x - y);
    const base = { name, label: PHASE_LABELS[name], present: ev.length > 0, evidence: ev, first: ev[0] ?? null, hint: PHASE_HINTS[name] };
    if (name !== 'requirements') return base;
    return {
      ...base,
      detail: { functional: [...functional].sort((x, y) => x - y), nonFunctional: [...nonFunctional].sort((x, y) => x - y) },
    };
  });
}
