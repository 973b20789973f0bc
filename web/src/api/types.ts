/** Shapes the web app reads from the API (the pack's own types, shared with the server). */
export type { Question, Value, Concept, Loop, Round, Plan, Problem, KeyPoint, ChecklistItem, FailureMode, LevelExpectation, PackMeta } from '../../../src/core/pack/schema.js';
import type { Concept, Loop, PackMeta, Plan, Value, ChecklistItem, FailureMode, LevelExpectation } from '../../../src/core/pack/schema.js';

export interface PackSummary {
  meta: PackMeta;
  values: Value[];
  concepts: Concept[];
  valueNotes: string[];
  loops: Loop[];
  plans: Plan[];
  guidance: { checklist: ChecklistItem[]; failureModes: FailureMode[]; levels: LevelExpectation[] };
  problems: { id: string; title: string; difficulty: string; summary: string }[];
  counts: { questions: number };
  facets: { rounds: string[]; categories: string[]; roles: string[]; levels: string[] };
}
