/**
 * Small hand-made packs and a fake analyser for the loop's tests, so they do not depend on the
 * shipped content (which changes) or on the real analysis engines. Used by *.test.ts only.
 */
import { buildPack, type Pack, type PackEntry } from '../pack/build.js';

const value = (id: string, mapsTo: string[] = [], lists: string[] = ['current']): object => ({
  id,
  name: id,
  lists,
  summary: `About ${id}.`,
  evidence: [{ behaviour: `Shows ${id}`, cues: [id] }],
  antiPatterns: [`No ${id}`],
  mapsTo,
});

interface Q {
  id: string;
  round: string;
  category: string;
  values?: string[];
  roles?: string[];
  levels?: string[];
  followUps?: string[];
  keyPoints?: { id: string; text: string }[];
}

const question = (q: Q): object => ({
  id: q.id,
  text: `Question ${q.id}?`,
  round: q.round,
  category: q.category,
  roles: q.roles ?? ['swe'],
  levels: q.levels ?? ['L5'],
  values: q.values ?? [],
  why: 'Why it is asked.',
  howToAnswer: 'How to answer.',
  evaluated: ['Something'],
  followUps: q.followUps ?? ['What would you do differently next time?', 'How did you measure the impact?'],
  redFlags: ['A red flag'],
  sample: { text: 'A sample answer.' },
  keyPoints: (q.keyPoints ?? []).map((k) => ({ ...k, concepts: [k.id.replace(/-/g, ' ')] })),
});

const round = (id: string, kind: string, draws: string[], questions: number, values: string[] = [], extra: object = {}): object => ({
  id,
  kind,
  title: `${id} round`,
  minutes: 45,
  format: 'Video call',
  interviewer: kind === 'hiring-manager' ? 'Hiring manager' : 'Engineer',
  grades: ['Things'],
  values,
  draws,
  questions,
  ...extra,
});

export const BEHAVIORAL_IDS = ['b-courage-1', 'b-courage-2', 'b-judgment-1', 'b-candor-1', 'b-comm-1', 'b-mixed-1', 'b-other-role'];

/** A pack with one SWE L5 loop of five rounds (recruiter, hiring manager, coding, design, culture). */
export function entries(overrides: { questions?: object[]; loops?: object[] } = {}): PackEntry[] {
  const questions = overrides.questions ?? [
    question({ id: 'b-courage-1', round: 'behavioral', category: 'behavioral', values: ['courage'], followUps: ['What result did you get in the end?', 'Would you push back again?'] }),
    question({ id: 'b-courage-2', round: 'behavioral', category: 'behavioral', values: ['courage', 'judgment'] }),
    question({ id: 'b-judgment-1', round: 'behavioral', category: 'behavioral', values: ['judgment'] }),
    question({ id: 'b-candor-1', round: 'behavioral', category: 'behavioral', values: ['candor'] }),
    question({ id: 'b-comm-1', round: 'behavioral', category: 'behavioral', values: ['communication'] }),
    question({ id: 'b-mixed-1', round: 'recruiter-screen', category: 'behavioral', values: ['curiosity'] }),
    question({ id: 'b-other-role', round: 'behavioral', category: 'behavioral', values: ['courage'], roles: ['pm'], levels: ['L6'] }),
    question({ id: 'hm-1', round: 'hiring-manager', category: 'hiring-manager', values: ['judgment'], followUps: ['What did you personally own there?', 'How big was the team?'] }),
    question({ id: 'hm-2', round: 'hiring-manager', category: 'hiring-manager', values: ['curiosity'] }),
    question({
      id: 'sd-1',
      round: 'system-design',
      category: 'system-design',
      followUps: ['How would you cache popular titles near users?', 'What happens when a region fails?'],
      keyPoints: [
        { id: 'edge-cache', text: 'Cache popular titles at the edge near users' },
        { id: 'region-failover', text: 'Fail over to another region when one fails' },
        { id: 'rate-limits', text: 'Rate limit abusive clients' },
      ],
    }),
  ];
  const loops = overrides.loops ?? [
    {
      id: 'swe-l5',
      title: 'Senior SWE',
      role: 'swe',
      levels: ['L5'],
      summary: 'A loop.',
      timeline: 'Weeks.',
      decision: { rule: 'Unanimous panel.', owner: 'The hiring manager decides.' },
      rounds: [
        round('recruiter', 'recruiter-screen', ['behavioral'], 1, ['curiosity']),
        round('hm', 'hiring-manager', ['hiring-manager'], 1, ['judgment']),
        round('coding', 'coding', ['coding'], 1),
        round('design', 'system-design', ['system-design'], 1),
        round('culture', 'behavioral', ['behavioral'], 2, ['courage', 'candor']),
        round('director', 'director', ['leadership'], 1, [], { optional: true }),
      ],
    },
  ];
  return [
    { path: 'pack.yaml', data: { id: 'test', name: 'Test', company: 'Test', description: 'A test pack.' } },
    {
      path: 'values.yaml',
      data: {
        values: [value('courage'), value('judgment'), value('candor'), value('curiosity'), value('communication', ['candor'], ['legacy'])],
      },
    },
    {
      path: 'guidance.yaml',
      data: {
        checklist: [{ id: 'c', text: 'Check.' }],
        failureModes: [{ id: 'f', title: 'F', description: 'D.', fix: 'Fix.' }],
        levels: [{ level: 'L5', title: 'Senior', scope: 'Scope.', expectations: ['E'] }],
      },
    },
    { path: 'questions/all.yaml', data: { questions } },
    ...loops.map((l, i) => ({ path: `loops/loop-${i}.yaml`, data: l })),
    {
      path: 'problems/ttl-cache/problem.yaml',
      data: {
        id: 'ttl-cache',
        title: 'TTL cache',
        difficulty: 'medium',
        summary: 'A cache whose keys expire.',
        statement: 'Implement it.',
        entry: { kind: 'class', name: 'TtlCache' },
        signature: 'class TtlCache {}',
        constraints: ['Fast'],
        starter: { ts: 'export class TtlCache {}' },
        followUps: ['How do you stop memory growing?', 'How would you make it thread-safe?'],
        edgeCases: ['Falsy values'],
        limits: {},
      },
    },
  ];
}

