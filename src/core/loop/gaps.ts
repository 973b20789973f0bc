/**
 * Gaps an interviewer would probe, read from an analysis: behavioral flags (in the order a
 * Netflix interviewer cares about them), uncovered design rubric points, failing tests.
 * Each gap kind knows how to ask about it and which of a question's own follow-ups fit it.
 * Pure.
 */
import type { Analysis } from './analysis-types.js';
import type { Gap } from './types.js';

interface Probe {
  /** What the interviewer asks when no pack follow-up fits. */
  readonly ask: string;
  /** Which pack follow-ups fit this gap. */
  readonly fits: RegExp;
  /** What a good answer to the follow-up needs, checked on the follow-up's own analysis or text. */
  readonly closedBy?: RegExp;
}

const NEVER = /(?!)/;

/** Flags worth a follow-up, most important first. Delivery flags (fillers, too-long, rambling) are left to the written feedback. */
export const FLAG_PROBES: Readonly<Record<string, Probe>> = {
  'off-question': { ask: 'Let me bring us back to what I asked. Can you answer that directly, with one example?', fits: NEVER },
  'no-example': { ask: 'Can you give me one real example from your own work?', fits: /\b(example|specific time|a time when)\b/i },
  blame: {
    ask: 'What part of that was yours to own, and what would you change in your own approach?',
    fits: /\b(own|responsib|your part|your role in|relationship)/i,
  },
  'missing-result': {
    ask: 'How did it turn out in the end, and how did you know it had worked?',
    fits: /\b(result|outcome|turn(ed)? out|end up|ended up|happen(ed)? next|what happened)/i,
    closedBy: /\b(result|outcome|so that|in the end|ended up|turned out|shipped|launched|reduced|improved|cut|saved|grew|increased|decreased|\d)/i,
  },
  'we-heavy': {
    ask: 'You said "we" a lot. What did you personally decide or do?',
    fits: /\b(you personally|your (own )?(role|part|contribution)|you specifically|what did you (do|decide)|you yourself)/i,
    closedBy: /\bI (decided|wrote|built|led|proposed|chose|asked|pushed|owned|designed|ran|took|made|set|called)\b/,
  },
  'no-metrics': {
    ask: 'Can you put a number on it: what changed, and by how much?',
    fits: /\b(measur|metric|number|quantif|how much|how many|how big|data)/i,
    closedBy: /\d/,
  },
  'missing-action': { ask: 'Walk me through the specific steps you took yourself.', fits: /\b(steps?|what did you (actually )?do|how did you|approach)\b/i },
  'no-reflection': {
    ask: 'Looking back, what would you do differently, and what did you learn?',
    // Not any "learn" or "change": "What are you learning right now?" is not about this story.
    fits: /\b(differently|lessons?|look(ing)? back|hindsight|do it again|what did you learn|you learn(ed)? from|change (in|about) your own|so it would not happen again)/i,
    closedBy: /\b(learn|lesson|differently|next time|in hindsight|looking back|would have|now I|since then)/i,
  },
  vague: { ask: 'Make it concrete for me: one specific moment, the system, the people involved.', fits: /\b(specific|concrete|example)/i },
  'missing-task': { ask: 'What exactly were you responsible for there?', fits: /\b(responsib|your role|your goal|were you asked)/i },
  'missing-situation': { ask: 'Set the scene: where were you, and what was at stake?', fits: /\b(context|situation|at stake|background)/i },
  hedging: { ask: 'You sounded unsure. What do you actually think was the right call?', fits: /\b(right call|believe|would you decide)/i },
  'too-short': { ask: 'Tell me more. What happened, and what did you do?', fits: NEVER },
};

const FLAG_ORDER = Object.keys(FLAG_PROBES);

