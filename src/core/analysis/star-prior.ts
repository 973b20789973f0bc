/**
 * Hand-set starting weights of the STAR labeller: what any reader of interview answers knows
 * (task wording marks the task, first-person past actions mark the action, measures and lessons
 * mark the result, talk about the answer is "other", stories run S→T→A→R). Training on the dev
 * corpus starts from these and adjusts them; they also keep the model sensible for wording the
 * corpus never shows.
 */
import type { StarModel } from './star-decoder.js';

const emit: Record<string, number> = {
  'situation|lex=situation': 1.5, 'situation|stative-past': 1, 'situation|progressive': 0.8, 'situation|past-perfect': 1,
  // No prior weight for position alone (pos=first, rel=0): an opening sentence is the situation only when it
  // reads like one, otherwise a removed situation is invented on whatever comes first (chosen on dev).
  'situation|agent=other&tense=past': 0.5, 'situation|lex=anchor': 1, 'situation|label=situation': 6,
  'task|lex=task': 2.5, 'task|label=task': 6, 'task|has-conditional': -0.5,
  'action|i-action': 1.5, 'action|we-action': 1, 'action|lex=action': 1, 'action|i-action-2': 0.5, 'action|first=then': 1, 'action|label=action': 6,
  'result|lex=result': 1.5, 'result|lex=reflection': 2.5, 'result|q=any': 1, 'result|lex=outcome': 0.7, 'result|outcome&agent=other': 1,
  'result|pos=last': 1, 'result|rel=4': 0.5, 'result|label=result': 6,
  'other|lex=meta': 2, 'other|lex=tangent': 2, 'other|lex=habitual': 1.5, 'other|lex=hypothetical': 0.7, 'other|only-present': 0.7, 'other|tense=present': 0.5,
  'other|question': 1, 'other|lex=never': 1,
  // Verb and noun classes (word-classes.ts): what kind of thing the main clause reports.
  'situation|vclass=state&tense=past': 1, 'situation|vclass=fail&agent=other': 0.5, 'situation|nclass=context': 0.5,
  'task|vclass=oblige': 1, 'task|nclass=goal': 1.5,
  'action|vclass=build&agent=i': 1, 'action|vclass=analyse&agent=i': 1, 'action|vclass=communicate&agent=i': 1, 'action|vclass=decide&agent=i': 1,
  'action|vclass=help&agent=i': 1, 'action|vclass=build&agent=we': 0.5, 'action|vclass=analyse&agent=we': 0.5,
  'result|vclass=change&agent=other': 1.5, 'result|vclass=change': 0.5, 'result|vclass=reflect': 1.5, 'result|nclass=lesson': 1.5, 'result|nclass=measure': 0.5,
  'other|vclass=state&tense=present': 0.5,
  'situation|valence=problem': 1, 'result|valence=good': 1, 'situation|problem&q': 0.5,
  'task|task&situation': 1.5, 'result|result&first-person-action': 0.5,
  // Framing phrases (star-features.ts FRAMES): a summary told up front is the result, a step back
  // to context is the situation, a look back is reflection.
  'result|frame=summary': 2, 'situation|frame=context': 1.5, 'result|frame=hindsight': 1.5,
};

const trans: Record<string, number> = {
  'START>situation': 0.3, 'START>task': 0.3, 'START>result': 0.2, 'START>other': 0.3,
  'situation>situation': 0.5, 'situation>task': 0.8, 'situation>action': 0.5,
  'task>action': 1, 'task>task': 0.2,
  'action>action': 1, 'action>result': 0.8,
  'result>result': 0.8, 'result>END': 1, 'other>other': 0.3,
};

export const STAR_PRIOR: StarModel = { emit, trans };
