/**
 * The content-pack format: zod schemas for every kind of pack file.
 * A pack is plain data (YAML files under content/<pack>/); see docs/content-pack.md.
 * Pure: no I/O here. Loading from disk lives in src/content/.
 */
import { z } from 'zod';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');
const text = z.string().trim().min(1, 'must not be empty');
const texts = z.array(text);

/** Roles a question or loop applies to. */
export const ROLES = ['swe', 'em', 'ds', 'mle', 'pm'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** Levels. `manager` and `director` stand for the management track. */
export const LEVELS = ['L3', 'L4', 'L5', 'L6', 'L7', 'manager', 'director'] as const;
export const levelSchema = z.enum(LEVELS);
export type Level = z.infer<typeof levelSchema>;

/** The kinds of round a loop is made of; a question names the round it is asked in. */
export const ROUND_KINDS = [
  'recruiter-screen',
  'hiring-manager',
  'technical-screen',
  'coding',
  'system-design',
  'behavioral',
  'director',
  'domain',
  'problem-solving',
] as const;
export const roundKindSchema = z.enum(ROUND_KINDS);
export type RoundKind = z.infer<typeof roundKindSchema>;

/** Question categories (what kind of question it is). */
export const CATEGORIES = [
  'behavioral',
  'hiring-manager',
  'leadership',
  'manager',
  'system-design',
  'coding',
  'data-science',
  'machine-learning',
  'product',
] as const;
export const categorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof categorySchema>;

/**
 * A cue is a phrase matched against an answer by lemma, case-insensitively.
 * Words are separated by spaces; `*` matches up to three arbitrary tokens;
 * a word in `[a|b|c]` matches any of the alternatives. Example: "push [back|against] *".
 */
export const cueSchema = text;

export const valueEvidenceSchema = z.strictObject({
  behaviour: text,
  cues: z.array(cueSchema).min(1, 'list at least one cue phrase'),
});

export const valueSchema = z.strictObject({
  id,
  name: text,
  /** Which value list(s) the value belongs to: the 2024 memo ("current") and/or the older nine ("legacy"). */
  lists: z.array(z.enum(['current', 'legacy'])).min(1),
  summary: text,
  /** Behaviours that count as evidence, each with the cue phrases that show it in an answer. */
  evidence: z.array(valueEvidenceSchema).min(1),
  /** Phrases candidates typically use when showing this value. */
  phrases: texts.default([]),
  antiPatterns: texts.min(1),
  /** For a legacy value: the current values it maps to (and vice versa). */
  mapsTo: z.array(id).default([]),
});
export type Value = z.infer<typeof valueSchema>;

export const conceptSchema = z.strictObject({
  id,
  name: text,
  meaning: text,
  inInterviews: text,
});
export type Concept = z.infer<typeof conceptSchema>;

export const valuesFileSchema = z.strictObject({
  values: z.array(valueSchema).min(1),
  concepts: z.array(conceptSchema).default([]),
  notes: texts.default([]),
});

export const keyPointSchema = z.strictObject({
  id,
  text,
  /** Cue phrases (same syntax as value cues) whose presence shows the point is covered. */
  concepts: z.array(cueSchema).min(1),
  /** Numbers that go with the point, e.g. "18,000 servers"; shown to the candidate, optionally matched. */
  numbers: texts.default([]),
  /** Why the interviewer cares, in our words. */
  why: z.string().optional(),
});
export type KeyPoint = z.infer<typeof keyPointSchema>;

export const starSampleSchema = z.strictObject({
  situation: text,
  task: text,
  action: text,
  result: text,
});

export const sampleAnswerSchema = z.union([
  z.strictObject({ star: starSampleSchema }),
  z.strictObject({ text }),
  z.strictObject({ outline: texts.min(1) }),
]);
export type SampleAnswer = z.infer<typeof sampleAnswerSchema>;

export const questionSchema = z.strictObject({
  id,
  text,
  round: roundKindSchema,
  category: categorySchema,
  roles: z.array(roleSchema).min(1),
  levels: z.array(levelSchema).min(1),
  /** Target values (ids from values.yaml). */
  values: z.array(id).default([]),
  why: text,
  howToAnswer: text,
  evaluated: texts.min(1),
  followUps: texts.min(2, 'give at least 2 follow-ups').max(4, 'give at most 4 follow-ups'),
  redFlags: texts.min(1),
  sample: sampleAnswerSchema,
  /** Rubric key points, required for system-design questions. */
  keyPoints: z.array(keyPointSchema).default([]),
  /** What kind of story the question asks for; drives the analysis's fit check. */
  asks: z
    .enum(['failure', 'conflict', 'feedback', 'success', 'decision', 'motivation', 'self-description', 'plan', 'technical', 'any'])
    .default('any'),
  /** Target speaking length of a spoken answer, in seconds. */
  targetSeconds: z.tuple([z.number().int().positive(), z.number().int().positive()]).optional(),
  /** Where the question was reported (seed file or research section), for contributors. */
  source: z.string().optional(),
  tags: texts.default([]),
});
export type Question = z.infer<typeof questionSchema>;

export const questionsFileSchema = z.strictObject({
  questions: z.array(questionSchema).min(1),
});

export const roundSchema = z.strictObject({
  id,
  kind: roundKindSchema,
  title: text,
  minutes: z.number().int().positive(),
  format: text,
  interviewer: text,
  grades: texts.min(1),
  values: z.array(id).default([]),
  /** Question categories this round draws from in a mock loop. */
  draws: z.array(categorySchema).min(1),
  /** How many main questions the round asks in a mock loop. */
  questions: z.number().int().positive().default(2),
  /** True when the round is optional or only in some loops. */
  optional: z.boolean().default(false),
});
export type Round = z.infer<typeof roundSchema>;

export const loopSchema = z.strictObject({
  id,
  title: text,
  role: roleSchema,
  levels: z.array(levelSchema).min(1),
  summary: text,
  timeline: text,
  decision: z.strictObject({ rule: text, owner: text }),
  /** Where sources disagree (timelines, culture weight, coding style…), said plainly. */
  disagreements: texts.default([]),
  rounds: z.array(roundSchema).min(1),
  sources: texts.default([]),
});
export type Loop = z.infer<typeof loopSchema>;

export const problemSchema = z.strictObject({
  id,
  title: text,
  difficulty: z.enum(['easy', 'medium', 'hard']),
  summary: text,
  /** Markdown statement. */
  statement: text,
  /** The exported class or function the submission must define. */
  entry: z.strictObject({ kind: z.enum(['class', 'function']), name: z.string().regex(/^[A-Za-z_$][\w$]*$/) }),
  signature: text,
  constraints: texts.min(1),
  starter: z.strictObject({ ts: text, js: z.string().optional() }),
  followUps: texts.min(2),
  edgeCases: texts.min(1),
  limits: z.strictObject({
    timeMsPerTest: z.number().positive().default(1000),
    timeMsTotal: z.number().positive().default(5000),
    memoryMb: z.number().int().min(8).max(512).default(64),
  }),
  complexity: z.string().optional(),
  source: z.string().optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const planTaskSchema = z.strictObject({
  id,
  text,
  /** What the task practises; used to link to pages and to tick it from data. */
  kind: z.enum(['study', 'behavioral', 'coding', 'system-design', 'mock-loop', 'stories', 'logistics', 'rest']).default('study'),
});

export const planSchema = z.strictObject({
  id,
  title: text,
  horizon: z.enum(['8-weeks', '4-weeks', '1-week', 'day-of']),
  roles: z.array(roleSchema).min(1),
  phases: z
    .array(
      z.strictObject({
        title: text,
        /** Days before the interview when the phase starts and ends (start > end >= 0). */
        startDaysBefore: z.number().int().min(0),
        endDaysBefore: z.number().int().min(0),
        tasks: z.array(planTaskSchema).min(1),
      }),
    )
    .min(1),
});
export type Plan = z.infer<typeof planSchema>;

export const checklistItemSchema = z.strictObject({
  id,
  text,
  /** When set, Keeper ticks the item from data with this rule; otherwise the candidate ticks it. */
  auto: z.enum(['stories-per-value', 'coding-explained', 'timed-answers', 'design-practised', 'mock-loop-done']).optional(),
});

export const failureModeSchema = z.strictObject({ id, title: text, description: text, fix: text });

export const levelExpectationSchema = z.strictObject({
  level: levelSchema,
  title: text,
  scope: text,
  expectations: texts.min(1),
  designDepth: z.string().optional(),
  behavioralFocus: z.string().optional(),
});

export const guidanceFileSchema = z.strictObject({
  checklist: z.array(checklistItemSchema).min(1),
  failureModes: z.array(failureModeSchema).min(1),
  levels: z.array(levelExpectationSchema).min(1),
});

export const packMetaSchema = z.strictObject({
  id,
  name: text,
  company: text,
  description: text,
  version: z.number().int().positive().default(1),
});

export type ValuesFile = z.infer<typeof valuesFileSchema>;
export type GuidanceFile = z.infer<typeof guidanceFileSchema>;
export type PackMeta = z.infer<typeof packMetaSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
export type FailureMode = z.infer<typeof failureModeSchema>;
export type LevelExpectation = z.infer<typeof levelExpectationSchema>;
