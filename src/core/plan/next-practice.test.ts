import { describe, expect, it } from 'vitest';
import { fixturePack, practice } from '../readiness/fixture-pack.js';
import { computeReadiness } from '../readiness/readiness.js';
import { MS_PER_DAY } from '../readiness/time.js';
import { buildSchedule, dueToday } from '../schedule/schedule.js';
import { layoutPlan } from './layout.js';
import { nextPractice, pickForRound } from './next-practice.js';

const pack = fixturePack();
const loop = pack.loops[0]!;
const NOW = Date.UTC(2025, 2, 20, 12);

describe('nextPractice', () => {
  it('empty history: practise each required round, then story gaps, then plan tasks', () => {
    const readiness = computeReadiness({ records: [], now: NOW, loop });
    const plan = layoutPlan({ plans: pack.plans, role: 'swe', interviewDate: '2025-03-27', today: '2025-03-20' });
    const s = nextPractice({ pack, readiness, due: [], records: [], gaps: [{ value: 'courage', name: 'Courage', message: 'Courage: 0 of 2' }], plan, limit: 20 });
    expect(s.map((x) => x.kind)).toEqual(['round', 'round', 'round', 'story', 'plan-task']);
    expect(s[0]).toMatchObject({ round: 'behavioral', questionId: 'b1' });
    expect(s[1]).toMatchObject({ round: 'coding', questionId: 'ttl-cache' });
    expect(s[3]).toMatchObject({ title: 'Write a story that shows Courage', value: 'courage' });
    expect(s[4]).toMatchObject({ taskKey: 'one/stories' });
  });

  it('due reviews come first; a ready panel suggests only the weak round', () => {
    const records = [
      practice({ questionId: 'b1', at: NOW - 2 * MS_PER_DAY, score: 30 }),
      ...['b2', 'b3'].map((q) => practice({ questionId: q, at: NOW, score: 95 })),
      ...['ttl-cache', 'token-bucket', 'ttl-cache'].map((q) => practice({ questionId: q, at: NOW, score: 50, round: 'coding' })),
      ...['d1', 'd2', 'd3'].map((q) => practice({ questionId: q, at: NOW, score: 90, round: 'system-design' })),
    ];
    const readiness = computeReadiness({ records, now: NOW, loop });
    const due = dueToday(buildSchedule(records), NOW);
    const s = nextPractice({ pack, readiness, due, records });
    expect(s[0]).toMatchObject({ kind: 'review', questionId: 'b1' });
    const rounds = s.filter((x) => x.kind === 'round');
    expect(rounds.map((r) => r.round)).toEqual(['coding']);
    expect(rounds[0]?.reason).toMatch(/coding readiness is 50 \(not-yet\)/);
  });

  it('picks never-practised questions before the least recently practised', () => {
    const records = [practice({ questionId: 'd1', at: 1, score: 50 }), practice({ questionId: 'd2', at: 2, score: 50 })];
    expect(pickForRound(pack, 'system-design', records)?.id).toBe('d3');
    expect(pickForRound(pack, 'system-design', [...records, practice({ questionId: 'd3', at: 3, score: 50 })])?.id).toBe('d1');
    expect(pickForRound(pack, 'director', records)).toBeUndefined();
  });
});
