/**
 * Which of the pack's values an answer shows, sentence by sentence, from the cue phrases the pack
 * gives for each value's evidence behaviours (both value lists). Negation-aware ("I didn't push
 * back" is no courage) and first-person only: a colleague's courage is not the candidate's.
 * Nothing here knows any company: values, behaviours and cues all come from the pack.
 */
import type { Pack } from '../pack/build.js';
import type { Question } from '../pack/schema.js';
import { buildCueIndex, compileCue, matchIndex, type CompiledCue, type CueIndex } from './cues.js';
import type { SentenceFeatures } from './features.js';
import type { StarLabel, ValueEvidence } from './types.js';

interface CompiledValue {
  readonly id: string;
  readonly name: string;
  readonly lists: readonly string[];
  readonly behaviours: readonly { readonly behaviour: string; readonly cues: readonly CompiledCue[] }[];
}

interface CompiledValues {
  readonly values: readonly CompiledValue[];
  /** Every cue, indexed by its first word; the tag is [value index, behaviour index]. */
  readonly index: CueIndex<readonly [number, number]>;
}

const compiled = new WeakMap<readonly unknown[], CompiledValues>();

/** The pack's value cues, compiled and indexed once per pack (cached on the pack's values array). */
export function compileValues(pack: Pick<Pack, 'values'>): CompiledValues {
  const hit = compiled.get(pack.values);
  if (hit) return hit;
  const values = pack.values.map((v) => ({
    id: v.id,
    name: v.name,
    lists: [...v.lists],
    behaviours: v.evidence.map((e) => ({ behaviour: e.behaviour, cues: e.cues.map((c) => compileCue(c)) })),
  }));
  const entries: { cue: CompiledCue; tag: readonly [number, number] }[] = [];
  values.forEach((v, vi) => v.behaviours.forEach((b, bi) => b.cues.forEach((cue) => entries.push({ cue, tag: [vi, bi] as const }))));
  const out = { values, index: buildCueIndex(entries) };
  compiled.set(pack.values, out);
  return out;
}

/** The candidate (or their team) is the one acting in the matched words, not a colleague. */
function speaksForSelf(s: SentenceFeatures, first: number, last: number): boolean {
  const g = s.groups.find((x) => x.head >= first && x.head <= last) ?? s.groups.find((x) => x.head > last);
  const who = g ? g.subject : s.agent;
  if (who === 'i' || who === 'we') return true;
  return who === 'none' && (s.agent === 'i' || s.agent === 'we');
}

export interface ValuesResult {
  readonly values: ValueEvidence[];
  readonly missing: string[];
}

/** Values shown by the answer, in the pack's order, and the question's target values not shown. */
export function findValues(
  sentences: readonly SentenceFeatures[],
  labels: readonly StarLabel[],
  pack: Pick<Pack, 'values'>,
  question?: Pick<Question, 'values'>,
  options: { readonly includeGeneric?: boolean } = {},
): ValuesResult {
  const targets = new Set(question?.values ?? []);
  const { values: compiledValues, index } = compileValues(pack);
  // value index → sentence indexes, and the matched behaviours (first cue per behaviour and sentence).
  const evidence = compiledValues.map(() => new Set<number>());
  const behaviours = compiledValues.map(() => [] as { behaviour: string; cue: string; sentence: number }[]);
  sentences.forEach((s, k) => {
    // Generic talk ("I always push back") is not evidence of a story; it is for self-descriptions.
    if (labels[k] === 'other' && !options.includeGeneric) return;
    for (const m of matchIndex(index, s.tokens)) {
      if (!speaksForSelf(s, m.first, m.last)) continue;
      const [vi, bi] = m.tag;
      const v = compiledValues[vi];
      const b = v?.behaviours[bi];
      if (!v || !b) continue;
      evidence[vi]?.add(k);
      const list = behaviours[vi];
      if (list && !list.some((x) => x.behaviour === b.behaviour && x.sentence === k)) list.push({ behaviour: b.behaviour, cue: m.cue, sentence: k });
    }
  });
  const values: ValueEvidence[] = [];
  compiledValues.forEach((v, vi) => {
    const ev = evidence[vi];
    if (!ev || ev.size === 0) return;
    const found = [...(behaviours[vi] ?? [])].sort((a, b) => a.sentence - b.sentence || (a.behaviour < b.behaviour ? -1 : a.behaviour > b.behaviour ? 1 : 0));
    values.push({ value: v.id, name: v.name, lists: v.lists, target: targets.has(v.id), evidence: [...ev].sort((a, b) => a - b), behaviours: found });
  });
  const shown = new Set(values.map((v) => v.value));
  const missing = [...targets].filter((t) => !shown.has(t));
  return { values, missing };
}
