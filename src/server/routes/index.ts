/**
 * Every API route module, registered under /api. A feature adds its module here
 * (one line each; see docs/platform.md).
 */
import type { FastifyInstance } from 'fastify';
import type { RouteDeps } from '../deps.js';
import { analyzeRoutes } from './analyze.js';
import { healthRoutes } from './health.js';
import { judgeRoutes } from './judge.js';
import { loopRoutes } from './loops.js';
import { planRoutes } from './plan.js';
import { progressRoutes } from './progress.js';
import { questionRoutes } from './questions.js';
import { recordingRoutes } from './recordings.js';
import { reportRoutes } from './reports.js';
import { storyRoutes } from './stories.js';

export async function registerApiRoutes(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  healthRoutes(app, deps);
  questionRoutes(app, deps);
  analyzeRoutes(app, deps);
  storyRoutes(app, deps);
  progressRoutes(app, deps);
  planRoutes(app, deps);
  loopRoutes(app, deps);
  judgeRoutes(app, deps);
  reportRoutes(app, deps);
  recordingRoutes(app, deps);
}