/** Flags in the order an interviewer cares about them (probed flags first, then the rest in their own order). */
export function byImportance<F extends { readonly code: string }>(flags: readonly F[]): F[] {
  const rank = (code: string): number => {
    const i = FLAG_ORDER.indexOf(code);
    return i < 0 ? FLAG_ORDER.length : i;
  };
  return flags.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f.code) - rank(b.f.code) || a.i - b.i).map(({ f }) => f);
}

/**
 * Short words for a flag: `label` says what was wrong ("no reflection"), `topic` what a follow-up on
 * it is about ("what you learned"). Analysis messages are advice, too long to repeat in a reason.
 */
const FLAG_WORDS: Readonly<Record<string, { readonly label: string; readonly topic: string }>> = {
  'off-question': { label: 'does not answer the question asked', topic: 'the question itself' },
  'no-example': { label: 'no specific example', topic: 'a specific example' },
  'never-failed': { label: 'denies the premise of the question', topic: 'a real example' },
  blame: { label: 'blames others', topic: 'your own part' },
  'missing-result': { label: 'no result', topic: 'the result' },
  'we-heavy': { label: '"we" hides what you did', topic: 'what you did yourself' },
  'no-metrics': { label: 'no numbers', topic: 'numbers' },
  'missing-action': { label: 'no actions of your own', topic: 'your actions' },
  'no-reflection': { label: 'no reflection', topic: 'what you learned' },
  vague: { label: 'vague wording', topic: 'specifics' },
  'missing-task': { label: 'no task or goal', topic: 'your task' },
  'missing-situation': { label: 'no situation', topic: 'the situation' },
  hedging: { label: 'hedging', topic: 'your own view' },
  'too-short': { label: 'too short', topic: 'more detail' },
  'too-long': { label: 'too long', topic: 'the short version' },
  rambling: { label: 'wanders off the story', topic: 'the short version' },
  fillers: { label: 'many filler words', topic: 'delivery' },
  'passive-voice': { label: 'passive voice hides who acted', topic: 'who acted' },
};

const JUDGE_WORDS: Readonly<Record<string, string>> = {
  'compile-error': 'does not compile',
  'runtime-error': 'throws at runtime',
  'time-limit': 'runs out of time',
  'memory-limit': 'runs out of memory',
  'wrong-answer': 'gives wrong answers',
};

/** A flag in a few words: the known ones by code, others from their message's lead ("No numbers: …" → "no numbers"). */
export function flagLabel(flag: { readonly code: string; readonly message?: string }): string {
  const known = FLAG_WORDS[flag.code];
  if (known) return known.label;
  const message = clause((flag.message ?? '').replace(/\s*\([^)]*\)/g, ''));
  const lead = /^([^:;]{3,48}):\s/.exec(message)?.[1];
  if (lead && lead.split(/\s+/).length <= 6) return lowerFirst(lead);
  if (message && message.length <= 60) return lowerFirst(message);
  return flag.code.replace(/-/g, ' ');
}

/** What was wrong, in a few words, for reasons and evidence notes. */
export function gapLabel(gap: Gap): string {
  switch (gap.source) {
    case 'flag':
      return flagLabel({ code: gap.code, message: gap.detail });
    case 'rubric':
      return `"${shortPoint(gap.detail, gap.code)}" is not covered yet`;
    case 'test':
      return `fails the test "${gap.code}"`;
    case 'verdict':
      return `the solution ${JUDGE_WORDS[gap.code] ?? gap.code.replace(/-/g, ' ')}`;
    case 'probe':
      return 'no clear gap';
  }
}

/** What a follow-up on this gap is about ("the result", "numbers", a rubric point), for "Follow-up on …". */
export function gapTopic(gap: Gap): string {
  switch (gap.source) {
    case 'flag':
      return FLAG_WORDS[gap.code]?.topic ?? flagLabel({ code: gap.code, message: gap.detail });
    case 'rubric':
      return `"${shortPoint(gap.detail, gap.code)}"`;
    case 'test':
      return `the failing test "${gap.code}"`;
    case 'verdict':
      return `why the solution ${JUDGE_WORDS[gap.code] ?? gap.code.replace(/-/g, ' ')}`;
    case 'probe':
      return 'digging deeper';
  }
}

