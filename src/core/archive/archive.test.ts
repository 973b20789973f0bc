import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildArchive,
  describeImport,
  parseArchive,
  planImport,
  storiesToMarkdown,
  type ImportPlan,
  type KeeperArchive,
} from './index.js';

const exportedAt = '2026-03-06T09:00:00.000Z';

function sampleArchive(): KeeperArchive {
  return buildArchive({
    exportedAt,
    user: { id: 'u1', name: 'Ana Lima' },
    attempts: [
      {
        id: 'att_2',
        questionId: 'courage-challenged-senior',
        answer: 'I disagreed with our director about a cache rollout…',
        createdAt: '2026-03-02T18:20:00.000Z',
        analysis: { kind: 'behavioral', score: 78, verdict: 'hire', sentences: [], fixes: ['Say it candidly.'] },
        durationSec: 84,
      },
      {
        id: 'att_1',
        questionId: 'design-continue-watching',
        answer: 'We need to serve 200 million members.',
        createdAt: '2026-02-10T10:00:00.000Z',
        analysis: { kind: 'design', score: 41, verdict: 'no-hire', sentences: [] },
      },
    ],
    loops: [{ id: 'loop_1', createdAt: '2026-03-05T16:00:00.000Z', role: 'swe', level: 'L5', decision: 'no-hire' }],
    stories: [
      {
        id: 'st_1',
        title: 'The cache rollout I pushed back on',
        values: ['courage', 'judgment'],
        situation: 'A director wanted a risky change before a launch.',
        action: 'I brought the incident data and proposed a 5% flag.',
        result: 'Zero incidents; p99 start time 850 → 610 ms.',
        createdAt: '2026-02-01T08:00:00.000Z',
      },
    ],
    plan: { interviewDate: '2026-03-20', horizon: '4-weeks', done: ['t1'] },
    settings: { retentionDays: 30, transcriber: 'none' },
    recordings: [{ id: 'rec_1', attemptId: 'att_2', mimeType: 'audio/webm', createdAt: '2026-03-02T18:20:01.000Z', bytes: 'AAECAw==' }],
  });
}

const empty = (): Profile => ({ attempts: [], loops: [], stories: [], recordings: [], plan: null, settings: {} });

/** What a store does with an import plan, in memory. */
type Profile = Pick<KeeperArchive, 'attempts' | 'loops' | 'stories' | 'plan' | 'settings'> & {
  recordings: NonNullable<KeeperArchive['recordings']>;
};

function apply(profile: Profile, plan: ImportPlan): Profile {
  const next = structuredClone(profile);
  for (const kind of ['attempts', 'loops', 'stories', 'recordings'] as const) {
    const list = next[kind] as { id: string }[];
    for (const r of plan.replace[kind]) list[list.findIndex((x) => x.id === r.id)] = r;
    list.push(...plan.insert[kind]);
  }
  next.plan = plan.plan.value;
  next.settings = plan.settings.value;
  return next;
}

function profileOf(a: KeeperArchive): Profile {
  return { attempts: a.attempts, loops: a.loops, stories: a.stories, recordings: a.recordings ?? [], plan: a.plan, settings: a.settings };
}

describe('archive round trip', () => {
  it('builds a sorted, versioned archive that parses back to the same value', () => {
    const archive = sampleArchive();
    expect(archive.format).toBe('keeper-archive');
    expect(archive.version).toBe(1);
    expect(archive.attempts.map((a) => a.id)).toEqual(['att_1', 'att_2']);
    const parsed = parseArchive(JSON.stringify(archive, null, 2));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.archive).toEqual(archive);
  });

  it('restores an identical profile: export, delete, import', () => {
    const archive = sampleArchive();
    const before = profileOf(archive);
    const parsed = parseArchive(JSON.stringify(archive));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const plan = planImport(empty(), parsed.archive);
    expect(plan.insert.attempts).toHaveLength(2);
    expect(plan.plan.action).toBe('set');
    const after = apply(empty(), plan);
    expect(after).toEqual(before);
    const again = buildArchive({ exportedAt, user: archive.user, ...after });
    expect(again).toEqual(archive);
  });

  it('is idempotent: importing twice adds nothing the second time', () => {
    const archive = sampleArchive();
    const once = apply(empty(), planImport(empty(), archive));
    const second = planImport(once, archive);
    expect(second.noop).toBe(true);
    expect(second.unchanged).toEqual({ attempts: 2, loops: 1, stories: 1, recordings: 1 });
    expect(apply(once, second)).toEqual(once);
    expect(describeImport(second)).toBe('nothing new added; 5 already there.');
  });

  it('merges into an existing profile without duplicates, keeping differing records unless told otherwise', () => {
    const archive = sampleArchive();
    const edited = { ...archive.attempts[0]!, answer: 'edited later' };
    const existing: Profile = {
      ...empty(),
      attempts: [edited, { id: 'att_9', questionId: 'q', answer: 'x', createdAt: exportedAt }],
      settings: { retentionDays: 7 },
      plan: { interviewDate: '2026-04-01' },
    };
    const keep = planImport(existing, archive);
    expect(keep.insert.attempts.map((a) => a.id)).toEqual(['att_2']);
    expect(keep.conflicts).toEqual([
      { kind: 'attempts', id: 'att_1' },
      { kind: 'plan', id: 'plan' },
    ]);
    expect(keep.settings.value).toEqual({ retentionDays: 7, transcriber: 'none' });
    expect(keep.plan.action).toBe('keep');
    const merged = apply(existing, keep);
    expect(merged.attempts.map((a) => a.id).sort()).toEqual(['att_1', 'att_2', 'att_9']);
    expect(describeImport(keep)).toContain('2 differing records kept as they were');
    expect(describeImport(planImport(empty(), archive))).toBe('2 attempts, 1 loop, 1 story, 1 recording added; plan restored; settings restored.');

    const replace = planImport(existing, archive, 'use-archive');
    expect(replace.replace.attempts.map((a) => a.id)).toEqual(['att_1']);
    expect(replace.settings.value).toEqual({ retentionDays: 30, transcriber: 'none' });
    expect(replace.plan.action).toBe('set');
  });
});

