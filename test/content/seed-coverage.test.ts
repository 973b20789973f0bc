/**
 * Seed coverage: every question asked in the five public seed pages (/work/shared/seeds) must have
 * an entry in the shipped Netflix pack. The list below is written as the questions appear in the
 * seeds; `category` says which pack category (and so which questions file) should hold each one.
 *
 * Matching is deliberately loose: texts are lower-cased, stripped of punctuation, reduced to content
 * words with a light stemmer (plus "200M" → "200 million" and users/subscribers → members), and a seed
 * question counts as covered when at least 80% of its content words appear in the text of a single
 * pack question (for coding questions, also a problem's title, summary, statement and follow-ups).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPack, formatIssue } from '../../src/content/load-pack.js';
import type { Pack } from '../../src/core/pack/index.js';
import type { Category } from '../../src/core/pack/schema.js';

interface SeedQuestion {
  /** Seed file name prefix (e.g. "000"). */
  readonly seed: '000' | '001' | '002' | '003' | '004';
  /** Pack category that should hold the question. */
  readonly category: Category;
  /** The question as written in the seed. */
  readonly text: string;
}

const SEED_QUESTIONS: readonly SeedQuestion[] = [
  // 000 — "Top Netflix Interview Questions for 2026" (10 questions)
  { seed: '000', category: 'behavioral', text: 'Tell me about a time you made a bold decision with incomplete information and it did not work out.' },
  { seed: '000', category: 'system-design', text: 'How would you design a content recommendation system for 200 million users?' },
  { seed: '000', category: 'behavioral', text: 'Describe a time you gave candid feedback to a colleague that was difficult to deliver.' },
  { seed: '000', category: 'behavioral', text: 'How do you decide when to build something yourself versus using an existing solution?' },
  { seed: '000', category: 'behavioral', text: 'Tell me about a time you simplified something complex at the organizational level.' },
  { seed: '000', category: 'system-design', text: 'Design a system for adaptive video streaming that optimizes for quality across varying network conditions.' },
  { seed: '000', category: 'behavioral', text: 'What is the most courageous professional decision you have ever made?' },
  { seed: '000', category: 'hiring-manager', text: 'How do you stay effective when working with maximum autonomy and minimal process?' },
  { seed: '000', category: 'behavioral', text: 'Tell me about a time you identified and solved a problem that nobody asked you to solve.' },
  { seed: '000', category: 'hiring-manager', text: 'Why Netflix, and what would you do in your first 90 days?' },

  // 001 — Talentee, "Netflix Software Engineer Interview Questions" (8 questions)
  { seed: '001', category: 'behavioral', text: 'Walk me through the architecture of a project where you owned the full delivery.' },
  { seed: '001', category: 'system-design', text: "Design Netflix's video encoding pipeline." },
  { seed: '001', category: 'behavioral', text: 'Tell me about a time you disagreed with a director-level decision.' },
  { seed: '001', category: 'system-design', text: 'Given a stream of viewing events, design a real-time recommendation update system.' },
  { seed: '001', category: 'coding', text: 'Implement a thread-safe rate limiter.' },
  { seed: '001', category: 'behavioral', text: 'How do you keep technical debt under control?' },
  { seed: '001', category: 'hiring-manager', text: 'Why Netflix specifically?' },
  { seed: '001', category: 'behavioral', text: 'How do you handle on-call incidents at 3am?' },

  // 002 — Exponent, "Get a Job at Netflix" (system design list and product management list)
  { seed: '002', category: 'system-design', text: 'Design a streaming service like Netflix.' },
  { seed: '002', category: 'system-design', text: 'Design a global content delivery network for video streaming.' },
  { seed: '002', category: 'system-design', text: 'Design Reddit or a social media platform.' },
  { seed: '002', category: 'system-design', text: "Design TikTok's recommendation system." },
  { seed: '002', category: 'system-design', text: 'Tell me about a time you handled a security problem.' },
  { seed: '002', category: 'system-design', text: 'Tell me about a time you built a system with high availability.' },
  { seed: '002', category: 'system-design', text: 'Design a system to handle millions of concurrent video streams.' },
  { seed: '002', category: 'product', text: "How would you prioritize features for Netflix's mobile app?" },
  { seed: '002', category: 'product', text: "What metrics would you use to measure Netflix's homepage success?" },
  { seed: '002', category: 'product', text: 'How would you expand Netflix into a new international market?' },
  { seed: '002', category: 'product', text: 'Design a feature to help users discover new content on Netflix.' },
  { seed: '002', category: 'product', text: 'How would you decide which original content Netflix should produce?' },
  { seed: '002', category: 'product', text: 'What would you do if user engagement dropped significantly?' },

  // 003 — Pavone, "Excel at Netflix interview questions" (values examples and the keeper-test question)
  { seed: '003', category: 'behavioral', text: 'Tell me about a time you made a difficult decision with incomplete information.' },
  { seed: '003', category: 'behavioral', text: 'Describe a situation where you challenged a senior colleague’s approach.' },
  { seed: '003', category: 'behavioral', text: 'Tell me about a time you delivered difficult feedback.' },
  { seed: '003', category: 'behavioral', text: 'Give an example of when you prioritised the team’s success over your own.' },
  { seed: '003', category: 'behavioral', text: 'What is something you taught yourself recently to solve a work problem?' },
  { seed: '003', category: 'hiring-manager', text: 'Would your current manager fight to keep you if you said you were leaving?' },

  // 004 — "Netflix Engineering Leadership Interview Guide": key questions ...
  { seed: '004', category: 'system-design', text: 'How would you design a global video streaming service for 200M+ subscribers?' },
  { seed: '004', category: 'leadership', text: 'Tell me about a time you optimized system performance under extreme load' },
  { seed: '004', category: 'leadership', text: 'How do you approach infrastructure scaling during unpredictable demand spikes?' },
  // ... Freedom & Responsibility
  { seed: '004', category: 'leadership', text: 'Tell me about a time you gave someone significant autonomy and how it worked out' },
  { seed: '004', category: 'leadership', text: 'How do you provide context and direction without micromanaging?' },
  { seed: '004', category: 'leadership', text: 'Describe a situation where you had to hold someone accountable for poor results' },
  { seed: '004', category: 'leadership', text: 'How do you balance freedom with the need for coordination across teams?' },
  { seed: '004', category: 'leadership', text: 'Tell me about a time you made a significant decision without explicit approval' },
  // ... High Performance Culture
  { seed: '004', category: 'leadership', text: 'How do you identify and hire A-level talent in engineering?' },
  { seed: '004', category: 'leadership', text: 'Tell me about a time you had to manage out an underperformer' },
  { seed: '004', category: 'leadership', text: 'How do you maintain high performance standards while building inclusive teams?' },
  { seed: '004', category: 'leadership', text: 'Describe your approach to performance management and feedback' },
  { seed: '004', category: 'leadership', text: 'How do you compete for top talent against other tech companies?' },
  // ... Candor & Direct Communication
  { seed: '004', category: 'leadership', text: 'Tell me about a time you had to give difficult feedback to a senior engineer' },
  { seed: '004', category: 'leadership', text: 'How do you handle disagreements about technical direction?' },
  { seed: '004', category: 'leadership', text: 'Describe a situation where you had to challenge a decision made by leadership' },
  { seed: '004', category: 'leadership', text: 'How do you create psychological safety while maintaining high standards?' },
  { seed: '004', category: 'leadership', text: 'Tell me about a time your direct communication led to a better outcome' },
  // ... Technical Leadership at Netflix Scale
  { seed: '004', category: 'system-design', text: 'Design a global content recommendation system for 200M+ users' },
  { seed: '004', category: 'leadership', text: 'How would you handle a streaming outage during a major content launch?' },
  { seed: '004', category: 'leadership', text: 'Tell me about a time you made a critical architectural decision under pressure' },
  { seed: '004', category: 'leadership', text: 'How do you approach technical debt in a high-growth environment?' },
  { seed: '004', category: 'leadership', text: 'Describe your experience with large-scale distributed systems' },
  // ... Innovation & Member Focus
  { seed: '004', category: 'leadership', text: "Tell me about the most innovative technical solution you've built" },
  { seed: '004', category: 'leadership', text: 'How do you balance innovation with operational stability?' },
  { seed: '004', category: 'leadership', text: 'Describe a project where you significantly improved user experience through technology' },
  { seed: '004', category: 'leadership', text: 'How do you prioritize between member experience and engineering efficiency?' },
  { seed: '004', category: 'leadership', text: 'Tell me about a time you took a calculated technical risk that paid off' },
  // ... Team Leadership & Culture
  { seed: '004', category: 'leadership', text: 'How do you build and maintain high-performing engineering teams?' },
  { seed: '004', category: 'leadership', text: 'Tell me about a time you had to make a tough team decision quickly' },
  { seed: '004', category: 'leadership', text: 'How do you ensure your team delivers exceptional results consistently?' },
  { seed: '004', category: 'leadership', text: 'Describe your approach to developing engineering talent' },
  { seed: '004', category: 'leadership', text: 'How do you handle conflict within a team of strong performers?' },
];