const JUDGE_PROBES: Readonly<Record<string, Probe>> = {
  'compile-error': { ask: 'Your code did not compile. Talk me through what you would fix first and why.', fits: NEVER },
  'runtime-error': { ask: 'Your code threw at runtime. Where do you think it breaks, and how would you guard against it?', fits: /\b(error|fail|invalid|edge)/i },
  'time-limit': {
    ask: 'It ran out of time on a larger input. What is the complexity of your solution, and how would you bring it down?',
    fits: /\b(complexit|scale|large|fast|performance|million|big-?o)/i,
  },
  'memory-limit': { ask: 'It ran out of memory. What grows without bound, and how would you cap it?', fits: /\b(memory|grow|evict|bound)/i },
};

const STOP = new Set(['that', 'this', 'with', 'from', 'your', 'what', 'when', 'which', 'would', 'there', 'their', 'about', 'into', 'have', 'them', 'they', 'than', 'then', 'each', 'every', 'handle', 'make']);

/** Content-word stems of a text, for matching pack follow-ups to design points. */
export function stems(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 4 && !STOP.has(w))
      .map((w) => w.slice(0, 5)),
  );
}

/** The gaps in an answer, most important first. Empty when the analysis found nothing to probe. */
export function findGaps(analysis: Analysis): Gap[] {
  switch (analysis.kind) {
    case 'behavioral': {
      // Only flags: the analysis flags a missing STAR part when the question calls for a story. Its raw
      // `star.missing` also lists parts a motivation or opinion question never needs (no "task" in
      // "why Netflix?"), so probing those would ask about gaps the analysis decided were not gaps.
      const codes = new Set(analysis.flags.map((f) => f.code));
      const message = (code: string): string => analysis.flags.find((f) => f.code === code)?.message ?? code.replace(/-/g, ' ');
      return FLAG_ORDER.filter((c) => codes.has(c)).map((code) => ({ source: 'flag' as const, code, detail: message(code) }));
    }
    case 'design': {
      const gaps: Gap[] = analysis.rubric.points.filter((p) => !p.covered).map((p) => ({ source: 'rubric' as const, code: p.id, detail: p.text }));
      // Behavioral-style flags matter in design too (e.g. vague), but after the rubric.
      const flagGaps = analysis.flags.filter((f) => FLAG_PROBES[f.code]).map((f) => ({ source: 'flag' as const, code: f.code, detail: f.message }));
      return [...gaps, ...flagGaps];
    }
    case 'judge': {
      if (analysis.verdict === 'accepted') return [];
      const failing = analysis.tests.filter((t) => !t.passed);
      const tests: Gap[] = failing
        .sort((a, b) => (a.visibility === 'public' ? 0 : 1) - (b.visibility === 'public' ? 0 : 1))
        .map((t) => ({ source: 'test' as const, code: t.name, detail: t.message ? `${t.name}: ${t.message}` : t.name }));
      const verdict: Gap = { source: 'verdict', code: analysis.verdict, detail: `verdict ${analysis.verdict}, ${analysis.passed}/${analysis.total} tests passed` };
      return JUDGE_PROBES[analysis.verdict] ? [verdict, ...tests] : tests.length > 0 ? tests : [verdict];
    }
    case 'unavailable':
      return [];
  }
}

