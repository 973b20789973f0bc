/**
 * Shared setup for the stories and progress e2e specs: the shipped pack (plans and checklist items
 * from the unit-test fixture are added only while the shipped content has none), and helpers that
 * create attempts the way finished practice does.
 */
import { DEFAULT_PACK_DIR } from '../src/cli/paths.js';
import { loadPack } from '../src/content/load-pack.js';
import type { Pack } from '../src/core/pack/index.js';
import { fixturePack } from '../src/core/readiness/fixture-pack.js';
import { LOCAL_USER_ID, type Store } from '../src/store/index.js';

export async function e2ePack(): Promise<Pack> {
  const loaded = await loadPack(process.env.KEEPER_PACK ?? DEFAULT_PACK_DIR);
  if (!loaded.ok) throw new Error(`pack invalid: ${loaded.issues.slice(0, 3).map((i) => `${i.file}:${i.line} ${i.message}`).join('; ')}`);
  const pack = loaded.pack;
  const fx = fixturePack();
  const checklist = pack.guidance.checklist.some((i) => i.auto === 'coding-explained')
    ? pack.guidance.checklist
    : [...pack.guidance.checklist, ...fx.guidance.checklist.filter((i) => i.auto !== 'stories-per-value')];
  return { ...pack, plans: pack.plans.length > 0 ? pack.plans : fx.plans, guidance: { ...pack.guidance, checklist } };
}

export const DAY = 86_400_000;

/** Stores a finished attempt with a given analysis, as the practice, design and coding pages do. */
export async function storeAttempt(
  store: Store,
  a: { id: string; questionId: string; kind: string; score: number; daysAgo: number; analysis?: Record<string, unknown>; meta?: Record<string, unknown> },
): Promise<void> {
  await store.attempts.add({
    id: a.id,
    userId: LOCAL_USER_ID,
    kind: a.kind,
    questionId: a.questionId,
    answer: 'A finished answer.',
    analysis: a.analysis ?? { kind: a.kind, score: a.score },
    score: a.score,
    meta: a.meta ?? {},
    createdAt: new Date(Date.now() - a.daysAgo * DAY).toISOString(),
  });
}

/** `YYYY-MM-DD` of the local day `days` from now. */
export function dayFromNow(days: number): string {
  const d = new Date(Date.now() + days * DAY);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
