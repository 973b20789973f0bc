/** The design analysis as the web app reads it (the engine's own types, shared with the server). */
export type { DesignAnalysis, DesignSentence, PhaseResult, RubricPoint, Dimension, TradeOff, Estimate, ScaleTopic } from '../../../../src/core/design/types.js';

/** POST /api/attempts answer. */
export interface SavedAttempt<A> {
  readonly id: string;
  readonly analysis: A;
}

/** The section headings offered as a template (the analysis also reads free text). */
export const SECTION_TEMPLATE = [
  '## Requirements',
  '## Capacity estimates',
  '## API',
  '## Data model',
  '## High-level design',
  '## Deep dives',
  '## Failure handling',
  '## Trade-offs',
  '## Wrap-up',
]
  .map((h) => `${h}\n\n`)
  .join('');

export const EXAMPLE_DIAGRAM = ['flowchart LR', '  Client[Client app] -->|play request| Gateway(API gateway)', '  Gateway --> Playback[Playback service]', '  Playback -->|ranked edge URLs| Client', '  Client -->|video segments| Edge[(Edge cache)]'].join('\n');

export const DESIGN_MINUTES = 45;