/** The probe for a gap: its template question and the regex of pack follow-ups that fit it. */
export function probeFor(gap: Gap): Probe {
  if (gap.source === 'flag') return FLAG_PROBES[gap.code] ?? { ask: 'Can you say more about that?', fits: NEVER };
  if (gap.source === 'verdict') return JUDGE_PROBES[gap.code] ?? { ask: `Your solution did not pass (${gap.detail}). Where would you look first?`, fits: NEVER };
  if (gap.source === 'test') {
    return { ask: `Your solution fails the test "${gap.code}". Walk me through what your code does in that case.`, fits: NEVER };
  }
  if (gap.source === 'rubric') {
    return { ask: `We have not touched on this yet: ${lowerFirst(shortPoint(gap.detail, gap.code))}. How would you handle it?`, fits: NEVER };
  }
  return { ask: 'If you did it again, what would you do differently?', fits: NEVER };
}

/** A gap's text as a clause: no trailing full stop. */
export function clause(text: string): string {
  return text.trim().replace(/[.!]+$/, '');
}

/** Lower-cases a sentence's first letter for use mid-sentence (not "I", not acronyms). */
export function lowerFirst(text: string): string {
  return /^(?!I\s)[A-Z](?:[a-z]|\s)/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

const POINT_MAX = 70;

/**
 * A design rubric point in a few words: its lead clause without asides ("A registry maps each service
 * to its instances (host, port…); instances register…" → "A registry maps each service to its
 * instances"), or its id in words when even that is long. Rubric texts are written as full guidance.
 */
export function shortPoint(text: string, id = ''): string {
  const plain = clause(text.replace(/\s*\([^)]*\)/g, '')).replace(/\s+/g, ' ');
  const lead = clause(plain.split(/\s*(?:;|:|\s—\s|\s–\s)\s*/)[0] ?? plain);
  if (lead.length <= POINT_MAX) return lead;
  const beforeComma = lead.split(/,\s*/)[0] ?? lead;
  if (beforeComma.length <= POINT_MAX && beforeComma.split(' ').length >= 3) return beforeComma;
  return id ? id.replace(/-/g, ' ') : `${lead.slice(0, POINT_MAX - 1).replace(/\s+\S*$/, '')}…`;
}

/** Does a pack follow-up fit a gap? Flags use their regex; rubric points share content words with the follow-up. */
export function fitsGap(followUp: string, gap: Gap): boolean {
  if (gap.source === 'rubric') {
    const point = stems(gap.detail);
    let shared = 0;
    for (const s of stems(followUp)) if (point.has(s)) shared++;
    return shared >= 2 || (shared >= 1 && point.size <= 3);
  }
  return probeFor(gap).fits.test(followUp);
}

/** Words a follow-up answer needs to count as "telling more" after a too-short answer. */
const TELLS_MORE = 30;

/**
 * Did a follow-up answer close its gap? With an analysis of the follow-up answer: the flag is gone
 * (or the rubric point is now covered). Without one: the gap's text check, when it has one.
 * Returns undefined when it cannot tell.
 */
export function closesGap(gap: Gap, answer: string, analysis?: Analysis): boolean | undefined {
  const words = answer.trim().split(/\s+/).filter(Boolean).length;
  // "Too short" is about the whole story. A follow-up answer is short by design, so its own analysis
  // finds it too short every time; what counts is that it added a real account.
  if (gap.source === 'flag' && gap.code === 'too-short') return words >= TELLS_MORE ? true : words < 12 ? false : undefined;
  if (analysis?.kind === 'behavioral' && gap.source === 'flag') {
    if (gap.code.startsWith('missing-')) return !(analysis.star?.missing ?? []).includes(gap.code.slice(8)) && !analysis.flags.some((f) => f.code === gap.code);
    return !analysis.flags.some((f) => f.code === gap.code);
  }
  if (analysis?.kind === 'design' && gap.source === 'rubric') {
    const point = analysis.rubric.points.find((p) => p.id === gap.code);
    if (point) return point.covered;
  }
  if (words < 8) return false;
  if (gap.source === 'probe') return words >= 25 ? true : undefined;
  const probe = gap.source === 'flag' ? FLAG_PROBES[gap.code] : undefined;
  if (probe?.closedBy) return probe.closedBy.test(answer);
  return undefined;
}
