/**
 * The debrief: every interviewer's verdict, the unanimous panel decision (any "no hire" sinks the
 * offer), the hiring manager's call, the fixes that matter most across the loop and what to
 * practise next. Pure and deterministic.
 */
import type { Pack } from '../pack/build.js';
import type { Level, Role } from '../pack/schema.js';
import type { Debrief, Exchange, LoopState, PractiseItem, RoundVerdict } from './types.js';
import { VERDICT_LABEL, roundVerdict } from './verdict.js';

const TOP_FIXES = 5;
const PRACTISE_ITEMS = 5;

const isNo = (v: RoundVerdict): boolean => v.verdict === 'no-hire' || v.verdict === 'strong-no-hire';

function fixesOf(ex: Exchange): string[] {
  const a = ex.analysis;
  if (!a) return [];
  if (a.kind === 'behavioral' || a.kind === 'design') return [...a.fixes];
  if (a.kind === 'judge' && a.verdict !== 'accepted') {
    const failing = a.tests.filter((t) => !t.passed).map((t) => t.name);
    if (a.verdict === 'compile-error') return ['Get the code compiling early, then build up; a solution that does not compile cannot be judged.'];
    return [`Make the failing cases pass${failing.length ? ` (${failing.slice(0, 3).join(', ')})` : ''}: test edge cases before you submit.`];
  }
  return [];
}

function topFixes(state: LoopState): Debrief['topFixes'] {
  const byText = new Map<string, { text: string; count: number; rounds: string[]; first: number }>();
  let order = 0;
  const add = (text: string, roundId: string): void => {
    const key = text.trim().toLowerCase();
    if (!key) return;
    const entry = byText.get(key) ?? { text: text.trim(), count: 0, rounds: [], first: order++ };
    entry.count++;
    if (!entry.rounds.includes(roundId)) entry.rounds.push(roundId);
    byText.set(key, entry);
  };
  state.rounds.forEach((round, i) => {
    const planned = state.plan.rounds[i];
    if (!planned) return;
    // Main answers only: follow-up answers are short by design and would repeat the same fixes.
    for (const ex of round.exchanges) if (ex.kind !== 'follow-up') for (const f of fixesOf(ex)) add(f, planned.id);
    if (round.endReason === 'time-up') add('Keep each answer inside its time box: aim for two minutes per story and leave room for follow-ups.', planned.id);
  });
  return [...byText.values()]
    .sort((a, b) => b.count - a.count || a.first - b.first)
    .slice(0, TOP_FIXES)
    .map(({ text, count, rounds }) => ({ text, count, rounds }));
}

/** Values a round meant to probe that no answer gave evidence for, then the weakest rounds. */
function practiseNext(state: LoopState, verdicts: readonly RoundVerdict[]): PractiseItem[] {
  const evidenced = new Set<string>();
  for (const round of state.rounds) {
    for (const ex of round.exchanges) {
      const a = ex.analysis;
      if (a?.kind === 'behavioral') for (const v of a.values ?? []) if (v.evidence.length > 0) evidenced.add(v.value);
    }
  }
  const items: PractiseItem[] = [];
  const seenValues = new Set<string>();
  state.plan.rounds.forEach((planned, i) => {
    const round = state.rounds[i];
    if (round?.status !== 'ended') return;
    // Only the behavioral analysis reads values: a round that asks only for code or designs cannot
    // be said to have missed one (its follow-up answers are too short to judge that).
    if (planned.items.every((it) => it.kind === 'problem' || it.category === 'system-design' || it.keyPoints.length > 0)) return;
    for (const value of planned.values) {
      if (evidenced.has(value) || seenValues.has(value)) continue;
      seenValues.add(value);
      items.push({ kind: 'value', id: value, why: `${planned.title} probes ${value}, and none of your answers showed it.`, questions: [] });
    }
  });
  const weakest = [...verdicts].filter((v) => v.endReason !== 'not-run' && v.verdict !== 'strong-hire').sort((a, b) => a.score - b.score || a.round - b.round);
  for (const v of weakest) {
    const planned = state.plan.rounds[v.round];
    if (!planned || items.some((it) => it.kind === 'round' && it.id === planned.kind)) continue;
    items.push({ kind: 'round', id: planned.kind, why: `${v.title}: ${VERDICT_LABEL[v.verdict]} at ${v.score}/100.`, questions: [] });
  }
  // Weakest rounds first (a failed round is what costs the offer), then the values nobody showed.
  const rounds = items.filter((it) => it.kind === 'round').slice(0, 3);
  const values = items.filter((it) => it.kind === 'value');
  return [...rounds, ...values].slice(0, PRACTISE_ITEMS);
}

