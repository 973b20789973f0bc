/**
 * Netflix-scale awareness: regions, CDN, caching, chaos, experimentation, scale figures and
 * observability — which of them the question's rubric calls for, and which the answer shows. Pure.
 */
import type { Question } from '../pack/index.js';
import { SCALE_CUES } from './lexicon.js';
import type { Quantity } from './quantities.js';
import { compileCue, matchCue, type CompiledCue } from './text/cue.js';
import { prepareAnswer, type PreparedAnswer } from './text/prepare.js';
import { SCALE_TOPICS, type ScaleAwareness, type ScaleTopic } from './types.js';

let compiled: Map<ScaleTopic, CompiledCue[]> | undefined;
function topicCues(): Map<ScaleTopic, CompiledCue[]> {
  compiled ??= new Map(SCALE_TOPICS.map((t) => [t, SCALE_CUES[t].map(compileCue)]));
  return compiled;
}

/** Topics shown in `a`; a topic the answer only defers ("I didn't get to caching") is not shown. */
function topicsIn(a: PreparedAnswer, quantities?: readonly (readonly Quantity[])[], includeDeferred = false): Map<ScaleTopic, number[]> {
  const out = new Map<ScaleTopic, number[]>();
  for (const [topic, cues] of topicCues()) {
    const set = new Set<number>();
    for (const cue of cues) for (const m of matchCue(a, cue, { includeDeferred })) set.add(m.sentence);
    if (topic === 'scale-numbers' && quantities) {
      quantities.forEach((qs, i) => {
        const big = qs.some(
          (q) =>
            (q.kind === 'count' && q.value >= 1e6) ||
            (q.kind === 'rate' && q.value >= 1e4) ||
            (q.kind === 'bandwidth' && (q.unit === 'tbps' || (q.unit === 'gbps' && q.value >= 100))) ||
            (q.kind === 'storage' && (q.unit === 'pb' || q.unit === 'eb')),
        );
        if (big) set.add(i);
      });
    }
    if (set.size > 0) out.set(topic, [...set].sort((x, y) => x - y));
  }
  return out;
}

const calledForCache = new WeakMap<Question, ScaleTopic[]>();

/** Topics the question's own rubric mentions (its key points' text and cues). */
export function calledFor(question: Question): ScaleTopic[] {
  let topics = calledForCache.get(question);
  if (!topics) {
    const rubricText = question.keyPoints.map((k) => `${k.text}.\n${k.concepts.join('.\n')}.`).join('\n\n');
    const found = topicsIn(prepareAnswer(rubricText), undefined, true);
    topics = SCALE_TOPICS.filter((t) => found.has(t));
    // Every design question at Netflix is asked at Netflix scale.
    if (!topics.includes('scale-numbers')) topics.push('scale-numbers');
    calledForCache.set(question, topics);
  }
  return topics;
}

export function scaleAwareness(a: PreparedAnswer, question: Question, quantities: readonly (readonly Quantity[])[]): ScaleAwareness {
  const found = topicsIn(a, quantities);
  const wanted = calledFor(question);
  const shown = SCALE_TOPICS.filter((t) => found.has(t)).map((topic) => ({ topic, evidence: found.get(topic) ?? [] }));
  return { calledFor: wanted, shown, missing: wanted.filter((t) => !found.has(t)) };
}
