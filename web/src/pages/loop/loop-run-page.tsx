/**
 * Running a mock loop: one round at a time with its timer, the interviewer's questions and
 * follow-ups as a conversation, then the debrief. The server holds the state, so a reload (or a
 * server restart) resumes where the candidate was; typed drafts are kept in the browser meanwhile.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { roleLabel } from '../../labels.js';
import { DiagramPane } from '../design/diagram-pane.js';
import { CodingAnswer } from './loop-coding.js';
import { AnswerBox, Conversation } from './loop-conversation.js';
import { Scorecard } from './loop-debrief.js';
import { PlanView } from './loop-plan.js';
import { keepCorrectedTranscript } from '../../components/recorder/index.js';
import { LoopSpeak } from './loop-speak.js';
import { Timer, useRemaining } from './loop-timer.js';
import { isDesignItem, loopApi, openExchange, type ClientEvent, type LoopState, type LoopView } from './loop-api.js';
import './loop.css';

const ACTIVE = new Set(['ready', 'in-round', 'between-rounds', 'debriefing']);
const END_REASON: Record<string, string> = { completed: 'finished', 'time-up': 'ran out of time', 'ended-early': 'was ended early' };

function draftKey(loopId: string, exchangeId: string): string {
  return `keeper.loop.${loopId}.${exchangeId}`;
}

function readDraft(key: string): string {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

function writeDraft(key: string, text: string): void {
  try {
    if (text) localStorage.setItem(key, text);
    else localStorage.removeItem(key);
  } catch {
    // storage full or disabled: the draft lives only on screen
  }
}

/** The answer event carrying the recording of a spoken answer (the server measures its delivery). */
function withRecording(event: ClientEvent, recordingId: string): ClientEvent {
  if (event.type !== 'answer-submitted' && event.type !== 'follow-up-answered') return event;
  return { ...event, recordingId };
}

function Transcripts({ loop }: { loop: LoopState }) {
  return (
    <section className="loop-transcripts" aria-label="Transcripts">
      {loop.plan.rounds.map((r, i) => {
        const rs = loop.rounds[i];
        if (!rs || rs.exchanges.length === 0 || (loop.phase === 'in-round' && i === loop.current)) return null;
        return (
          <details key={r.id} className="card">
            <summary>
              {r.title}: transcript ({rs.exchanges.length} turn{rs.exchanges.length === 1 ? '' : 's'})
            </summary>
            <Conversation exchanges={rs.exchanges} interviewer={r.interviewer} endReason={rs.endReason} />
          </details>
        );
      })}
    </section>
  );
}

