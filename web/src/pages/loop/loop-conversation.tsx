/** A round as a conversation: the interviewer's questions and follow-ups, the candidate's answers, short feedback. */
import type { ReactNode } from 'react';
import { byImportance, closesGap, flagLabel, gapTopic } from '../../../../src/core/loop/gaps.js';
import type { Exchange } from './loop-api.js';

function scoreOf(ex: Exchange): string | undefined {
  const a = ex.analysis;
  if (!a) return undefined;
  if (a.kind === 'judge') return `${a.verdict}: ${a.passed}/${a.total} tests`;
  if (a.kind === 'unavailable') return `not analysed (${a.message})`;
  return `score ${Math.round(a.score)}/100`;
}

/** A main answer's top flags, in a few words each (the fixes come in the debrief). */
function flagsOf(ex: Exchange): string[] {
  const a = ex.analysis;
  if (!a || (a.kind !== 'behavioral' && a.kind !== 'design')) return [];
  return [...new Set(byImportance(a.flags).map(flagLabel))].slice(0, 3);
}

/**
 * A follow-up answer is judged on what it was asked about, not scored as a whole story: it is
 * short by design, so a story score (and "too short") would say nothing.
 */
function followUpFeedback(ex: Exchange): string | undefined {
  const gap = ex.followUp?.gap;
  if (!gap) return undefined;
  const closed = closesGap(gap, ex.answer ?? '', ex.analysis);
  if (closed === undefined) return undefined;
  if (gap.source === 'probe') return closed ? 'Adds depth.' : 'Stays thin: add the specifics.';
  return closed ? `Covers ${gapTopic(gap)}.` : `Still leaves ${gapTopic(gap)} open.`;
}

function Feedback({ ex }: { ex: Exchange }) {
  if (ex.kind === 'follow-up' && ex.analysis?.kind !== 'unavailable') {
    const text = followUpFeedback(ex);
    return text ? <p className="feedback small">{text}</p> : null;
  }
  const flags = flagsOf(ex);
  return (
    <p className="feedback small">
      {scoreOf(ex)}
      {flags.length > 0 && ` · ${flags.join(' · ')}`}
    </p>
  );
}

export function Conversation({ exchanges, interviewer, endReason }: { exchanges: readonly Exchange[]; interviewer: string; endReason?: string | undefined }) {
  const stopped = endReason === 'ended-early' ? 'The round was ended' : 'Time ran out';
  return (
    <ol className="loop-conversation" aria-label="Conversation">
      {exchanges.map((ex) => (
        <li key={ex.id} className="loop-turn">
          <div className="bubble interviewer">
            <span className="who">
              {interviewer}
              {ex.kind === 'follow-up' ? ' · follow-up' : ex.kind === 'problem' ? ' · coding problem' : ''}
            </span>
            <p className="prompt">{ex.prompt}</p>
            {ex.followUp && <p className="why small">Why this follow-up: {ex.followUp.reason}</p>}
          </div>
          {(ex.answer !== undefined || ex.code !== undefined) && (
            <div className="bubble candidate">
              <span className="who">You</span>
              {ex.code !== undefined ? <pre className="code">{ex.code}</pre> : <p className="answer">{ex.answer}</p>}
              {ex.diagram && (
                <details className="loop-diagram-text">
                  <summary className="small">Your diagram (Mermaid)</summary>
                  <pre className="code">{ex.diagram}</pre>
                </details>
              )}
              {ex.status === 'analysing' && <p className="muted small">Analysing…</p>}
              {ex.status === 'done' && <Feedback ex={ex} />}
            </div>
          )}
          {ex.status === 'cut-off' && (
            <div className="bubble candidate cut">
              <span className="who">You</span>
              <p className="muted">
                {stopped}
                {ex.draft ? `: “${ex.draft}”` : ' before you answered.'}
              </p>
            </div>
          )}
          {ex.status === 'unasked' && <p className="muted small">Not asked: the round ended first.</p>}
        </li>
      ))}
    </ol>
  );
}

interface AnswerBoxProps {
  readonly exchange: Exchange;
  readonly value: string;
  readonly busy: boolean;
  onChange(text: string): void;
  onSubmit(): void;
  /** Shown above the text box: the recorder for spoken answers. */
  readonly speech?: ReactNode;
  /** Shown beside the text box: the diagram pane of a design answer. */
  readonly diagram?: ReactNode;
  /** Shown instead of the text box: the code editor of a coding problem. */
  readonly editor?: ReactNode;
}

export function AnswerBox({ exchange, value, busy, onChange, onSubmit, speech, diagram, editor }: AnswerBoxProps) {
  const code = exchange.kind === 'problem';
  const label = code ? 'Your solution (TypeScript)' : exchange.kind === 'follow-up' ? 'Your answer to the follow-up' : diagram ? 'Your design' : 'Your answer';
  const placeholder = code
    ? 'export class Solution { … }'
    : diagram
      ? 'Requirements, estimates, API, data model, the design, failure handling, trade-offs. Labels in your diagram count too.'
      : 'Answer as you would out loud: situation, what you did, the result, what you learned.';
  return (
    <form
      className="loop-answer"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) onSubmit();
      }}
    >
      {speech}
      {editor ?? (
        <div className={diagram ? 'loop-design-workspace' : undefined}>
          <label className="field loop-answer-label">
            {label}
            <textarea
              className={code ? 'loop-answer-text code' : 'loop-answer-text'}
              rows={code ? 16 : diagram ? 14 : 8}
              value={value}
              spellCheck={!code}
              onChange={(e) => onChange(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && value.trim()) onSubmit();
              }}
              placeholder={placeholder}
            />
          </label>
          {diagram}
        </div>
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={busy || !value.trim()}>
          {code ? 'Submit solution' : 'Send answer'}
        </button>
        <span className="muted small">{code ? `${value.split('\n').length} lines` : `Ctrl+Enter sends. ${value.trim() ? `${value.trim().split(/\s+/).length} words` : ''}`}</span>
      </div>
    </form>
  );
}
