/**
 * The three fixes worth most, and the follow-up a sceptical interviewer asks next, chosen from the
 * biggest gap. Fixes quote the candidate's own sentences where that helps.
 */
import type { Question } from '../pack/schema.js';
import type { Asks } from './flags.js';
import type { AnalysisFlag, Dimension, FlagCode } from './types.js';

interface Candidate {
  readonly key: string;
  readonly priority: number;
  readonly fix: string;
  readonly followUp: string;
}

const PRIORITY: Partial<Record<FlagCode, number>> = {
  empty: 100,
  'off-question': 96,
  'never-failed': 95,
  'no-example': 94,
  blame: 90,
  'missing-action': 86,
  'missing-result': 82,
  'we-heavy': 72,
  'too-short': 70,
  'no-metrics': 66,
  'no-reflection': 58,
  'missing-situation': 52,
  vague: 50,
  rambling: 48,
  'too-long': 46,
  hedging: 40,
  'missing-task': 34,
  fillers: 32,
  'pace-fast': 28,
  'pace-slow': 26,
  'passive-voice': 22,
  'long-pauses': 18,
};

function clip(text: string, max = 90): string {
  const t = text.trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function candidateFor(flag: AnalysisFlag, asks: Asks, sentences: readonly string[]): Candidate | undefined {
  const quote = (k: number | undefined): string => (k === undefined ? '' : `"${clip(sentences[k] ?? '')}"`);
  const first = flag.evidence[0];
  const p = PRIORITY[flag.code] ?? 10;
  switch (flag.code) {
    case 'empty':
      return { key: flag.code, priority: p, fix: 'Write or say your answer: one real situation, what you did, and what happened.', followUp: 'Tell me about a specific time this happened to you.' };
    case 'off-question': {
      const fix =
        asks === 'failure'
          ? 'Answer with a real failure of yours: what went wrong, your part in it, what you did next and what you learned.'
          : asks === 'conflict'
            ? 'Answer with a real disagreement: who you disagreed with, about what, how you made your case, and how it ended.'
            : 'Answer with specific feedback you gave or received: what was said, what you did with it, and what changed.';
      const followUp =
        asks === 'failure'
          ? 'That sounds like it went well. Tell me about a time something you owned actually failed.'
          : asks === 'conflict'
            ? 'Where exactly did you disagree, and with whom?'
            : 'What was the specific feedback, and what did you change because of it?';
      return { key: flag.code, priority: p, fix, followUp };
    }
    case 'never-failed':
      return { key: flag.code, priority: p, fix: `Drop ${quote(first)} and pick a real example; everyone who has shipped anything has one.`, followUp: 'Everyone has failed or disagreed at some point. What is the biggest mistake you have made at work?' };
    case 'no-example':
      return { key: flag.code, priority: p, fix: 'Replace the general description with one story: when it was, what you did step by step, and what happened.', followUp: 'Can you give me one specific time that happened?' };
    case 'blame':
      return { key: flag.code, priority: p, fix: `Rephrase ${quote(first)}: describe what happened without judging people, then say what part you owned.`, followUp: 'What part of that outcome was yours to own?' };
    case 'missing-action':
      return { key: flag.code, priority: p, fix: 'Add the actions: two to four sentences that start with "I" and say what you did, in order.', followUp: 'What did you actually do, step by step?' };
    case 'missing-result':
      return { key: flag.code, priority: p, fix: 'End with the result: what changed, by how much, and what happened next.', followUp: 'So what was the outcome? How did you know it worked?' };
    case 'we-heavy':
      return { key: flag.code, priority: p, fix: `Say what you did: rewrite ${quote(first)} with "I" for your own decisions, and keep "we" for the team's context.`, followUp: 'What did you personally do, as opposed to the team?' };
    case 'too-short':
      return { key: flag.code, priority: p, fix: 'Give the story room: a sentence of context, your goal, three or four actions, and a measured result (about 1–2 minutes).', followUp: 'Can you walk me through that in more detail?' };
    case 'no-metrics':
      return { key: flag.code, priority: p, fix: first !== undefined ? `Put a number on the result ${quote(first)}: time saved, money, %, users, incidents.` : 'Add a measured result: time saved, money, %, users, incidents.', followUp: 'What was the measurable result?' };
    case 'no-reflection':
      return { key: flag.code, priority: p, fix: 'Close with the lesson: what you learned and what you now do differently.', followUp: 'What would you do differently if you faced that again?' };
    case 'missing-situation':
      return { key: flag.code, priority: p, fix: 'Open with one or two sentences of context: where, when, and what was at stake.', followUp: 'Set the scene for me: where was this, and what was at stake?' };
    case 'vague':
      return { key: flag.code, priority: p, fix: `Replace vague words with specifics, starting with ${quote(first)}.`, followUp: 'Can you be specific: what exactly was the problem, and what did you change?' };
    case 'rambling':
      return { key: flag.code, priority: p, fix: first !== undefined ? `Cut side stories such as ${quote(first)}; every sentence should move the story forward.` : 'Cut the set-up to two sentences and get to your actions sooner.', followUp: 'In one sentence: what did you do, and what happened?' };
    case 'too-long':
      return { key: flag.code, priority: p, fix: 'Trim to 2–3 minutes: shorten the set-up and keep the actions and the result.', followUp: 'In one sentence: what did you do, and what happened?' };
    case 'hedging':
      return { key: flag.code, priority: p, fix: `State things plainly: drop "I think", "maybe" and "kind of", as in ${quote(first)}.`, followUp: 'How sure are you of that? What evidence did you have?' };
    case 'missing-task':
      return { key: flag.code, priority: p, fix: 'Say what you were responsible for or aiming at before the actions ("My goal was…").', followUp: 'What exactly were you responsible for there?' };
    case 'fillers':
      return { key: flag.code, priority: p, fix: 'Replace fillers ("um", "you know", "basically") with a short silent pause.', followUp: 'Take a moment: what was the single most important thing you did?' };
    case 'passive-voice':
      return { key: flag.code, priority: p, fix: `Say who acted: ${quote(first)} hides whether it was you.`, followUp: 'Who actually did that?' };
    case 'pace-fast':
      return { key: flag.code, priority: p, fix: 'Slow down to about 140 words per minute, especially around numbers.', followUp: 'Can you go over the result again, slowly?' };
    case 'pace-slow':
      return { key: flag.code, priority: p, fix: 'Pick up the pace a little and outline the story before you start.', followUp: 'What is the short version?' };
    case 'long-pauses':
      return { key: flag.code, priority: p, fix: 'Outline situation, action and result in your head before you start speaking.', followUp: 'What is the short version?' };
    default:
      return undefined;
  }
}

export interface Coaching {
  readonly fixes: string[];
  readonly followUp: string;
}

export function coach(
  flags: readonly AnalysisFlag[],
  dimensions: readonly Dimension[],
  ctx: { readonly asks: Asks; readonly sentences: readonly string[]; readonly question?: Pick<Question, 'followUps'> | undefined; readonly missingValueNames: readonly string[] },
): Coaching {
  const candidates: Candidate[] = [];
  for (const f of flags) {
    const c = candidateFor(f, ctx.asks, ctx.sentences);
    if (c) candidates.push(c);
  }
  if (ctx.missingValueNames.length > 0) {
    const names = ctx.missingValueNames.join(' and ');
    candidates.push({ key: 'values', priority: 44, fix: `Show ${names}: the question targets it; make one action or decision show it explicitly.`, followUp: `Where in that story did you show ${ctx.missingValueNames[0] ?? names}?` });
  }
  const weakest = [...dimensions].sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : 1))[0];
  if (weakest && weakest.score <= 2 && !candidates.some((c) => c.key.startsWith(weakest.name))) {
    candidates.push({ key: weakest.name, priority: 20, fix: `Strengthen ${weakest.name}: ${weakest.reason}`, followUp: 'What would you do differently next time?' });
  }
  candidates.sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : 1));
  const fixes: string[] = [];
  for (const c of candidates) {
    if (!fixes.includes(c.fix)) fixes.push(c.fix);
    if (fixes.length === 3) break;
  }
  const top = candidates[0];
  const followUp = top?.followUp ?? ctx.question?.followUps[0] ?? 'What would you do differently if you did it again?';
  return { fixes, followUp };
}
