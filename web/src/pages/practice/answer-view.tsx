/** The answer as written, each sentence tinted by its STAR part; highlighted sentences stand out. */
import type { ReactElement } from 'react';
import type { AnalysisSentence, StarLabel } from './practice-types.js';

export const STAR_NAMES: Record<StarLabel, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result', other: 'Other' };

function tooltip(s: AnalysisSentence): string {
  const why = s.why.length > 0 ? ` — ${s.why.join('; ')}` : '';
  return `${STAR_NAMES[s.star]} (${Math.round(s.confidence * 100)}% sure)${why}`;
}

export function AnswerView({ text, sentences, highlighted }: { text: string; sentences: readonly AnalysisSentence[]; highlighted: ReadonlySet<number> }) {
  const parts: ReactElement[] = [];
  let cursor = 0;
  for (const s of sentences) {
    if (s.start > cursor) parts.push(<span key={`gap-${cursor}`}>{text.slice(cursor, s.start)}</span>);
    parts.push(
      <span key={s.index} className={`sentence star-${s.star}${highlighted.has(s.index) ? ' highlighted' : ''}`} data-star={s.star} data-index={s.index} title={tooltip(s)}>
        <span className="sr-only">{STAR_NAMES[s.star]}: </span>
        {text.slice(s.start, s.end)}
      </span>,
    );
    cursor = Math.max(cursor, s.end);
  }
  if (cursor < text.length) parts.push(<span key="tail">{text.slice(cursor)}</span>);
  return <p className="answer-view">{parts}</p>;
}