export function testPack(overrides?: Parameters<typeof entries>[0]): Pack {
  const built = buildPack(entries(overrides));
  if (!built.ok) throw new Error(`test pack is invalid: ${JSON.stringify(built.issues)}`);
  return built.pack;
}

/**
 * A deterministic stand-in for the behavioral analysis (CONTRACTS shape): flags what is missing
 * by simple text rules, so tests can steer the follow-ups.
 */
export function fakeBehavioral(text: string): object {
  const sentences = text
    .split(/(?<=[.!?])\s+/)
    .filter(Boolean)
    .map((s, index) => ({ index, start: 0, end: s.length, text: s, star: /\b(result|so the|in the end)\b/i.test(s) ? 'result' : /\bI\b/.test(s) ? 'action' : 'other' }));
  const flags: { code: string; message: string; evidence: number[] }[] = [];
  if (!/\d/.test(text)) flags.push({ code: 'no-metrics', message: 'No numbers show the impact.', evidence: [] });
  const we = (text.match(/\bwe\b/gi) ?? []).length;
  const i = (text.match(/\bI\b/g) ?? []).length;
  if (we > i) flags.push({ code: 'we-heavy', message: 'Says "we" more than "I".', evidence: [sentences.findIndex((s) => /\bwe\b/i.test(s.text))] });
  if (!/\blearn/i.test(text)) flags.push({ code: 'no-reflection', message: 'No reflection on what you learned.', evidence: [] });
  if (/\b(their fault|they messed up)\b/i.test(text)) flags.push({ code: 'blame', message: 'Blames others.', evidence: [sentences.findIndex((s) => /fault|messed/i.test(s.text))] });
  const missing = sentences.some((s) => s.star === 'result') ? [] : ['result'];
  const courage = /push(ed)? back|disagree/i;
  const values = courage.test(text) ? [{ value: 'courage', evidence: [sentences.findIndex((s) => courage.test(s.text))] }] : [];
  const score = Math.max(0, 92 - 14 * flags.length - 12 * missing.length);
  // Like the real analysis, a missing STAR part is also a flag (star.missing alone is not a gap).
  if (missing.length > 0) flags.unshift({ code: 'missing-result', message: 'No result: the story stops before the outcome.', evidence: [] });
  return {
    kind: 'behavioral',
    score,
    verdict: score >= 80 ? 'strong-hire' : score >= 60 ? 'hire' : score >= 40 ? 'no-hire' : 'strong-no-hire',
    sentences,
    star: { missing, shares: {} },
    values,
    dimensions: [],
    flags,
    fixes: flags.map((f) => `Fix: ${f.code}`),
    followUp: 'What would you do differently?',
  };
}

export function fakeDesign(covered: string[], all = ['edge-cache', 'region-failover', 'rate-limits']): object {
  const texts: Record<string, string> = {
    'edge-cache': 'Cache popular titles at the edge near users',
    'region-failover': 'Fail over to another region when one fails',
    'rate-limits': 'Rate limit abusive clients',
  };
  const sentences = covered.map((id, index) => ({ index, start: 0, end: 1, text: `I would handle ${id} like this.` }));
  return {
    kind: 'design',
    score: Math.round((100 * covered.length) / all.length),
    verdict: 'hire',
    rubric: {
      coverage: covered.length / all.length,
      points: all.map((id) => ({ id, text: texts[id] ?? id, covered: covered.includes(id), evidence: covered.includes(id) ? [covered.indexOf(id)] : [] })),
    },
    phases: [],
    sentences,
    flags: [],
    fixes: all.filter((id) => !covered.includes(id)).map((id) => `Cover ${id}.`),
    followUp: 'What else?',
  };
}

export function fakeJudge(passedNames: string[], failingNames: string[]): object {
  const tests = [...passedNames.map((name) => ({ name, passed: true })), ...failingNames.map((name) => ({ name, passed: false, visibility: 'public', message: 'expected 1' }))];
  return {
    problem: 'ttl-cache',
    verdict: failingNames.length === 0 ? 'accepted' : 'wrong-answer',
    passed: passedNames.length,
    total: tests.length,
    ms: 1,
    tests,
  };
}

export const STRONG_ANSWER =
  'I led the migration of our billing service. I pushed back on the director because the plan risked an outage. I wrote a risk note and I ran a canary for 2 weeks. The result was zero incidents and 30% lower latency. I learned to bring data early.';
export const WEAK_ANSWER = 'We worked on a project. We had some issues and we fixed them together.';
