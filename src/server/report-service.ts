/**
 * Gathers what each PDF report shows from the store and the pack, in the plain shapes of
 * src/report/types.ts. Used by the HTTP routes and by `keeper report`.
 */
import { findQuestion } from '../core/pack/index.js';
import type { Debrief, LoopState } from '../core/loop/index.js';
import { dimensionSeries, valueSeries, type Series } from '../core/readiness/index.js';
import type {
  AttemptReportData,
  LoopDebrief,
  ProgressSeries,
  ProgressSummary,
  ReportAnalysis,
  ReportDelivery,
  ReportJudge,
} from '../report/index.js';
import type { Attempt } from '../store/index.js';
import type { RouteDeps } from './deps.js';
import { AppError } from './errors.js';
import { overview } from './progress-service.js';

type Deps = Pick<RouteDeps, 'pack' | 'store' | 'now' | 'newId' | 'analyze' | 'bodyLimit'>;

const humanRound = (kind: string): string => {
  const words = kind.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

async function candidateName(deps: Deps, userId: string): Promise<string | undefined> {
  const user = await deps.store.users.get(userId);
  return user && user.name !== 'You' ? user.name : undefined;
}

function asAnalysis(a: Attempt): { analysis: ReportAnalysis; judge?: ReportJudge } {
  const raw = (a.analysis ?? {}) as Record<string, unknown>;
  if (Array.isArray(raw.tests) && typeof raw.verdict === 'string') {
    const judge = raw as unknown as ReportJudge;
    return {
      judge,
      analysis: { kind: 'behavioral', score: a.score, verdict: judge.verdict, sentences: [] },
    };
  }
  if ((raw.kind === 'behavioral' || raw.kind === 'design') && Array.isArray(raw.sentences)) {
    return { analysis: raw as unknown as ReportAnalysis };
  }
  return { analysis: { kind: 'behavioral', score: a.score, verdict: typeof raw.verdict === 'string' ? raw.verdict : 'not analysed', sentences: [] } };
}

/** Delivery metrics saved with the attempt's recording (see routes/recordings.ts). */
async function deliveryOf(deps: Deps, userId: string, attemptId: string): Promise<ReportDelivery | undefined> {
  const recs = await deps.store.recordings.list(userId, { attemptId });
  for (const r of recs) {
    const t = r.transcript as { delivery?: Record<string, unknown> } | null;
    const d = t?.delivery as
      | { wordsPerMinute?: number | null; timeToFirstWordSec?: number | null; pauses?: { start: number; end: number }[]; fillers?: { count: number }; notes?: string[] }
      | undefined;
    if (!d) continue;
    return {
      ...(typeof d.wordsPerMinute === 'number' ? { wordsPerMinute: d.wordsPerMinute } : {}),
      ...(typeof d.timeToFirstWordSec === 'number' ? { timeToFirstWordSec: d.timeToFirstWordSec } : {}),
      ...(d.pauses ? { pauses: d.pauses } : {}),
      ...(d.fillers ? { fillerCount: d.fillers.count } : {}),
      ...(d.notes && d.notes.length > 0 ? { fillerNote: d.notes.join(' ') } : {}),
    };
  }
  return undefined;
}

export async function attemptReportData(deps: Deps, userId: string, attemptId: string): Promise<AttemptReportData> {
  const attempt = await deps.store.attempts.get(userId, attemptId);
  if (!attempt) throw new AppError('ATTEMPT_NOT_FOUND', `There is no attempt "${attemptId}" for this user.`);
  const question = findQuestion(deps.pack, attempt.questionId);
  const problem = deps.pack.problems.find((p) => p.id === attempt.questionId);
  const { analysis, judge } = asAnalysis(attempt);
  const same = await deps.store.attempts.list(userId, { questionId: attempt.questionId, limit: 50 });
  const history = same
    .filter((a) => a.createdAt <= attempt.createdAt)
    .reverse()
    .map((a) => ({ at: a.createdAt, score: a.score }));
  const delivery = await deliveryOf(deps, userId, attemptId);
  const candidate = await candidateName(deps, userId);
  return {
    attemptId,
    createdAt: attempt.createdAt,
    ...(candidate ? { candidate } : {}),
    question: {
      id: attempt.questionId,
      text: question?.text ?? problem?.title ?? attempt.questionId,
      round: question?.round ?? (problem ? 'coding' : typeof attempt.meta.round === 'string' ? attempt.meta.round : undefined),
      values: question?.values ?? [],
    },
    answer: attempt.answer,
    analysis,
    ...(judge ? { judge } : {}),
    ...(delivery ? { delivery } : {}),
    ...(history.length >= 2 ? { history } : {}),
  };
}

const HIRE = new Set(['hire', 'strong-hire']);

export async function loopReportData(deps: Deps, userId: string, id: string): Promise<LoopDebrief> {
  const stored = await deps.store.loops.get(userId, id);
  if (!stored) throw new AppError('LOOP_NOT_FOUND', `There is no mock loop "${id}" for this user. List loops with GET /api/loops.`);
  const state = stored.state as LoopState;
  const debrief: Debrief | undefined = state.debrief;
  if (!debrief) {
    throw new AppError('CONFLICT', `The mock loop "${id}" has not finished yet (it is ${stored.phase}); finish it to get the debrief report.`);
  }
  const candidate = await candidateName(deps, userId);
  const verdicts = debrief.rounds.map((r) => HIRE.has(r.verdict));
  const unanimous = verdicts.every(Boolean) || verdicts.every((v) => !v);
  return {
    loopId: id,
    title: state.plan.title,
    role: state.plan.role,
    level: state.plan.level,
    ...(candidate ? { candidate } : {}),
    ...(state.finishedAt ? { finishedAt: new Date(state.finishedAt).toISOString() } : {}),
    rounds: debrief.rounds.map((r) => {
      const planned = state.plan.rounds[r.round];
      return {
        title: r.title,
        ...(planned ? { kind: planned.kind } : {}),
        verdict: r.verdict,
        score: r.score,
        reasons: [...r.reasons],
        evidence: r.evidence.map((e) => ({ quote: e.quote, note: `${e.positive ? 'strength' : 'gap'}: ${e.note}` })),
        questions: planned ? planned.items.map((i) => i.text) : [],
      };
    }),
    panel: {
      decision: debrief.panel.decision,
      unanimous,
      rule: debrief.panel.rule,
      reasons: [debrief.panel.explanation, debrief.hiringManager.note].filter((s) => s && s.trim() !== ''),
    },
    topFixes: debrief.topFixes.map((f) => f.text),
  };
}

function toSeries(series: Series, min: number, max: number, label: (key: string) => string): ProgressSeries[] {
  return series.keys.map((key) => ({
    name: label(key),
    min,
    max,
    points: series.points.filter((p) => p.values[key] !== undefined).map((p) => ({ at: p.date, score: p.values[key] ?? 0 })),
  }));
}

export async function progressReportData(deps: Deps, userId: string, tz = 0): Promise<ProgressSummary> {
  const o = await overview(deps as RouteDeps, userId, tz);
  const valueName = (id: string): string => deps.pack.values.find((v) => v.id === id)?.name ?? humanRound(id);
  const candidate = await candidateName(deps, userId);
  const overall = o.readiness.overall;
  const plan = o.plan;
  return {
    ...(candidate ? { candidate } : {}),
    ...(o.prep ? { interviewDate: o.prep.interviewDate } : {}),
    attempts: o.records.length,
    readiness: {
      overall: overall.status === 'ok' ? overall.score : 0,
      rounds: o.readiness.rounds.map((r) =>
        r.status === 'ok'
          ? { name: humanRound(r.round), score: r.score, note: `${r.level.replace('-', ' ')} (${r.attempts} attempts)` }
          : { name: humanRound(r.round), score: 0, note: r.need },
      ),
    },
    dimensions: toSeries(dimensionSeries(o.records, tz), 1, 4, humanRound),
    values: toSeries(valueSeries(o.records, tz), 0, 100, valueName),
    checklist: o.checklist.items.map((i) => ({ text: i.text, done: i.done, auto: i.source === 'auto' || i.auto !== undefined })),
    ...(plan && plan.tasks.length > 0
      ? {
          plan: {
            title: `Plan to ${plan.interviewDate} (${plan.done} of ${plan.total} done)`,
            items: plan.tasks.slice(0, 80).map((t) => ({ date: t.date, text: t.text, done: t.done })),
          },
        }
      : {}),
  };
}
