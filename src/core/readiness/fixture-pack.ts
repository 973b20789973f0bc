/**
 * A small hand-made pack for the unit tests of stories, readiness, schedule and plan
 * (independent of the shipped content, which grows while we work).
 */
import type { Pack } from '../pack/build.js';
import type { PracticeRecord } from './record.js';
import { checklistItemSchema, loopSchema, planSchema, questionSchema, valueSchema, type Problem } from '../pack/schema.js';

const value = (id: string, name: string, lists: ('current' | 'legacy')[]) =>
  valueSchema.parse({
    id,
    name,
    lists,
    summary: `${name} in our words.`,
    evidence: [{ behaviour: `Shows ${name}`, cues: [id] }],
    antiPatterns: ['Does the opposite'],
  });

const question = (id: string, round: string, category: string, values: string[], extra: Record<string, unknown> = {}) =>
  questionSchema.parse({
    id,
    text: `Question ${id}?`,
    round,
    category,
    roles: ['swe', 'em'],
    levels: ['L5'],
    values,
    why: 'Because.',
    howToAnswer: 'Well.',
    evaluated: ['Clarity'],
    followUps: ['Why?', 'What then?'],
    redFlags: ['Blame'],
    sample: { text: 'A sample.' },
    ...extra,
  });

const task = (id: string, kind: string) => ({ id, text: `Task ${id}`, kind });

export function fixturePack(): Pack {
  return {
    meta: { id: 'test', name: 'Test', company: 'Test', description: 'Test pack', version: 1 },
    values: [value('courage', 'Courage', ['current', 'legacy']), value('candor', 'Candor', ['current']), value('judgment', 'Judgment', ['current', 'legacy']), value('passion', 'Passion', ['legacy'])],
    concepts: [],
    valueNotes: [],
    questions: [
      question('b1', 'behavioral', 'behavioral', ['courage'], { targetSeconds: [90, 150] }),
      question('b2', 'behavioral', 'behavioral', ['candor']),
      question('b3', 'behavioral', 'behavioral', ['judgment', 'courage']),
      question('hm1', 'hiring-manager', 'hiring-manager', ['judgment']),
      question('d1', 'system-design', 'system-design', []),
      question('d2', 'system-design', 'system-design', []),
      question('d3', 'system-design', 'system-design', []),
    ],
    loops: [
      loopSchema.parse({
        id: 'swe',
        title: 'SWE',
        role: 'swe',
        levels: ['L5'],
        summary: 'A loop.',
        timeline: 'Weeks.',
        decision: { rule: 'Unanimous.', owner: 'Hiring manager.' },
        rounds: [
          { id: 'r1', kind: 'behavioral', title: 'Culture', minutes: 45, format: 'Video', interviewer: 'Peer', grades: ['Values'], draws: ['behavioral'] },
          { id: 'r2', kind: 'coding', title: 'Coding', minutes: 60, format: 'Pair', interviewer: 'Engineer', grades: ['Code'], draws: ['coding'] },
          { id: 'r3', kind: 'system-design', title: 'Design', minutes: 60, format: 'Whiteboard', interviewer: 'Senior', grades: ['Design'], draws: ['system-design'] },
          { id: 'r4', kind: 'hiring-manager', title: 'HM', minutes: 30, format: 'Video', interviewer: 'HM', grades: ['Fit'], draws: ['hiring-manager'], optional: true },
        ],
      }),
    ],
    problems: [
      { id: 'ttl-cache', title: 'TTL cache' } as Problem,
      { id: 'token-bucket', title: 'Token bucket' } as Problem,
    ],
    plans: [
      planSchema.parse({
        id: 'eight',
        title: 'Eight weeks',
        horizon: '8-weeks',
        roles: ['swe', 'em'],
        phases: [
          { title: 'Foundations', startDaysBefore: 56, endDaysBefore: 28, tasks: [task('stories', 'stories'), task('values', 'study'), task('coding-a', 'coding'), task('coding-b', 'coding')] },
          { title: 'Depth', startDaysBefore: 28, endDaysBefore: 7, tasks: [task('design', 'system-design'), task('mock', 'mock-loop')] },
          { title: 'Polish', startDaysBefore: 7, endDaysBefore: 1, tasks: [task('behavioral', 'behavioral'), task('logistics', 'logistics')] },
        ],
      }),
      planSchema.parse({
        id: 'four',
        title: 'Four weeks',
        horizon: '4-weeks',
        roles: ['swe', 'em'],
        phases: [
          { title: 'Catch up', startDaysBefore: 28, endDaysBefore: 7, tasks: [task('stories', 'stories'), task('coding', 'coding'), task('design', 'system-design')] },
          { title: 'Final week', startDaysBefore: 7, endDaysBefore: 1, tasks: [task('mock', 'mock-loop'), task('behavioral', 'behavioral')] },
        ],
      }),
      planSchema.parse({
        id: 'one',
        title: 'One week',
        horizon: '1-week',
        roles: ['swe', 'em'],
        phases: [{ title: 'Cram', startDaysBefore: 7, endDaysBefore: 1, tasks: [task('stories', 'stories'), task('coding', 'coding'), task('mock', 'mock-loop')] }],
      }),
      planSchema.parse({
        id: 'day',
        title: 'Day of',
        horizon: 'day-of',
        roles: ['swe', 'em'],
        phases: [{ title: 'Interview day', startDaysBefore: 0, endDaysBefore: 0, tasks: [task('warm-up', 'behavioral'), task('rest', 'rest')] }],
      }),
    ],
    guidance: {
      checklist: [
        checklistItemSchema.parse({ id: 'stories', text: 'Two strong stories per value.', auto: 'stories-per-value' }),
        checklistItemSchema.parse({ id: 'coding', text: 'Solve and explain coding problems.', auto: 'coding-explained' }),
        checklistItemSchema.parse({ id: 'timed', text: 'Timed answers within length.', auto: 'timed-answers' }),
        checklistItemSchema.parse({ id: 'design', text: 'Practise design.', auto: 'design-practised' }),
        checklistItemSchema.parse({ id: 'mock', text: 'Do a mock loop.', auto: 'mock-loop-done' }),
        checklistItemSchema.parse({ id: 'memo', text: 'Read the culture memo twice.' }),
      ],
      failureModes: [{ id: 'we', title: 'We', description: 'We.', fix: 'I.' }],
      levels: [{ level: 'L5', title: 'Senior', scope: 'Team', expectations: ['Leads'] }],
    },
    problemFiles: {},
    questionSource: {},
  };
}

/** A practice record with defaults, for tests. */
export function practice(p: Partial<PracticeRecord> & Pick<PracticeRecord, 'questionId' | 'at' | 'score'>): PracticeRecord {
  return {
    id: `${p.questionId}@${p.at}`,
    kind: 'behavioral',
    round: 'behavioral',
    dimensions: [],
    valuesShown: [],
    valuesTargeted: [],
    flags: [],
    durationSec: undefined,
    targetSeconds: undefined,
    timed: false,
    coding: undefined,
    storyId: undefined,
    sessionId: undefined,
    ...p,
  };
}