export function buildDebrief(state: LoopState): Debrief {
  const rounds = state.plan.rounds.map((_, i) => roundVerdict(state, i));
  const sunk = rounds.filter(isNo);
  const hires = rounds.length - sunk.length;
  const decision = sunk.length === 0 ? 'offer' : 'no-offer';
  const explanation =
    sunk.length === 0
      ? `All ${rounds.length} interviewers said hire, so the panel is unanimous: offer.`
      : `${hires === 0 ? 'No interviewer' : `${hires} of ${rounds.length} interviewers`} said hire, but the panel must be unanimous: ${sunk
          .map((v) => `${v.title} (${VERDICT_LABEL[v.verdict]})`)
          .join(', ')} ${sunk.length === 1 ? 'sinks' : 'sink'} the offer.`;

  const hmRound = [...state.plan.rounds.keys()].reverse().find((i) => state.plan.rounds[i]?.hiringManager);
  const hm = hmRound === undefined ? undefined : rounds[hmRound];
  let hiringManager: Debrief['hiringManager'];
  if (!hm) {
    hiringManager = {
      call: decision === 'offer' ? 'hire' : 'no-hire',
      note: `No hiring-manager round in this mock; the call follows the panel. ${state.plan.decision.owner}`,
    };
  } else {
    const wants = !isNo(hm);
    const call = wants && decision === 'offer' ? 'hire' : 'no-hire';
    const note = !wants
      ? `The hiring manager says ${VERDICT_LABEL[hm.verdict]}.`
      : decision === 'offer'
        ? `The hiring manager says ${VERDICT_LABEL[hm.verdict]} and the panel agrees.`
        : `The hiring manager says ${VERDICT_LABEL[hm.verdict]}, but without a unanimous panel there is no offer.`;
    hiringManager = { roundId: hm.roundId, verdict: hm.verdict, call, note };
  }
  return {
    rounds,
    panel: { decision, explanation, sunkBy: sunk.map((v) => v.roundId), rule: state.plan.decision.rule },
    hiringManager,
    topFixes: topFixes(state),
    practiseNext: practiseNext(state, rounds),
  };
}

/** Fills each "practise next" item with up to `perItem` pack questions for the role and level, skipping ones the loop asked. */
export function suggestPractice(debrief: Debrief, pack: Pack, opts: { role: Role; level: Level; exclude?: readonly string[]; perItem?: number }): Debrief {
  const exclude = new Set(opts.exclude ?? []);
  const fits = pack.questions.filter((q) => q.roles.includes(opts.role) && !exclude.has(q.id));
  const byLevel = (ids: typeof fits): typeof fits => [...ids.filter((q) => q.levels.includes(opts.level)), ...ids.filter((q) => !q.levels.includes(opts.level))];
  const perItem = opts.perItem ?? 2;
  return {
    ...debrief,
    practiseNext: debrief.practiseNext.map((item) => {
      const pool = item.kind === 'value' ? fits.filter((q) => q.values.includes(item.id)) : fits.filter((q) => q.round === item.id);
      return { ...item, questions: byLevel(pool).slice(0, perItem).map((q) => q.id) };
    }),
  };
}
