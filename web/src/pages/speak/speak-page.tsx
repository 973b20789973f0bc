/**
 * Speak: answer a question out loud. Record (or upload), transcribe with the configured engine
 * (or type the transcript), correct it, analyse it, and play it back beside the feedback.
 */
import { useEffect, useMemo, useState } from 'react';
import { api } from '../../api/client.js';
import type { Question } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { ReportButton } from '../../components/report-links.js';
import { Playback, Recorder, recordingsApi, saveRecording, type RecordedAnswer, type RecordingView, type SpeechInfo } from '../../components/recorder/index.js';
import { RecordingsList } from './recordings-list.js';
import './speak.css';

interface AnalysisView {
  kind: string;
  score: number;
  verdict?: string;
  sentences?: { index: number; start: number; end: number; text: string; star?: string }[];
  flags?: { code: string; message: string; evidence?: number[] }[];
  fixes?: string[];
  followUp?: string;
}

export function SpeakPage() {
  const questions = useApi<Question[]>('/questions?round=behavioral');
  const speech = useApi<SpeechInfo>('/speech');
  const [questionId, setQuestionId] = useState<string>('');
  const [recording, setRecording] = useState<RecordingView | undefined>(undefined);
  const [text, setText] = useState('');
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [working, setWorking] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<{ attemptId: string; analysis: AnalysisView; text: string } | undefined>(undefined);
  const [listTick, setListTick] = useState(0);

  useEffect(() => {
    if (!questionId && questions.data?.[0]) setQuestionId(questions.data[0].id);
  }, [questions.data, questionId]);
  const question = questions.data?.find((q) => q.id === questionId);

  async function onRecorded(answer: RecordedAnswer): Promise<void> {
    setError(undefined);
    setNotice(undefined);
    setResult(undefined);
    setText('');
    setWorking('Saving the recording…');
    try {
      const saved = await saveRecording({ media: answer.media, mimeType: answer.mimeType, wav: answer.wav, durationSec: answer.durationSec, questionId: questionId || undefined });
      setRecording(saved.recording);
      setListTick((t) => t + 1);
      const wavProblem = answer.wavError ?? saved.wavError;
      if (wavProblem) {
        setNotice(`${wavProblem} Your recording is saved.`);
        return;
      }
      setWorking('Transcribing…');
      const t = await recordingsApi.transcribe(saved.recording.id, questionId || undefined);
      if (t.ok) {
        setText(t.transcript.text);
        setRecording({ ...saved.recording, transcript: t.transcript });
      } else {
        setNotice(`${t.error.message} Your recording is saved.`);
      }
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setWorking(undefined);
    }
  }

  async function analyse(): Promise<void> {
    if (!recording || text.trim() === '' || !questionId) return;
    setError(undefined);
    setWorking('Analysing…');
    try {
      const corrected = await recordingsApi.correct(recording.id, text.trim());
      const created = await api.post<{ id: string; analysis: AnalysisView }>('/attempts', {
        questionId,
        answer: text.trim(),
        ...(recording.durationSec ? { durationSeconds: Math.round(recording.durationSec) } : {}),
        source: 'practice',
      });
      const linked = await recordingsApi.link(recording.id, created.id);
      setRecording({ ...linked, transcript: corrected.transcript });
      setResult({ attemptId: created.id, analysis: created.analysis, text: text.trim() });
      setListTick((t) => t + 1);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setWorking(undefined);
    }
  }

  const flagged = useMemo(() => {
    const m = new Map<number, string>();
    for (const f of result?.analysis.flags ?? []) for (const i of f.evidence ?? []) if (typeof i === 'number') m.set(i, f.message);
    return m;
  }, [result]);

  return (
    <div className="page speak-page">
      <h1>Speak your answer</h1>
      <p className="lead">Interviews are spoken. Record your answer, read the transcript, fix what the engine misheard, and see the feedback beside the recording.</p>
      {speech.data && (
        <p className="small muted" data-testid="engine">
          {speech.data.configured
            ? `Transcription engine: ${speech.data.engine}${speech.data.keepsFillers ? '' : ' (it drops most "um"s, so filler counts are a lower bound)'}.`
            : 'No transcription engine is set up: you type what you said. Set KEEPER_WHISPER_MODEL or KEEPER_TRANSCRIBE_URL to transcribe automatically.'}{' '}
          Recordings stay in your data folder.
        </p>
      )}
      <label className="field">
        Question
        <select value={questionId} onChange={(e) => setQuestionId(e.target.value)} aria-label="Question">
          {(questions.data ?? []).map((q) => (
            <option key={q.id} value={q.id}>
              {q.text}
            </option>
          ))}
        </select>
      </label>
      {question && <p className="speak-question">{question.text}</p>}
      <Recorder target={question?.targetSeconds} onRecorded={onRecorded} disabled={Boolean(working)} />
      {working && (
        <p role="status" className="muted">
          {working}
        </p>
      )}
      {notice && <p className="notice">{notice}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {recording && (
        <section className="card speak-transcript" aria-label="Transcript">
          <label className="field">
            Transcript — correct anything that was misheard, or type what you said
            <textarea rows={6} value={text} onChange={(e) => setText(e.target.value)} aria-label="Transcript" />
          </label>
          <div className="actions">
            <button type="button" className="button" onClick={() => void analyse()} disabled={Boolean(working) || text.trim() === ''}>
              Analyse answer
            </button>
          </div>
        </section>
      )}
      {recording && (
        <section className="card" aria-label="Playback">
          <h2>Playback</h2>
          <Playback recording={recording} text={result?.text} sentences={result?.analysis.sentences} flagged={flagged} />
        </section>
      )}
      {result && (
        <section className="card speak-result" aria-label="Feedback">
          <h2>
            Score {Math.round(result.analysis.score)}
            {result.analysis.verdict ? ` · ${result.analysis.verdict.replace(/-/g, ' ')}` : ''}
          </h2>
          {result.analysis.fixes && result.analysis.fixes.length > 0 && (
            <ol>
              {result.analysis.fixes.slice(0, 3).map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ol>
          )}
          {result.analysis.followUp && <p className="muted">Next question an interviewer would ask: “{result.analysis.followUp}”</p>}
          <div className="actions">
            <ReportButton kind="attempt" id={result.attemptId} />
          </div>
        </section>
      )}
      <RecordingsList key={listTick} />
    </div>
  );
}
