/** The mock loop's calls to the server, and the shapes it returns (the core loop types). */
import { api } from '../../api/client.js';
import type { Debrief, Exchange, LoopPlan, LoopState, PlannedItem, RoundVerdict } from '../../../../src/core/loop/types.js';

export type { Debrief, Exchange, LoopPlan, LoopState, PlannedItem, RoundVerdict };

export interface LoopView {
  readonly id: string;
  readonly revision: number;
  readonly loop: LoopState;
  readonly debrief?: Debrief;
  readonly effects: readonly { readonly type: string; readonly message?: string }[];
  readonly now: number;
}

export interface LoopSummary {
  readonly id: string;
  readonly title: string;
  readonly role: string;
  readonly level: string;
  readonly phase: string;
  readonly decision?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface PlanRequest {
  readonly role: string;
  readonly level: string;
  readonly seed?: string;
  readonly loopId?: string;
  readonly roundIds?: string[];
  readonly minutes?: number;
}

export type ClientEvent =
  | { type: 'start' }
  | { type: 'question-shown'; exchangeId?: string }
  | { type: 'answer-submitted'; text: string; diagram?: string; recordingId?: string }
  | { type: 'follow-up-answered'; text: string; recordingId?: string }
  | { type: 'code-submitted'; code: string; language?: 'typescript' | 'javascript' }
  | { type: 'time-up'; round?: number; draft?: string }
  | { type: 'round-ended'; draft?: string }
  | { type: 'abandoned' }
  | { type: 'resumed' };

export const loopApi = {
  plan: (body: PlanRequest) => api.post<LoopPlan>('/loops/plan', body),
  create: (body: PlanRequest) => api.post<LoopView>('/loops', body),
  get: (id: string) => api.get<LoopView>(`/loops/${encodeURIComponent(id)}`),
  send: (id: string, event: ClientEvent) => api.post<LoopView>(`/loops/${encodeURIComponent(id)}/events`, event),
  remove: (id: string) => api.delete<void>(`/loops/${encodeURIComponent(id)}`),
};

/** A system-design question (answered in writing, with a diagram), as the server's analysis decides it. */
export function isDesignItem(item: PlannedItem): boolean {
  return item.kind === 'question' && (item.category === 'system-design' || item.keyPoints.length > 0);
}

/** The prompt the candidate is on, if a round is running. */
export function openExchange(loop: LoopState): Exchange | undefined {
  if (loop.phase !== 'in-round') return undefined;
  const last = loop.rounds[loop.current]?.exchanges.at(-1);
  return last && (last.status === 'pending' || last.status === 'shown' || last.status === 'analysing') ? last : undefined;
}

export const VERDICT_TEXT: Record<string, string> = {
  'strong-no-hire': 'Strong no hire',
  'no-hire': 'No hire',
  hire: 'Hire',
  'strong-hire': 'Strong hire',
};

export const verdictTone = (v: string | undefined): 'good' | 'warn' | 'bad' | 'neutral' =>
  v === 'strong-hire' || v === 'hire' ? 'good' : v === 'no-hire' ? 'warn' : v === 'strong-no-hire' ? 'bad' : 'neutral';
