/**
 * Which of the pack's values an answer shows, sentence by sentence, from the cue phrases the pack
 * gives for each value's evidence behaviours (both value lists). Negation-aware ("I didn't push
 * back" is no courage) and first-person only: a colleague's courage is not the candidate's.
 * Nothing here knows any company: values, behaviours and cues all come from the pack.
 */
import type { Pack } from '../pack/build.js';
import type { Question } from '../pack/schema.js';
import { compileCue, matchCue, type CompiledCue } from './cues.js';
import type { SentenceFeatures } from './features.js';
import type { StarLabel, ValueEvidence } from './types.js';

interface CompiledValue {
  readonly id: string;
  readonly name: string;
  readonly lists: readonly string[];
  readonly behaviours: readonly { readonly behaviour: string; readonly cues: readonly CompiledCue[] }[];
}

const compiled = new WeakMap<readonly unknown[], readonly CompiledValue[]>();

/** The pack's value cues, compiled once per pack (cached on the pack's values array). */
export function compileValues(pack: Pick<Pack, 'values'>): readonly CompiledValue[] {
  const hit = compiled.get(pack.values);
  if (hit) return hit;
  const out = pack.values.map((v) => ({
    id: v.id,
    name: v.name,
    lists: [...v.lists],
    behaviours: v.evidence.map((e) => ({ behaviour: e.behaviour, cues: e.cues.map((c) => compileCue(c)) })),
  }));
  compiled.set(pack.values, out);
  return out;
}

const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', 'we', 'us', 'our', 'ourselves']);

function speaksForSelf(s: SentenceFeatures): boolean {
  return s.tokens.some((t) => FIRST_PERSON.has(t.lower));
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
  const values: ValueEvidence[] = [];
  for (const v of compileValues(pack)) {
    const evidence = new Set<number>();
    const behaviours: { behaviour: string; cue: string; sentence: number }[] = [];
    sentences.forEach((s, k) => {
      // Generic talk ("I always push back") is not evidence of a story; it is for self-descriptions.
      if ((labels[k] === 'other' && !options.includeGeneric) || !speaksForSelf(s)) return;
      for (const b of v.behaviours) {
        for (const cue of b.cues) {
          const m = matchCue(cue, s.tokens);
          if (!m) continue;
          evidence.add(k);
          if (!behaviours.some((x) => x.behaviour === b.behaviour && x.sentence === k)) behaviours.push({ behaviour: b.behaviour, cue: cue.source, sentence: k });
          break;
        }
      }
    });
    if (evidence.size === 0) continue;
    values.push({ value: v.id, name: v.name, lists: v.lists, target: targets.has(v.id), evidence: [...evidence].sort((a, b) => a - b), behaviours });
  }
  const shown = new Set(values.map((v) => v.value));
  const missing = [...targets].filter((t) => !shown.has(t));
  return { values, missing };
}
