/**
 * Realistic sample data for the reports, used by the tests and by `keeper report --sample`.
 * The answer text is written for Keeper; offsets are computed, so they always match.
 */
import type { AttemptReportData, LoopDebrief, ProgressSummary, ReportSentence, StarLabel } from './types.js';

function sentencesOf(parts: [string, StarLabel][]): { answer: string; sentences: ReportSentence[] } {
  let answer = '';
  const sentences: ReportSentence[] = [];
  parts.forEach(([text, star], index) => {
    if (answer !== '') answer += index === 4 ? '\n\n' : ' ';
    const start = answer.length;
    answer += text;
    sentences.push({ index, start, end: answer.length, text, star });
  });
  return { answer, sentences };
}

const behavioral = sentencesOf([
  ['Last spring our director wanted to move the playback-start service to a new cache a week before the launch of a live event.', 'situation'],
  ['I owned that service, and our error budget for the quarter was already 70% spent.', 'task'],
  ['I thought the risk was too high, so I pulled the incident history for the last three cache migrations and wrote a one-page note.', 'action'],
  ['I asked the director for thirty minutes, walked through the data, and proposed shipping the cache behind a flag to 5% of traffic first.', 'action'],
  ['She pushed back because the new cache saved $40k a month, and um, I agreed the saving mattered but showed that one bad night would cost more.', 'action'],
  ['We agreed to delay the full rollout by two weeks.', 'result'],
  ['The live event ran with zero playback incidents, p99 start time dropped from 850 ms to 610 ms after the rollout, and the director later asked me to review two similar changes.', 'result'],
  ['I learned to bring numbers to a disagreement instead of opinions \u2014 it made the conversation about risk, not about rank.', 'other'],
]);

export const sampleAttempt: AttemptReportData = {
  attemptId: 'att_0001',
  createdAt: '2026-03-02T18:20:00.000Z',
  candidate: 'Ana Lima',
  question: {
    id: 'courage-challenged-senior',
    text: 'Tell me about a time you disagreed with a director or senior leader.',
    round: 'behavioral',
    category: 'behavioral',
    values: ['courage', 'judgment', 'candor'],
  },
  answer: behavioral.answer,
  analysis: {
    kind: 'behavioral',
    score: 78,
    verdict: 'hire',
    sentences: behavioral.sentences,
    star: { missing: [], shares: { situation: 0.13, task: 0.09, action: 0.45, result: 0.24, other: 0.09 } },
    values: [
      { value: 'courage', evidence: [2, 3] },
      { value: 'judgment', evidence: [4] },
    ],
    dimensions: [
      { name: 'structure', score: 4, reason: 'All four STAR parts are present and the actions carry the story.', evidence: [0, 1, 3, 6] },
      { name: 'specificity', score: 4, reason: 'Concrete numbers: error budget share, money saved, latency before and after.', evidence: [1, 4, 6] },
      { name: 'ownership', score: 3, reason: 'Most actions are in the first person; the outcome is shared with "we".', evidence: [2, 3, 5] },
      { name: 'values', score: 3, reason: 'Courage and judgment are shown; candor is targeted but only implied.', evidence: [2, 4] },
      { name: 'delivery', score: 2, reason: 'One filler ("um") and a 40-word sentence; about 1 minute 20 seconds spoken.', evidence: [4] },
    ],
    flags: [{ code: 'fillers', message: 'A filler word weakens the key moment of the story.', evidence: [4] }],
    fixes: [
      'Say candidly what you told the director, in one quoted sentence, so candor is visible.',
      'Drop the filler in the pushback sentence and split it in two.',
      'End with what you would do differently next time, not only what you learned.',
    ],
    followUp: 'What would you have done if the director had insisted on the full rollout anyway?',
  },
  delivery: {
    wordsPerMinute: 148,
    timeToFirstWordSec: 1.4,
    pauses: [{ start: 31.2, end: 34.0 }],
    fillerCount: 1,
    fillerNote: 'The transcription engine drops most fillers, so the real count may be higher.',
  },
  history: [
    { at: '2026-02-10T10:00:00.000Z', score: 52 },
    { at: '2026-02-17T10:00:00.000Z', score: 61 },
    { at: '2026-02-24T10:00:00.000Z', score: 70 },
    { at: '2026-03-02T18:20:00.000Z', score: 78 },
  ],
};

