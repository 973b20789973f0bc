/**
 * The coding round over HTTP: list and read problems, judge a submission (run = public tests,
 * submit = all; every judge run is stored as an attempt of kind "coding"), and analyse the
 * candidate's "explain your approach" text.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { explainApproach } from '../../core/coding/index.js';
import type { Problem } from '../../core/pack/index.js';
import { SHIPPED_PACK_DIR, createJudge, describeCase, problemSources, problemTests, type Judge, type ProblemTests } from '../../judge/index.js';
import type { RouteDeps } from '../deps.js';
import { AppError } from '../errors.js';
import { defineRoute } from '../route.js';
import { userIdOf } from '../user.js';

/** Longest submission accepted over HTTP, in characters. */
export const MAX_CODE_CHARS = 200_000;

export const judgeBody = z.strictObject({
  problemId: z.string().min(1).max(120),
  code: z.string({ error: 'code must be a string' }).max(MAX_CODE_CHARS, `code is longer than ${MAX_CODE_CHARS} characters`),
  mode: z.enum(['run', 'submit']).default('run'),
  /** The candidate's "explain your approach" text; analysed and stored with the attempt. */
  explanation: z.string().max(20_000).optional(),
  durationSeconds: z.number().min(0).max(24 * 3600).optional(),
});

const explainBody = z.strictObject({
  problemId: z.string().min(1).max(120).optional(),
  text: z.string().max(20_000),
});

function summary(p: Problem): Record<string, unknown> {
  return { id: p.id, title: p.title, difficulty: p.difficulty, summary: p.summary, entry: p.entry };
}

export function judgeRoutes(app: FastifyInstance, deps: RouteDeps): void {
  let own: Judge | undefined;
  const judge = (): Judge => deps.judge ?? (own ??= createJudge());
  // The server owns its judge: closing the server stops the worker processes.
  app.addHook('onClose', async () => {
    own?.close();
    deps.judge?.close();
  });

  const find = (id: string): Extract<ProblemTests, { ok: true }> => {
    const found = problemTests(deps.pack, id);
    if (found.ok) return found;
    if (!deps.pack.problems.some((p) => p.id === id)) {
      throw new AppError('PROBLEM_NOT_FOUND', `There is no coding problem "${id}". List problems with GET /api/problems.`);
    }
    throw new AppError('FEATURE_UNAVAILABLE', `Problem "${id}" has no valid tests in this pack: ${found.issues.map((i) => i.message).join('; ')}`);
  };

  defineRoute(app, {
    method: 'GET',
    url: '/problems',
    summary: 'The coding problems of the pack',
    tags: ['coding'],
    handler: () => deps.pack.problems.map(summary),
  });

  defineRoute(app, {
    method: 'GET',
    url: '/problems/:id',
    summary: 'One coding problem: statement, signature, constraints, starter code and its public examples (no reference, no hidden tests)',
    tags: ['coding'],
    params: z.object({ id: z.string().min(1).max(120) }),
    handler: ({ params }) => {
      const { problem, tests } = find(params.id);
      const examples = tests.cases.filter((c) => c.visibility === 'public').map((c) => ({ name: c.name, category: c.category, lines: describeCase(problem, c) }));
      const hidden = tests.cases.length - examples.length;
      const { followUps: _f, edgeCases: _e, complexity: _c, ...visible } = problem;
      return { ...visible, examples, hiddenTests: hidden };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/judge',
    summary: 'Judge a submission: run = public tests, submit = all tests. Stored as an attempt; a submit also reveals the reference solution and follow-ups.',
    tags: ['coding'],
    body: judgeBody,
    handler: async ({ body, req }) => {
      const { problem, tests } = find(body.problemId);
      const result = await judge().judge(problem, tests, body.code, body.mode);
      const explanation = body.explanation?.trim() ? explainApproach(body.explanation, problem) : undefined;
      const id = deps.newId();
      const meta: Record<string, unknown> = { source: 'coding', mode: body.mode, verdict: result.verdict, passed: result.passed, total: result.total, title: problem.title };
      if (body.durationSeconds !== undefined) meta.durationSeconds = body.durationSeconds;
      if (explanation && body.explanation) meta.explanation = { text: body.explanation, analysis: explanation };
      await deps.store.attempts.add({
        id,
        userId: userIdOf(req),
        kind: 'coding',
        questionId: problem.id,
        answer: body.code,
        analysis: result,
        score: result.total > 0 ? Math.round((100 * result.passed) / result.total) : 0,
        meta,
        createdAt: deps.now().toISOString(),
      });
      const reveal =
        body.mode === 'submit'
          ? {
              reference: await problemSources(deps.packDir ?? SHIPPED_PACK_DIR, problem.id).then(
                (s) => s.reference,
                () => undefined,
              ),
              followUps: problem.followUps,
              edgeCases: problem.edgeCases,
              complexity: problem.complexity,
            }
          : undefined;
      return { ...result, attemptId: id, ...(reveal ? { reveal } : {}), ...(explanation ? { explanation } : {}) };
    },
  });

  defineRoute(app, {
    method: 'POST',
    url: '/coding/explain',
    summary: '"Explain your approach": stated time and space complexity, edge cases mentioned, trade-offs and data structures',
    tags: ['coding'],
    body: explainBody,
    handler: ({ body }) => {
      const problem = body.problemId ? find(body.problemId).problem : undefined;
      return explainApproach(body.text, problem ?? {});
    },
  });
}
