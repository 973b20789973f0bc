import { describe, expect, it } from 'vitest';
import { buildDebrief, suggestPractice } from './debrief.js';
import { STRONG_ANSWER, WEAK_ANSWER, fakeBehavioral, fakeDesign, testPack } from './test-fixtures.js';
import { T0, newLoop, playToEnd, step } from './test-driver.js';
import type { LoopState } from './types.js';
import { answerScore, roundVerdict, verdictFor } from './verdict.js';

const BLAME = 'It was their fault. They messed up the rollout and I had to clean it up in 3 days. The result was fine and I learned patience.';

/** Plays a loop where each prompt gets the answer for its round id. */
function play(answers: Record<string, string>, roundIds?: string[]): LoopState {
  const loop = newLoop(roundIds ? { roundIds } : {});
  return playToEnd(loop, (prompt, kind) => {
    if (kind === 'problem') return answers.coding ?? 'export class TtlCache {}';
    const round = loop.plan.rounds.find((r) => r.items.some((i) => i.text === prompt));
    return (round && answers[round.id]) ?? STRONG_ANSWER;
  }).state;
}

describe('verdicts', () => {
  it('maps scores to the four verdicts', () => {
    expect([0, 39, 40, 59, 60, 79, 80, 100].map(verdictFor)).toEqual([
      'strong-no-hire',
      'strong-no-hire',
      'no-hire',
      'no-hire',
      'hire',
      'hire',
      'strong-hire',
      'strong-hire',
    ]);
  });

  it('scores judge results by verdict and tests passed', () => {
    expect(answerScore({ kind: 'judge', verdict: 'accepted', passed: 2, total: 2, tests: [] })).toBe(90);
    expect(answerScore({ kind: 'judge', verdict: 'wrong-answer', passed: 19, total: 20, tests: [] })).toBe(71);
    expect(answerScore({ kind: 'judge', verdict: 'compile-error', passed: 0, total: 20, tests: [] })).toBe(10);
    expect(answerScore({ kind: 'unavailable', message: 'x' })).toBeUndefined();
  });

  it('gives reasons and quotes the candidate verbatim', () => {
    const s = play({}, ['culture']);
    const v = s.debrief?.rounds[0];
    expect(v?.verdict).toBe('strong-hire');
    expect(v?.reasons[0]).toMatch(/^strong hire \(\d+\/100\)\.$/);
    expect(v?.reasons).toContain('Answered 2 of 2 questions.');
    const quotes = v?.evidence.map((e) => e.quote) ?? [];
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(STRONG_ANSWER).toContain(q);
    expect(v?.evidence.find((e) => e.note === 'shows courage')?.quote).toBe('I pushed back on the director because the plan risked an outage.');
  });

  it('marks a red flag and quotes the sentence behind it', () => {
    const s = play({ culture: BLAME }, ['culture']);
    const v = s.debrief?.rounds[0];
    expect(v?.reasons).toContain('Red flag: blames others.');
    expect(v?.evidence).toContainEqual(expect.objectContaining({ quote: 'It was their fault.', positive: false }));
    // The same answers without the blame sentence score higher.
    const clean = play({ culture: BLAME.replace('It was their fault. They messed up the rollout and ', 'I ') }, ['culture']);
    expect(clean.debrief?.rounds[0]?.score ?? 0).toBeGreaterThan(v?.score ?? 100);
  });

  it("names each answer's gaps and each follow-up's topic in a few words, not the analysis's advice", () => {
    const v = playToEnd(newLoop({ roundIds: ['hm'] }), () => WEAK_ANSWER).state.debrief?.rounds[0];
    expect(v?.reasons).toContain('"Question hm-1?": scored 38 (no result; "we" hides what you did; no numbers).');
    expect(v?.reasons).toContain('Follow-up on the result: the answer still left it open.');
    expect(v?.reasons).toContain('Follow-up on what you did yourself: the answer still left it open.');
    expect(v?.evidence).toContainEqual(expect.objectContaining({ quote: 'We worked on a project.', note: '"we" hides what you did', positive: false }));
  });

  it('quotes only the candidate\'s own words, never labels read from a design diagram', () => {
    let s = step(newLoop({ roundIds: ['design'] }), { type: 'start', at: T0 }).state;
    s = step(s, { type: 'question-shown', at: T0 + 1 }).state;
    const text = 'I would cache popular titles at the edge near users.';
    // The region-failover point is shown by the diagram only (sentence 1 is read from its labels).
    const base = fakeDesign(['edge-cache', 'region-failover']) as { rubric: { points: { id: string; evidence: number[] }[] } };
    const analysis = {
      ...base,
      rubric: { ...base.rubric, points: base.rubric.points.map((p) => (p.id === 'region-failover' ? { ...p, evidence: [1] } : p)) },
      sentences: [
        { index: 0, text, source: 'text' },
        { index: 1, text: 'Gateway → Other region: failover', source: 'diagram' },
      ],
    };
    s = step(s, { type: 'answer-submitted', text, diagram: 'flowchart LR\n  Gateway -->|failover| Other[Other region]', analysis, at: T0 + 2 }).state;
    s = step(s, { type: 'round-ended', at: T0 + 3 }).state;
    const quotes = s.debrief?.rounds[0]?.evidence.map((e) => e.quote) ?? [];
    expect(quotes).toEqual([text]);
  });

  it('says a follow-up was left unanswered when the candidate ended the round, and cut off only when time ran out', () => {
    let s = step(newLoop({ roundIds: ['hm'] }), { type: 'start', at: T0 }).state;
    s = step(s, { type: 'question-shown', at: T0 + 1 }).state;
    s = step(s, { type: 'answer-submitted', text: WEAK_ANSWER, analysis: fakeBehavioral(WEAK_ANSWER), at: T0 + 2 }).state;
    s = step(s, { type: 'question-shown', at: T0 + 3 }).state;
    const ended = step(s, { type: 'round-ended', at: T0 + 4 }).state.debrief?.rounds[0]?.reasons ?? [];
    expect(ended).toContain('Follow-up on the result was left unanswered when the round was ended.');
    const timedOut = step(s, { type: 'time-up', round: 0, at: T0 + 5 }).state.debrief?.rounds[0]?.reasons ?? [];
    expect(timedOut).toContain('Follow-up on the result was cut off by the clock.');
  });

  it('a round with no answers is a strong no hire', () => {
    let s = step(newLoop({ roundIds: ['culture'] }), { type: 'start', at: T0 }).state;
    s = step(s, { type: 'round-ended', at: T0 + 1 }).state;
    const v = s.debrief?.rounds[0];
    expect(v).toMatchObject({ verdict: 'strong-no-hire', score: 0, answered: 0, endReason: 'ended-early' });
    expect(v?.reasons.join(' ')).toMatch(/No answer was given/);
    // Its values still need practice, even though nothing was answered.
    expect(s.debrief?.practiseNext.filter((n) => n.kind === 'value').map((n) => n.id)).toEqual(['courage', 'candor']);
  });

  it('rewards answering a follow-up well', () => {
    // One-question round: the weak answer gets two follow-ups; answering them with numbers and an "I" closes the gaps.
    const loop = newLoop({ roundIds: ['hm'] });
    const base = playToEnd(loop, () => WEAK_ANSWER).state.debrief?.rounds[0]?.score ?? 0;
    const better = playToEnd(loop, (_p, kind) => (kind === 'follow-up' ? 'I decided to roll it back myself, and the result was 40% fewer errors within 2 weeks. I learned to check dashboards first.' : WEAK_ANSWER)).state;
    const v = better.debrief?.rounds[0];
    expect(v?.score ?? 0).toBeGreaterThan(base);
    expect(v?.reasons.join(' ')).toMatch(/Follow-up on (the result|numbers|what you learned|what you did yourself): answered well\./);
    expect(v?.evidence.some((e) => e.note.startsWith('answers the follow-up'))).toBe(true);
  });

  it('reports a round that was not run', () => {
    const s = newLoop();
    expect(roundVerdict(s, 0)).toMatchObject({ endReason: 'not-run', verdict: 'no-hire' });
  });
});