export const sampleLoop: LoopDebrief = {
  loopId: 'loop_0007',
  title: 'Senior Software Engineer (L5) \u2014 full loop',
  role: 'swe',
  level: 'L5',
  candidate: 'Ana Lima',
  finishedAt: '2026-03-05T16:45:00.000Z',
  panel: {
    decision: 'no-hire',
    unanimous: false,
    rule: 'The panel must agree; one strong no hire usually ends the process.',
    reasons: [
      'System design did not reach the bar: no capacity estimates and no failure handling.',
      'Culture and hiring-manager rounds were strong; coding passed all hidden tests.',
    ],
  },
  rounds: [
    {
      title: 'Practical coding',
      kind: 'coding',
      verdict: 'hire',
      score: 81,
      reasons: ['Accepted on all 20 tests.', 'Explained the expiry check and its O(1) cost before coding.'],
      evidence: [{ quote: 'I keep expiry next to each value so get can drop stale keys without a sweep.', note: 'approach' }],
      questions: ['Implement a TTL cache with a count of live keys.'],
    },
    {
      title: 'System design',
      kind: 'system-design',
      verdict: 'no-hire',
      score: 44,
      reasons: ['Covered 4 of 11 key points.', 'No numbers: storage and traffic were never estimated.', 'Failure of a region was not discussed.'],
      evidence: [
        { quote: 'We can just put everything in one big database and scale it later.', note: 'no trade-off' },
        { quote: 'The CDN will handle it.', note: 'hand-wave' },
      ],
      questions: ['Design the "continue watching" row for 200 million members.'],
    },
    {
      title: 'Culture and values',
      kind: 'behavioral',
      verdict: 'strong-hire',
      score: 88,
      reasons: ['Clear stories for courage and candor with measured results.', 'Owned a failure without blaming others.'],
      evidence: [{ quote: 'I told my manager the estimate was wrong by three weeks and that it was my estimate.' }],
      questions: ['Tell me about a time you disagreed with a director or senior leader.', 'Tell me about your biggest failure.'],
    },
    {
      title: 'Hiring manager',
      kind: 'hiring-manager',
      verdict: 'hire',
      score: 72,
      reasons: ['Motivation for the team was specific.', 'Could say more about scope at the next level.'],
      evidence: [{ quote: 'I want to work on playback because every millisecond there is something members feel.' }],
    },
  ],
  topFixes: [
    'In design, start with numbers: members, requests per second, storage per member, before drawing boxes.',
    'Name one failure mode per component and say what the member sees when it happens.',
    'Compare two options for every big choice and say why you picked one.',
  ],
};

const weeks = ['2026-02-03', '2026-02-10', '2026-02-17', '2026-02-24', '2026-03-03'];
const series = (name: string, values: number[], min = 1, max = 4): ProgressSummary['dimensions'][number] => ({
  name,
  min,
  max,
  points: values.map((score, i) => ({ at: weeks[i] ?? weeks[0] ?? '2026-02-03', score })),
});

export const sampleProgress: ProgressSummary = {
  candidate: 'Ana Lima',
  interviewDate: '2026-03-20',
  attempts: 37,
  readiness: {
    overall: 68,
    rounds: [
      { name: 'Behavioral / culture', score: 82, note: 'Two stories for six of eight values.' },
      { name: 'System design', score: 49, note: 'Estimates and failure handling are usually missing.' },
      { name: 'Practical coding', score: 77 },
      { name: 'Hiring manager', score: 70 },
    ],
  },
  dimensions: [
    series('Structure', [2, 3, 3, 3.5, 4]),
    series('Specificity', [1.5, 2, 2.5, 3, 3.5]),
    series('Ownership', [2, 2, 3, 3, 3]),
    series('Delivery', [2, 2.5, 2, 3, 3]),
  ],
  values: [
    series('Courage', [1, 2, 3, 3, 4]),
    series('Candor', [1, 1, 2, 2, 3]),
    series('Judgment', [2, 2, 3, 3, 3]),
    series('Selflessness', [1, 2, 2, 2, 2]),
    series('Curiosity', [2, 3, 3, 3, 3]),
    series('Resilience', [3]),
  ],
  checklist: [
    { text: 'Two stories for every value', done: false, auto: true },
    { text: 'Explained the approach out loud in three coding attempts', done: true, auto: true },
    { text: 'Answered ten questions inside the time box', done: true, auto: true },
    { text: 'Practised four system-design questions', done: false, auto: true },
    { text: 'Read the culture memo twice', done: true },
    { text: 'Tested camera and microphone for the video call', done: false },
  ],
  plan: {
    title: '4-week plan to 20 March',
    items: [
      { date: '2026-03-06', text: 'Design: estimates drill (three questions, numbers only)', done: true },
      { date: '2026-03-08', text: 'Stories: write a second story for selflessness and inclusion' },
      { date: '2026-03-10', text: 'Coding: sliding-window rate limiter, explain first' },
      { date: '2026-03-13', text: 'Full mock loop' },
      { date: '2026-03-19', text: 'Rest; review this report and the checklist' },
    ],
  },
};