describe('refusing bad archives, with the path that is wrong', () => {
  const json = (): string => JSON.stringify(sampleArchive(), null, 2);

  it('refuses text cut short', () => {
    const r = parseArchive(json().slice(0, 300));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.type).toBe('invalid-json');
      expect(r.error.message).toMatch(/not valid JSON/);
    }
  });

  it('refuses files that are not archives, and archives from a newer Keeper', () => {
    const a = parseArchive('[1,2]');
    expect(!a.ok && a.error.type).toBe('not-an-archive');
    const b = parseArchive(JSON.stringify({ format: 'something-else' }));
    expect(!b.ok && b.error.message).toContain('"format" is "something-else"');
    const c = parseArchive(JSON.stringify({ ...sampleArchive(), version: 2 }));
    expect(!c.ok && c.error.type).toBe('unsupported-version');
    expect(!c.ok && c.error.message).toContain('newer Keeper');
  });

  it('names each wrong field by its path', () => {
    const archive = sampleArchive() as unknown as Record<string, unknown>;
    const attempts = archive.attempts as Record<string, unknown>[];
    attempts[1]!.createdAt = 'yesterday';
    (attempts[0]!.analysis as Record<string, unknown>).score = 140;
    delete (archive.stories as Record<string, unknown>[])[0]!.title;
    archive.extra = true;
    const r = parseArchive(JSON.stringify(archive));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.type).toBe('invalid-archive');
    const paths = r.error.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['attempts[1].createdAt', 'attempts[0].analysis.score', 'stories[0].title', '(top level)']));
    expect(r.error.message).toContain('attempts[1].createdAt: expected an ISO date-time');
    expect(r.error.message).toContain('(found "yesterday")');
    expect(r.error.message).toContain('a score is at most 100');
    expect(r.error.message).toContain('unknown field: extra');
    expect(r.error.message).toContain('nothing was imported');
  });

  it('refuses duplicate ids, dangling recordings and broken base64', () => {
    const archive = sampleArchive();
    archive.attempts.push({ ...archive.attempts[0]! });
    archive.recordings!.push({ id: 'rec_2', attemptId: 'att_404', mimeType: 'audio/wav', createdAt: exportedAt, bytes: 'AAEC' });
    const r = parseArchive(JSON.stringify(archive));
    expect(!r.ok && r.error.issues).toEqual([
      { path: 'attempts[2].id', message: 'duplicate id "att_1" (also used by attempts[0])' },
      { path: 'recordings[1].attemptId', message: 'points at attempt "att_404", which is not in the archive' },
    ]);
    const bad = sampleArchive();
    bad.recordings![0]!.bytes = 'not base64!';
    const b = parseArchive(JSON.stringify(bad));
    expect(!b.ok && b.error.issues[0]?.path).toBe('recordings[0].bytes');
  });

  it('never throws, whatever is changed in the file', () => {
    const base = json();
    fc.assert(
      fc.property(fc.nat(base.length - 1), fc.string({ maxLength: 4 }), fc.nat(6), (at, insert, cut) => {
        const mangled = base.slice(0, at) + insert + base.slice(at + cut);
        const r = parseArchive(mangled);
        if (!r.ok) {
          expect(r.error.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('stories as Markdown', () => {
  it('writes a heading per story with values and the STAR parts', () => {
    const md = storiesToMarkdown(sampleArchive().stories, { exportedAt, owner: 'Ana Lima' });
    expect(md).toContain('# Story bank of Ana Lima');
    expect(md).toContain('## The cache rollout I pushed back on');
    expect(md).toContain('*Values: courage, judgment · Written 2026-02-01*');
    expect(md).toContain('**Situation.** A director wanted a risky change before a launch.');
    expect(md).toContain('**Result.** Zero incidents; p99 start time 850 → 610 ms.');
    expect(md).not.toContain('**Task.**');
  });

  it('escapes Markdown in user text and handles an empty bank', () => {
    const md = storiesToMarkdown([{ id: 's', title: '# not a heading *really*', text: '- not a list' }], { exportedAt });
    expect(md).toContain('## \\# not a heading \\*really\\*');
    expect(md).toContain('\\- not a list');
    expect(storiesToMarkdown([], { exportedAt })).toContain('_No stories yet._');
  });
});