describe('panel decision', () => {
  it('offers only when every interviewer says hire; the hiring manager agrees', () => {
    // Cover all three design points with the default fake? No: pass a strong design by answering every point.
    const s = play({}, ['hm', 'culture']);
    expect(s.debrief?.panel).toMatchObject({ decision: 'offer', sunkBy: [] });
    expect(s.debrief?.panel.explanation).toMatch(/All 2 interviewers said hire/);
    expect(s.debrief?.hiringManager).toMatchObject({ roundId: 'hm', call: 'hire' });
    expect(s.debrief?.hiringManager.note).toMatch(/the panel agrees/);
  });

  it('one no hire sinks the offer even when the hiring manager would hire', () => {
    const s = play({ culture: WEAK_ANSWER }, ['hm', 'culture']);
    expect(s.debrief?.panel.decision).toBe('no-offer');
    expect(s.debrief?.panel.sunkBy).toEqual(['culture']);
    expect(s.debrief?.panel.explanation).toMatch(/1 of 2 interviewers said hire, but the panel must be unanimous: culture round \((strong )?no hire\) sinks the offer/);
    expect(s.debrief?.hiringManager).toMatchObject({ call: 'no-hire', verdict: expect.stringMatching(/hire/) });
    expect(s.debrief?.hiringManager.note).toMatch(/without a unanimous panel/);
  });

  it('without a hiring-manager round the call follows the panel', () => {
    const s = play({}, ['culture']);
    expect(s.debrief?.hiringManager).toMatchObject({ call: 'hire' });
    expect(s.debrief?.hiringManager.roundId).toBeUndefined();
    expect(s.debrief?.hiringManager.note).toMatch(/No hiring-manager round/);
  });

  it('ranks fixes across the loop by how often they come up', () => {
    const s = play({ hm: WEAK_ANSWER, culture: WEAK_ANSWER }, ['hm', 'culture']);
    const fixes = s.debrief?.topFixes ?? [];
    expect(fixes[0]).toMatchObject({ count: 3, rounds: ['hm', 'culture'] });
    expect(fixes.length).toBeLessThanOrEqual(5);
  });

  it('says what to practise next: the weakest rounds, then values nobody showed', () => {
    const s = play({ hm: WEAK_ANSWER }, ['hm', 'culture']);
    const next = s.debrief?.practiseNext ?? [];
    expect(next[0]).toMatchObject({ kind: 'round', id: 'hiring-manager' });
    // The strong answer shows courage; candor (a culture target) and judgment (hm target) never appear.
    expect(next.filter((n) => n.kind === 'value').map((n) => n.id)).toEqual(['judgment', 'candor']);
    const filled = suggestPractice(s.debrief ?? buildDebrief(s), testPack(), { role: 'swe', level: 'L5', exclude: ['hm-1'] });
    const judgment = filled.practiseNext.find((n) => n.id === 'judgment');
    expect(judgment?.questions.length).toBeGreaterThan(0);
    expect(judgment?.questions).not.toContain('hm-1');
    expect(filled.practiseNext.find((n) => n.id === 'hiring-manager')?.questions).toEqual(['hm-2']);
  });

  it('does not say a coding or design round "showed" no values: only the behavioral analysis reads them', () => {
    const played = play({}, ['coding', 'design', 'culture']);
    // Give every round target values nobody showed.
    const s = { ...played, plan: { ...played.plan, rounds: played.plan.rounds.map((r) => ({ ...r, values: ['judgment', 'creativity'] })) } };
    const values = buildDebrief(s).practiseNext.filter((n) => n.kind === 'value');
    expect(values.map((v) => v.why)).toEqual(['culture round probes judgment, and none of your answers showed it.', 'culture round probes creativity, and none of your answers showed it.']);
  });

  it('recomputes the same debrief from the finished state', () => {
    const s = play({ culture: WEAK_ANSWER });
    expect(buildDebrief({ ...s, debrief: undefined } as LoopState)).toEqual(s.debrief);
    expect(fakeBehavioral(STRONG_ANSWER)).toMatchObject({ flags: [] });
  });
});
