/** One timed attempt at a design prompt: editor, diagram, submit, feedback. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../../api/client.js';
import type { Question } from '../../api/types.js';
import { AnswerEditor } from './answer-editor.js';
import { DesignResults } from './design-results.js';
import { DesignTimer } from './design-timer.js';
import { DESIGN_MINUTES, type DesignAnalysis, type SavedAttempt } from './design-types.js';
import { DiagramPane } from './diagram-pane.js';
import { useCountdown } from './use-countdown.js';

const TOTAL_MS = DESIGN_MINUTES * 60_000;

export function DesignSession({ question, onBusy }: { question: Question; onBusy(busy: boolean): void }) {
  const [answer, setAnswer] = useState('');
  const [diagram, setDiagram] = useState('');
  const [result, setResult] = useState<DesignAnalysis | undefined>(undefined);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const countdown = useCountdown(TOTAL_MS);
  const resultsRef = useRef<HTMLDivElement>(null);

  const submit = useCallback(async () => {
    if (!answer.trim() && !diagram.trim()) {
      setError('Write your design (or draw the diagram) before submitting.');
      return;
    }
    setSubmitting(true);
    setError(undefined);
    try {
      const saved = await api.post<SavedAttempt<DesignAnalysis>>('/attempts', {
        questionId: question.id,
        answer,
        ...(diagram.trim() ? { diagram } : {}),
        durationSeconds: Math.round((TOTAL_MS - countdown.remaining) / 1000),
        source: 'design',
      });
      countdown.stop();
      setResult(saved.analysis);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : `Could not submit: ${(err as Error).message}`);
    } finally {
      setSubmitting(false);
    }
  }, [answer, diagram, question.id, countdown]);

  // The round is time-boxed: when the clock runs out, the answer is submitted as it stands.
  const { expired } = countdown;
  useEffect(() => {
    if (expired && !result && !submitting && (answer.trim() || diagram.trim())) void submit();
  }, [expired, result, submitting, answer, diagram, submit]);

  useEffect(() => onBusy(countdown.running && !result), [countdown.running, result, onBusy]);
  useEffect(() => {
    if (result) resultsRef.current?.scrollIntoView({ block: 'start' });
  }, [result]);

  // The clock runs while you work; it resumes where it stopped when you revise after feedback.
  const edit = (set: (v: string) => void) => (v: string) => {
    if (!countdown.expired) countdown.start();
    set(v);
  };
  const done = result !== undefined;

  return (
    <div className="design-session">
      <div className="design-toolbar">
        <DesignTimer countdown={countdown} totalMs={TOTAL_MS} />
        <div className="actions">
          {!done ? (
            <button type="button" className="button" onClick={() => void submit()} disabled={submitting}>
              {submitting ? 'Analysing…' : 'Submit for feedback'}
            </button>
          ) : (
            <button
              type="button"
              className="button secondary"
              onClick={() => setResult(undefined)}
            >
              Revise and resubmit
            </button>
          )}
        </div>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="design-workspace">
        <AnswerEditor value={answer} onChange={edit(setAnswer)} disabled={done || submitting} />
        <DiagramPane value={diagram} onChange={edit(setDiagram)} disabled={done || submitting} />
      </div>
      <div ref={resultsRef}>{result && <DesignResults analysis={result} outline={result.outline.length ? result.outline : 'outline' in question.sample ? question.sample.outline : []} />}</div>
    </div>
  );
}
