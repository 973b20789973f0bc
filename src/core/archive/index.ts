export {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  RECORD_KINDS,
  archiveSchema,
  attemptRecordSchema,
  loopRecordSchema,
  storyRecordSchema,
  recordingRecordSchema,
  type AttemptRecord,
  type LoopRecord,
  type StoryRecord,
  type RecordingRecord,
  type ArchiveUser,
  type KeeperArchive,
  type RecordKind,
} from './schema.js';
export { parseArchive, formatPath, type ArchiveError, type ArchiveIssue, type ParseArchiveResult } from './parse.js';
export { buildArchive, byCreatedThenId, stableStringify, type ArchiveInput } from './build.js';
export { planImport, describeImport, type ImportPlan, type ProfileSnapshot, type ConflictPolicy } from './merge.js';
export { storiesToMarkdown, storyToMarkdown, escapeMarkdown } from './stories-markdown.js';