/** Words that carry no topic: function words and the boilerplate of interview prompts. */
const STOPWORDS = new Set(
  (
    'a an the and or but nor of to in on at by for with from as into onto over under about during ' +
    'i me my mine myself you your yours yourself we us our they them their he she him her it its ' +
    'is are was were be been being am do does did done have has had having can could would should will shall may might must ' +
    'how what why when where which who whom whose that this these those there here than then so if ' +
    'not no any some all each every more most very just also ever only out up ' +
    'tell describe walk through give example share situation time times'
  ).split(' '),
);

/** Lower-case, drop apostrophes, turn other punctuation into spaces, collapse whitespace. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A deliberately small stemmer: British -ise spellings, plurals and -ed/-ing/-e endings. */
function stem(word: string): string {
  let w = word.replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1').replace(/^judgement$/, 'judgment');
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** Netflix calls its users members; the seeds say users, subscribers or customers. */
const SYNONYMS: Readonly<Record<string, string>> = { user: 'member', subscriber: 'member', customer: 'member', viewer: 'member' };
const MAGNITUDES: Readonly<Record<string, string>> = { k: 'thousand', m: 'million', b: 'billion' };

/** "200m" (from "200M+") becomes "200 million", so it matches a written-out number. */
function expandMagnitude(word: string): string[] {
  const m = /^(\d+)([kmb])$/.exec(word);
  return m?.[1] && m[2] ? [m[1], MAGNITUDES[m[2]] ?? m[2]] : [word];
}

/** Stemmed content words of a text, in order, without duplicates. */
function contentWords(text: string): string[] {
  const words = normalise(text)
    .split(' ')
    .flatMap(expandMagnitude)
    .filter((w) => w.length > 0 && !STOPWORDS.has(w))
    .map(stem)
    .map((w) => SYNONYMS[w] ?? w);
  return [...new Set(words)];
}

/** Share (0–1) of the seed question's content words that occur in the candidate text. */
function coverage(seedText: string, candidateText: string): number {
  const wanted = contentWords(seedText);
  if (wanted.length === 0) return 0;
  const have = new Set(contentWords(candidateText));
  return wanted.filter((w) => have.has(w)).length / wanted.length;
}

const THRESHOLD = 0.8;

interface Candidate {
  readonly id: string;
  readonly category: string;
  readonly text: string;
}

function candidatesFor(pack: Pack, seed: SeedQuestion): Candidate[] {
  const questions: Candidate[] = pack.questions.map((q) => ({ id: q.id, category: q.category, text: q.text }));
  if (seed.category !== 'coding') return questions;
  // A coding seed question may be covered by a judged problem rather than a question entry.
  const problems = pack.problems.map((p) => ({
    id: `problem:${p.id}`,
    category: 'coding',
    text: [p.title, p.summary, p.statement, ...p.followUps].join(' '),
  }));
  return [...questions, ...problems];
}

function bestMatch(pack: Pack, seed: SeedQuestion): { candidate: Candidate; score: number } | undefined {
  let best: { candidate: Candidate; score: number } | undefined;
  for (const candidate of candidatesFor(pack, seed)) {
    const score = coverage(seed.text, candidate.text);
    if (!best || score > best.score) best = { candidate, score };
  }
  return best;
}

describe('seed-coverage matching', () => {
  it('normalises case, punctuation and spacing', () => {
    expect(normalise("  Design Netflix's  video-encoding\tpipeline! ")).toBe('design netflixs video encoding pipeline');
    expect(normalise('the team’s success')).toBe('the teams success');
  });

  it('drops interview boilerplate and stems simple endings and British spellings', () => {
    expect(contentWords('Tell me about a time you prioritised the team’s success over your own.')).toEqual(['prioritiz', 'team', 'success', 'own']);
    expect(contentWords('I prioritized my teams success')).toEqual(['prioritiz', 'team', 'success']);
    expect(stem('challenged')).toBe(stem('challenge'));
    expect(stem('engineers')).toBe(stem('engineering'));
  });

  it('expands 200M+ to 200 million and reads users and subscribers as members', () => {
    expect(contentWords('a service for 200M+ subscribers')).toEqual(['servic', '200', 'million', 'member']);
    expect(coverage('Design a global content recommendation system for 200M+ users', 'Design a global recommendation system for 200 million members')).toBeGreaterThanOrEqual(THRESHOLD);
  });

  it('accepts a match at 80% of the seed content words and rejects one below', () => {
    const seed = 'How do you approach infrastructure scaling during unpredictable demand spikes?';
    // Content words: approach, infrastructur, scal, unpredictabl, demand, spik; five of six is 83%.
    expect(coverage(seed, 'How do you approach infrastructure scaling during unpredictable demand?')).toBeGreaterThanOrEqual(THRESHOLD);
    expect(coverage(seed, 'How do you approach scaling during demand spikes?')).toBeLessThan(THRESHOLD);
    expect(coverage('Why Netflix specifically?', 'Why Netflix specifically, and why now?')).toBe(1);
    expect(coverage('Why Netflix specifically?', 'Why do you want to join Netflix?')).toBe(0.5);
  });
});

/** The seed pages live next to the checkout (../shared/seeds); the transcription check skips without them. */
const seedsDir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

describe.skipIf(!existsSync(seedsDir))('seed list is transcribed from the seeds', () => {
  const seedTexts = new Map<string, string>();
  if (existsSync(seedsDir)) {
    for (const name of readdirSync(seedsDir)) seedTexts.set(name.slice(0, 3), normalise(readFileSync(`${seedsDir}${name}`, 'utf8')));
  }

  it.each(SEED_QUESTIONS.map((q) => [q.seed, q.text] as const))('seed %s contains "%s"', (seed, text) => {
    expect(seedTexts.get(seed) ?? '').toContain(normalise(text));
  });
});

describe('every seed question has an entry in content/netflix', () => {
  let pack: Pack;

  beforeAll(async () => {
    const result = await loadPack('content/netflix');
    if (!result.ok) {
      throw new Error(`content/netflix does not load:\n${result.issues.map((i) => formatIssue('content/netflix', i)).join('\n')}`);
    }
    pack = result.pack;
  });

  it('lists each seed question once', () => {
    const keys = SEED_QUESTIONS.map((q) => normalise(q.text));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(SEED_QUESTIONS.map((q) => [q.category, q.seed, q.text, q] as const))('[%s] seed %s: %s', (_category, _seed, _text, seed) => {
    const best = bestMatch(pack, seed);
    const detail = best
      ? `closest: ${best.candidate.id} (${best.candidate.category}, ${Math.round(best.score * 100)}%): "${best.candidate.text}"`
      : 'no candidates';
    expect(best && best.score >= THRESHOLD, `missing a "${seed.category}" entry for: "${seed.text}" — ${detail}`).toBe(true);
  });
});
