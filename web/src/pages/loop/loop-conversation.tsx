/** A round as a conversation: the interviewer's questions and follow-ups, the candidate's answers, short feedback. */
import type { Exchange } from './loop-api.js';

function scoreOf(ex: Exchange): string | undefined {
  const a = ex.analysis as { kind?: string; score?: number; passed?: number; total?: number; verdict?: string; message?: string } | undefined;
  if (!a) return undefined;
  if (a.kind === 'judge') return `${a.verdict ?? ''}: ${a.passed ?? 0}/${a.total ?? 0} tests`;
  if (a.kind === 'unavailable') return `not analysed (${a.message ?? ''})`;
  return typeof a.score === 'number' ? `score ${Math.round(a.score)}/100` : undefined;
}

function flagsOf(ex: Exchange): string[] {
  const a = ex.analysis as { flags?: { message: string }[] } | undefined;
  return (a?.flags ?? []).slice(0, 3).map((f) => f.message);
}

export function Conversation({ exchanges, interviewer }: { exchanges: readonly Exchange[]; interviewer: string }) {
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
              {ex.status === 'analysing' && <p className="muted small">Analysing…</p>}
              {ex.status === 'done' && (
                <p className="feedback small">
                  {scoreOf(ex)}
                  {flagsOf(ex).length > 0 && ` · ${flagsOf(ex).join(' · ')}`}
                </p>
              )}
            </div>
          )}
          {ex.status === 'cut-off' && (
            <div className="bubble candidate cut">
              <span className="who">You</span>
              <p className="muted">Time ran out{ex.draft ? `: “${ex.draft}”` : ' before you answered.'}</p>
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
}

export function AnswerBox({ exchange, value, busy, onChange, onSubmit }: AnswerBoxProps) {
  const code = exchange.kind === 'problem';
  const label = code ? 'Your solution (TypeScript)' : exchange.kind === 'follow-up' ? 'Your answer to the follow-up' : 'Your answer';
  return (
    <form
      className="loop-answer"
      onSubmit={(e) => {
        e.preventDefault();
        if (value.trim()) onSubmit();
      }}
    >
      <label className="field">
        {label}
        <textarea
          className={code ? 'code' : undefined}
          rows={code ? 16 : 8}
          value={value}
          spellCheck={!code}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && value.trim()) onSubmit();
          }}
          placeholder={code ? 'export class Solution { … }' : 'Answer as you would out loud: situation, what you did, the result, what you learned.'}
        />
      </label>
      <div className="actions">
        <button type="submit" className="button" disabled={busy || !value.trim()}>
          {code ? 'Submit solution' : 'Send answer'}
        </button>
        <span className="muted small">Ctrl+Enter sends. {value.trim() ? `${value.trim().split(/\s+/).length} words` : ''}</span>
      </div>
    </form>
  );
}
