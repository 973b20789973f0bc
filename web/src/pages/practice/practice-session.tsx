/**
 * One question, answered under a visible countdown: type, submit (or auto-submit when time runs
 * out), read the feedback, answer the interviewer's follow-up as a second turn, and see the saved
 * attempts for the question.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { api } from '../../api/client.js';
import type { Question } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Chip } from '../../components/chips.js';
import { AttemptsList } from './attempts-list.js';
import { FeedbackView } from './feedback-view.js';
import { PracticeTimer, type TimerSettings } from './practice-timer.js';
import type { Attempt, AttemptCreated, BehavioralAnalysis } from './practice-types.js';
import { formatClock, useTimer } from './use-timer.js';

interface Turn {
  readonly id: string;
  readonly answer: string;
  readonly analysis: BehavioralAnalysis;
}

function defaultMinutes(q: Question): number {
  const max = q.targetSeconds?.[1];
  return max ? Math.max(1, Math.round((max / 60) * 2) / 2) : 3;
}

const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;

export function PracticeSession({ question, onBusy }: { question: Question; onBusy(busy: boolean): void }) {
  const [settings, setSettings] = useState<TimerSettings>({ minutes: defaultMinutes(question), autoSubmit: false });
  const timer = useTimer(settings.minutes * 60_000);
  const [answer, setAnswer] = useState('');
  const [turn, setTurn] = useState<Turn | undefined>(undefined);
  const [followAnswer, setFollowAnswer] = useState('');
  const [followTurn, setFollowTurn] = useState<Turn | undefined>(undefined);
  const [opened, setOpened] = useState<Attempt | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const attempts = useApi<Attempt[]>(`/attempts?questionId=${encodeURIComponent(question.id)}`);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const fieldId = useId();

  useEffect(() => onBusy(busy), [busy, onBusy]);

  const submit = useCallback(async () => {
    if (busy || turn || answer.trim().length === 0) return;
    setBusy(true);
    setError(undefined);
    try {
      const created = await api.post<AttemptCreated>('/attempts', {
        questionId: question.id,
        answer,
        durationSeconds: Math.round(timer.elapsedMs / 1000),
        source: 'practice',
      });
      setTurn({ id: created.id, answer, analysis: created.analysis });
      setOpened(undefined);
      attempts.reload();
      requestAnimationFrame(() => feedbackRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }, [busy, turn, answer, question.id, timer.elapsedMs, attempts]);

  useEffect(() => {
    if (timer.expired && settings.autoSubmit && !turn && answer.trim().length > 0) void submit();
  }, [timer.expired, settings.autoSubmit, turn, answer, submit]);

  const submitFollowUp = async (): Promise<void> => {
    if (!turn || busy || followAnswer.trim().length === 0) return;
    setBusy(true);
    setError(undefined);
    try {
      const created = await api.post<AttemptCreated>('/attempts', { questionId: question.id, answer: followAnswer, followUpOf: turn.id, source: 'practice' });
      setFollowTurn({ id: created.id, answer: followAnswer, analysis: created.analysis });
      attempts.reload();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const again = (): void => {
    setAnswer('');
    setTurn(undefined);
    setFollowAnswer('');
    setFollowTurn(undefined);
    setError(undefined);
    timer.reset();
  };

  return (
    <div className="practice-session">
      <div className="card practice-question">
        <h2 className="question-text">{question.text}</h2>
        <div className="chips">
          {question.values.map((v) => (
            <Chip key={v} tone="value">
              {v}
            </Chip>
          ))}
          {question.targetSeconds && <Chip>aim for {Math.round(question.targetSeconds[0] / 60 * 10) / 10}–{Math.round(question.targetSeconds[1] / 60 * 10) / 10} min</Chip>}
        </div>
      </div>

      <div className="practice-compose">
        <div className="compose-main">
          <div className="field answer-field">
            <label htmlFor={`${fieldId}-answer`}>Your answer</label>
            <textarea
              id={`${fieldId}-answer`}
              value={answer}
              rows={12}
              disabled={!!turn || busy}
              placeholder="Tell one real story: the situation, what you had to do, what you did, and what happened."
              onChange={(e) => {
                if (!timer.started && e.target.value.length > 0) timer.start();
                setAnswer(e.target.value);
              }}
            />
          </div>
          <div className="compose-actions">
            {!turn ? (
              <>
                <button type="button" className="button" disabled={busy || answer.trim().length === 0} onClick={() => void submit()}>
                  {busy ? 'Analysing…' : 'Submit answer'}
                </button>
                {!timer.started && (
                  <button type="button" className="button ghost" onClick={timer.start}>
                    Start the timer
                  </button>
                )}
              </>
            ) : (
              <button type="button" className="button ghost" onClick={again}>
                Try this question again
              </button>
            )}
            <span className="muted">
              {words(answer)} words · about {Math.round((words(answer) / 150) * 60)} s spoken{timer.started ? ` · ${formatClock(timer.elapsedMs)} used` : ''}
            </span>
          </div>
        </div>
        <PracticeTimer timer={timer} settings={settings} onChange={setSettings} disabled={!!turn} />
      </div>

      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}

      <div ref={feedbackRef}>
        {turn && <FeedbackView analysis={turn.analysis} answer={turn.answer} />}
      </div>

      {turn && (
        <section className="card follow-up" aria-label="Follow-up">
          <h2>The interviewer follows up</h2>
          <p className="follow-up-question">“{turn.analysis.followUp}”</p>
          {!followTurn ? (
            <>
              <div className="field">
                <label htmlFor={`${fieldId}-follow-up`}>Your answer to the follow-up</label>
                <textarea id={`${fieldId}-follow-up`} value={followAnswer} rows={5} disabled={busy} onChange={(e) => setFollowAnswer(e.target.value)} />
              </div>
              <button type="button" className="button" disabled={busy || followAnswer.trim().length === 0} onClick={() => void submitFollowUp()}>
                Answer the follow-up
              </button>
            </>
          ) : (
            <FeedbackView analysis={followTurn.analysis} answer={followTurn.answer} title="Feedback on your follow-up" />
          )}
        </section>
      )}

      <section className="card past-attempts" aria-label="Past attempts for this question">
        <h2>Your attempts at this question</h2>
        {attempts.error && (
          <p role="alert" className="error">
            {attempts.error}
          </p>
        )}
        {attempts.data && <AttemptsList attempts={attempts.data} openId={opened?.id} onOpen={setOpened} />}
        {opened && opened.analysis?.kind === 'behavioral' && <FeedbackView analysis={opened.analysis} answer={opened.answer} title={`Attempt from ${new Date(opened.createdAt).toLocaleString()}`} />}
      </section>
    </div>
  );
}