export function LoopRunPage() {
  const { id = '' } = useParams();
  const [view, setView] = useState<LoopView>();
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [confirmAbandon, setConfirmAbandon] = useState(false);
  const [draft, setDraftState] = useState('');
  const [diagram, setDiagramState] = useState('');
  const [recordingId, setRecordingIdState] = useState<string>();
  const sending = useRef(false);

  const apply = useCallback((v: LoopView) => {
    setView(v);
    setOffset(v.now - Date.now());
    const n = v.effects.find((e) => e.type === 'notice');
    if (n?.message) setNotice(n.message);
  }, []);

  const send = useCallback(
    async (event: ClientEvent): Promise<LoopView | undefined> => {
      if (sending.current) return undefined;
      sending.current = true;
      setBusy(true);
      setError(undefined);
      try {
        const v = await loopApi.send(id, event);
        apply(v);
        return v;
      } catch (err) {
        setError((err as Error).message);
        return undefined;
      } finally {
        sending.current = false;
        setBusy(false);
      }
    },
    [id, apply],
  );

  // Load, then resume: the server closes an overdue round and re-runs a lost analysis.
  useEffect(() => {
    let cancelled = false;
    loopApi
      .get(id)
      .then(async (v) => {
        if (cancelled) return;
        apply(v);
        if (v.loop.phase !== 'ready' && ACTIVE.has(v.loop.phase)) await send({ type: 'resumed' });
      })
      .catch((err: unknown) => setError((err as Error).message));
    return () => {
      cancelled = true;
    };
  }, [id, apply, send]);

  const loop = view?.loop;
  const open = loop ? openExchange(loop) : undefined;
  const round = loop && loop.current >= 0 ? loop.rounds[loop.current] : undefined;
  const planned = loop && loop.current >= 0 ? loop.plan.rounds[loop.current] : undefined;
  const remaining = useRemaining(loop?.phase === 'in-round' ? round?.deadline : undefined, offset);
  const key = open ? draftKey(id, open.id) : undefined;

  const item = open && planned ? planned.items[open.item] : undefined;
  // A design question is answered in writing with a diagram; every other spoken-style prompt may be recorded.
  const design = open?.kind === 'question' && item !== undefined && isDesignItem(item);
  const speakable = open !== undefined && open.kind !== 'problem' && item !== undefined && !isDesignItem(item);

  // Restore the draft of the open prompt (after a reload): its text, diagram and recording.
  useEffect(() => {
    setDraftState(key ? readDraft(key) : '');
    setDiagramState(key ? readDraft(`${key}.diagram`) : '');
    setRecordingIdState(key ? readDraft(`${key}.recording`) || undefined : undefined);
  }, [key]);
  const setDraft = (text: string): void => {
    setDraftState(text);
    if (key) writeDraft(key, text);
  };
  /** Adds a transcript to what is already in the answer box (a second recording adds to the first). */
  const appendDraft = (text: string): void => {
    setDraftState((previous) => {
      const next = previous.trim() ? `${previous.replace(/\s*$/, '')}\n\n${text}` : text;
      if (key) writeDraft(key, next);
      return next;
    });
  };
  const setDiagram = (text: string): void => {
    setDiagramState(text);
    if (key) writeDraft(`${key}.diagram`, text);
  };
  const setRecordingId = (id: string): void => {
    setRecordingIdState(id);
    if (key) writeDraft(`${key}.recording`, id);
  };
  const clearDrafts = (k: string): void => {
    for (const suffix of ['', '.diagram', '.recording']) writeDraft(`${k}${suffix}`, '');
  };

  // The prompt is on screen: tell the server (its answer time starts now).
  useEffect(() => {
    if (open?.status === 'pending') void send({ type: 'question-shown', exchangeId: open.id });
  }, [open?.id, open?.status, send]);

  // Time is up: the round ends with what was answered; the unfinished text goes along as a draft.
  const timeUp = loop?.phase === 'in-round' && remaining === 0;
  useEffect(() => {
    if (!timeUp || !loop) return;
    void send({ type: 'time-up', round: loop.current, ...(draft.trim() ? { draft } : {}) });
    // Fires once when the clock reaches zero (the draft and loop at that moment go along).
  }, [timeUp]);

  const submit = async (): Promise<void> => {
    if (!open || !draft.trim()) return;
    const event: ClientEvent =
      open.kind === 'problem'
        ? { type: 'code-submitted', code: draft }
        : open.kind === 'follow-up'
          ? { type: 'follow-up-answered', text: draft }
          : { type: 'answer-submitted', text: draft, ...(design && diagram.trim() ? { diagram } : {}) };
    const recording = speakable ? recordingId : undefined;
    // The corrected transcript is the answer: keep it with the recording first, then send the
    // recording along so the analysis measures the pace and pauses.
    const problem = recording ? await keepCorrectedTranscript(recording, draft.trim()) : undefined;
    const v = await send(recording ? withRecording(event, recording) : event);
    if (!v) return;
    if (key) clearDrafts(key);
    if (problem) setNotice(problem);
  };

  if (!view || !loop) {
    return (
      <div className="page">
        <h1>Mock loop</h1>
        {error ? <p role="alert" className="error">{error}</p> : <p className="muted">Loading…</p>}
        {error && <Link to="/loop">Back to mock loops</Link>}
      </div>
    );
  }

  const next = loop.plan.rounds[loop.current + 1];
  const previous = loop.current >= 0 ? loop.plan.rounds[loop.current] : undefined;
  const previousState = loop.current >= 0 ? loop.rounds[loop.current] : undefined;

  return (
    <div className="page loop-page">
      <p className="breadcrumb">
        <Link to="/loop">Mock loops</Link> / {loop.plan.title}
      </p>
      <div className="loop-header">
        <div>
          <h1>{loop.plan.title}</h1>
          <p className="muted">
            {roleLabel(loop.plan.role)} · {loop.plan.level} ·{' '}
            {loop.phase === 'finished' ? 'finished' : loop.phase === 'abandoned' ? 'abandoned' : loop.current >= 0 ? `round ${loop.current + 1} of ${loop.plan.rounds.length}` : 'not started'}
          </p>
        </div>
        {loop.phase === 'in-round' && remaining !== undefined && planned && <Timer remaining={remaining} total={planned.minutes * 60_000} />}
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {notice && (
        <p className="loop-notice" role="status">
          {notice}
        </p>
      )}

      {loop.phase === 'ready' && (
        <>
          <PlanView plan={loop.plan} state={loop} />
          <div className="actions">
            <button type="button" className="button" disabled={busy} onClick={() => void send({ type: 'start' })}>
              Start round 1: {loop.plan.rounds[0]?.title}
            </button>
          </div>
        </>
      )}

      {loop.phase === 'in-round' && planned && round && (
        <section className="loop-room" aria-label={`${planned.title} in progress`}>
          <h2>
            {planned.title} <span className="muted small">with the {planned.interviewer}</span>
          </h2>
          <Conversation exchanges={round.exchanges} interviewer={planned.interviewer} />
          {open?.status === 'shown' && (
            <AnswerBox
              exchange={open}
              value={draft}
              busy={busy}
              onChange={setDraft}
              onSubmit={() => void submit()}
              speech={
                speakable && item ? (
                  <LoopSpeak
                    key={open.id}
                    questionId={item.id}
                    followUp={open.kind === 'follow-up'}
                    disabled={busy}
                    recordingId={recordingId}
                    onRecording={setRecordingId}
                    onTranscript={appendDraft}
                  />
                ) : undefined
              }
              diagram={design ? <DiagramPane value={diagram} onChange={setDiagram} disabled={busy} /> : undefined}
              editor={open.kind === 'problem' && item ? <CodingAnswer key={open.id} problemId={item.id} value={draft} onChange={setDraft} /> : undefined}
            />
          )}
          {open?.status === 'analysing' && <p className="muted" role="status">The interviewer is reading your answer…</p>}
          <div className="actions">
            <button type="button" className="button ghost" disabled={busy} onClick={() => void send({ type: 'round-ended', ...(draft.trim() ? { draft } : {}) })}>
              End this round now
            </button>
          </div>
        </section>
      )}

      {loop.phase === 'between-rounds' && next && (
        <section className="card loop-between" aria-label="Between rounds">
          <p>
            {previous?.title} {END_REASON[previousState?.endReason ?? 'completed']}. Next: <strong>{next.title}</strong> with the {next.interviewer}, {Math.round(next.minutes * 10) / 10} minutes.
          </p>
          <p className="muted small">Grades: {next.grades.join('; ')}</p>
          <button type="button" className="button" disabled={busy} onClick={() => void send({ type: 'start' })}>
            Start round {loop.current + 2}: {next.title}
          </button>
        </section>
      )}

      {loop.phase === 'debriefing' && (
        <p className="card" role="status">
          The panel is waiting for the last analyses.{' '}
          <button type="button" className="button ghost" disabled={busy} onClick={() => void send({ type: 'resumed' })}>
            Check again
          </button>
        </p>
      )}

      {loop.phase === 'finished' && view.debrief && <Scorecard debrief={view.debrief} loop={loop} />}

      {loop.phase === 'abandoned' && (
        <p className="card">
          You left this loop. Its answers are kept below. <Link to="/loop">Start a new loop</Link>.
        </p>
      )}

      {loop.phase !== 'ready' && (
        <>
          <h2>Loop plan</h2>
          <PlanView plan={loop.plan} state={loop} verdicts={view.debrief?.rounds} showQuestions={loop.phase === 'finished' || loop.phase === 'abandoned'} />
          <Transcripts loop={loop} />
        </>
      )}

      {ACTIVE.has(loop.phase) && (
        <div className="actions">
          {confirmAbandon ? (
            <>
              <button type="button" className="button secondary" onClick={() => void send({ type: 'abandoned' })}>
                Yes, abandon this loop
              </button>
              <button type="button" className="button ghost" onClick={() => setConfirmAbandon(false)}>
                Keep going
              </button>
            </>
          ) : (
            <button type="button" className="button ghost" onClick={() => setConfirmAbandon(true)}>
              Abandon loop
            </button>
          )}
        </div>
      )}
    </div>
  );
}
