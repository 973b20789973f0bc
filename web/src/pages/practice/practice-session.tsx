/**
 * One question, answered under a visible countdown: type or speak (record, transcribe, correct),
 * submit (or auto-submit when time runs out), read the feedback beside the playback of a spoken
 * answer, answer the interviewer's follow-up as a second turn, and see the saved attempts for the question.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.js';
import type { Question } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Chip } from '../../components/chips.js';
import { Playback, keepCorrectedTranscript, recordingsApi, type RecordingView } from '../../components/recorder/index.js';
import { AttemptsList } from './attempts-list.js';
import { FeedbackView } from './feedback-view.js';
import { PracticeSpeak } from './practice-speak.js';
import { PracticeTimer, type TimerSettings } from './practice-timer.js';
import type { Attempt, AttemptCreated, BehavioralAnalysis } from './practice-types.js';
import { formatClock, useTimer } from './use-timer.js';

interface Turn {
  readonly id: string;
  readonly answer: string;
  readonly analysis: BehavioralAnalysis;
  /** The recording of a spoken answer, as saved with the attempt. */
  readonly recording?: RecordingView | undefined;
  /** Could not store the corrected transcript with the recording (the answer itself was sent). */
  readonly warning?: string | undefined;
}

/** Sentence index → the message of a flag pointing at it (for the playback transcript). */
function flaggedSentences(analysis: BehavioralAnalysis): Map<number, string> {
  const m = new Map<number, string>();
  for (const f of analysis.flags) for (const i of f.evidence) m.set(i, f.message);
  return m;
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
  const [recording, setRecording] = useState<RecordingView | undefined>(undefined);
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
      // The corrected (or typed) text is what gets analysed: keep it with the recording first.
      const warning = recording ? await keepCorrectedTranscript(recording.id, answer.trim()) : undefined;
      const spoken = recording?.durationSec ? Math.round(recording.durationSec) : undefined;
      const created = await api.post<AttemptCreated>('/attempts', {
        questionId: question.id,
        answer,
        durationSeconds: spoken ?? Math.round(timer.elapsedMs / 1000),
        source: 'practice',
        ...(recording ? { recordingId: recording.id } : {}),
      });
      // The server linked the recording to the attempt; fetch it with its transcript and delivery.
      const saved = recording ? await recordingsApi.get(recording.id).catch(() => recording) : undefined;
      setTurn({ id: created.id, answer, analysis: created.analysis, recording: saved, warning });
      setOpened(undefined);
      attempts.reload();
      requestAnimationFrame(() => feedbackRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'RECORDING_NOT_FOUND') {
        // Deleted meanwhile (e.g. by the retention setting): the written answer can still go on its own.
        setRecording(undefined);
        setError(`${err.message} Submit again to send the answer without the recording.`);
      } else {
        setError((err as Error).message);
      }
    } finally {
      setBusy(false);
    }
  }, [busy, turn, answer, recording, question.id, timer.elapsedMs, attempts]);

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
    setRecording(undefined);
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
          <PracticeSpeak
            key={turn ? 'done' : 'open'}
            questionId={question.id}
            target={question.targetSeconds}
            disabled={!!turn || busy}
            recording={turn ? undefined : recording}
            onRecorded={(rec, transcript) => {
              setRecording(rec);
              if (transcript) setAnswer(transcript);
            }}
          />
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

      <div ref={feedbackRef} className={turn?.recording ? 'practice-results with-playback' : 'practice-results'}>
        {turn && <FeedbackView analysis={turn.analysis} answer={turn.answer} />}
        {turn?.recording && (
          <section className="card practice-playback" aria-label="Playback">
            <h2>Hear yourself</h2>
            <p className="muted small">Click a sentence to jump to it in the recording.</p>
            <Playback recording={turn.recording} text={turn.answer} sentences={[...turn.analysis.sentences]} flagged={flaggedSentences(turn.analysis)} />
            {turn.warning && <p className="muted small">{turn.warning}</p>}
          </section>
        )}
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
