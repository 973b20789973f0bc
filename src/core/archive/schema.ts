/**
 * The Keeper archive, version 1: everything a user owns, in one JSON document.
 *
 * Records keep any extra fields they have (the store may add columns over time), but the fields
 * below are checked so a hand-edited or damaged archive is refused with a precise message.
 */
import { z } from 'zod';

export const ARCHIVE_FORMAT = 'keeper-archive';
export const ARCHIVE_VERSION = 1;

const recordId = z
  .string({ error: 'expected an id (a string)' })
  .min(1, 'an id must not be empty')
  .max(200, 'an id must be at most 200 characters')
  .regex(/^[\w.:-]+$/, 'an id may only contain letters, digits, "_", "-", "." and ":"');

const isoDateTime = z.iso.datetime({ offset: true, error: 'expected an ISO date-time such as 2026-03-02T18:20:00.000Z' });

const score = z.number({ error: 'expected a score (a number from 0 to 100)' }).min(0, 'a score is at least 0').max(100, 'a score is at most 100');

/** An analysis (CONTRACTS.md) or a judge result: checked where the fields are present. */
const analysisSchema = z.looseObject({
  kind: z.string({ error: 'expected the analysis kind (a string such as "behavioral")' }).min(1).optional(),
  score: score.optional(),
});

export const attemptRecordSchema = z.looseObject({
  id: recordId,
  questionId: z.string({ error: 'expected the question id (a string)' }).min(1, 'the question id must not be empty'),
  answer: z.string({ error: 'expected the answer text (a string)' }),
  createdAt: isoDateTime,
  score: score.optional(),
  analysis: analysisSchema.nullable().optional(),
});

export const loopRecordSchema = z.looseObject({
  id: recordId,
  createdAt: isoDateTime,
});

export const storyRecordSchema = z.looseObject({
  id: recordId,
  title: z.string({ error: 'expected a story title (a string)' }).min(1, 'a story title must not be empty'),
  values: z.array(z.string(), { error: 'expected a list of value names' }).optional(),
  createdAt: isoDateTime.optional(),
});

const base64 = z
  .string({ error: 'expected the recording bytes as base64 text' })
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the recording bytes are not valid base64')
  .refine((s) => s.length % 4 === 0, 'the recording bytes are not valid base64 (length is not a multiple of 4)');

export const recordingRecordSchema = z.looseObject({
  id: recordId,
  attemptId: recordId.nullable().optional(),
  mimeType: z.string({ error: 'expected a media type such as "audio/webm"' }).regex(/^(audio|video)\/[\w.+-]+(;.*)?$/, 'expected an audio/* or video/* media type'),
  createdAt: isoDateTime,
  bytes: base64,
});

export const userSchema = z.looseObject({
  id: z.string().optional(),
  name: z.string().optional(),
  email: z.string().optional(),
});

export const archiveSchema = z.strictObject({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  exportedAt: isoDateTime,
  user: userSchema,
  attempts: z.array(attemptRecordSchema, { error: 'expected a list of attempts' }),
  loops: z.array(loopRecordSchema, { error: 'expected a list of loops' }),
  stories: z.array(storyRecordSchema, { error: 'expected a list of stories' }),
  plan: z.looseObject({}).nullable(),
  settings: z.record(z.string(), z.unknown(), { error: 'expected settings as an object of name: value' }),
  recordings: z.array(recordingRecordSchema, { error: 'expected a list of recordings' }).optional(),
});

export type AttemptRecord = z.infer<typeof attemptRecordSchema>;
export type LoopRecord = z.infer<typeof loopRecordSchema>;
export type StoryRecord = z.infer<typeof storyRecordSchema>;
export type RecordingRecord = z.infer<typeof recordingRecordSchema>;
export type ArchiveUser = z.infer<typeof userSchema>;
export type KeeperArchive = z.infer<typeof archiveSchema>;

/** The kinds of records that carry an id and merge by it. */
export const RECORD_KINDS = ['attempts', 'loops', 'stories', 'recordings'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
