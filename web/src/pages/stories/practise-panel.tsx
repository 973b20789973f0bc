/**
 * "Practise with this story": answer a behavioral question with the story, written or told out loud
 * (recorded, transcribed, corrected); the attempt is linked to the story and sent with its recording,
 * so the delivery dimension is measured from it.
 */
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, api } from '../../api/client.js';
import type { Question } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Playback, keepCorrectedTranscript, recordingsApi, type PlaybackSentence, type RecordingView } from '../../components/recorder/index.js';
import type { StoryJson } from '../progress/api-types.js';
import { TellAloud } from './tell-aloud.js';

interface AttemptAnalysis {
  score: number;
  verdict?: string;
  sentences?: PlaybackSentence[];
  flags?: { message: string; evidence?: unknown[] }[];
}

function composed(s: StoryJson): string {
  return [s.situation, s.task, s.action, s.result].map((p) => p.trim()).filter(Boolean).join('\n\n');
}

function flaggedSentences(analysis: AttemptAnalysis): Map<number, string> {
  const m = new Map<number, string>();
  for (const f of analysis.flags ?? []) for (const i of f.evidence ?? []) if (typeof i === 'number') m.set(i, f.message);
  return m;
}

export function PractisePanel({ story, onDone, onClose }: { story: StoryJson; onDone: () => void; onClose: () => void }) {
  const { data: questions, error: loadError } = useApi<Question[]>('/questions?round=behavioral');
  const ranked = useMemo(
    () => [...(questions ?? [])].sort((a, b) => Number(b.values.some((v) => story.tags.includes(v))) - Number(a.values.some((v) => story.tags.includes(v)))),
    [questions, story.tags],
  );
  const [questionId, setQuestionId] = useState('');
  const [answer, setAnswer] = useState(composed(story));
  const [started] = useState(() => Date.now());
  const [elapsed, setElapsed] = useState(0);
  const [result, setResult] = useState<{ score: number; verdict?: string } | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [recording, setRecording] = useState<RecordingView | undefined>(undefined);
  const [playback, setPlayback] = useState<{ recording: RecordingView; text: string; analysis: AttemptAnalysis; warning?: string | undefined } | undefined>(undefined);
  const question = ranked.find((q) => q.id === questionId);

  useEffect(() => {
    if (!questionId && ranked[0]) setQuestionId(ranked[0].id);
  }, [ranked, questionId]);
  useEffect(() => {
    const id = setInterval(() => setElapsed(Math.round((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(id);
  }, [started]);

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      // The corrected (or typed) text is what gets analysed: keep it with the recording first; the
      // recording goes with the attempt, so the delivery is measured from it (and it is linked).
      const warning = recording ? await keepCorrectedTranscript(recording.id, answer.trim()) : undefined;
      const spoken = recording?.durationSec ? Math.round(recording.durationSec) : undefined;
      const res = await api.post<{ id: string; analysis: AttemptAnalysis }>('/attempts', {
        questionId,
        answer,
        storyId: story.id,
        durationSeconds: spoken ?? elapsed,
        source: 'story',
        ...(recording ? { recordingId: recording.id } : {}),
      });
      setResult({ score: res.analysis.score, verdict: res.analysis.verdict });
      onDone();
      if (recording) {
        const saved = await recordingsApi.get(recording.id).catch(() => recording);
        setPlayback({ recording: saved, text: answer.trim(), analysis: res.analysis, warning });
      }
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
  };

  return (
    <section className="card practise-panel" aria-labelledby="practise-heading">
      <h2 id="practise-heading">Practise with “{story.title}”</h2>
      {loadError && (
        <p role="alert" className="error">
          {loadError}
        </p>
      )}
      <label className="field">
        Question
        <select value={questionId} onChange={(e) => setQuestionId(e.target.value)}>
          {ranked.map((q) => (
            <option key={q.id} value={q.id}>
              {q.text}
            </option>
          ))}
        </select>
      </label>
      <TellAloud
        questionId={questionId}
        target={question?.targetSeconds}
        disabled={busy}
        onRecorded={(rec, transcript) => {
          setRecording(rec);
          setPlayback(undefined);
          if (transcript) setAnswer(transcript);
        }}
      />
      <label className="field">
        Your answer (start from the story, adapt it to the question) · <span aria-live="off">{elapsed} s</span>
        <textarea rows={8} value={answer} onChange={(e) => setAnswer(e.target.value)} />
      </label>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button" disabled={busy || !questionId || answer.trim().length === 0} onClick={() => void submit()}>
          Submit answer
        </button>
        <button type="button" className="button ghost" onClick={onClose}>
          Close
        </button>
      </div>
      {result && (
        <p role="status">
          Scored <strong>{Math.round(result.score)}</strong>
          {result.verdict ? ` (${result.verdict.replace(/-/g, ' ')})` : ''}. The attempt is linked to this story. <Link to="/progress">See progress</Link>
        </p>
      )}
      {playback && (
        <section aria-label="Playback" className="story-playback">
          <h3>Hear yourself tell it</h3>
          <Playback recording={playback.recording} text={playback.text} sentences={playback.analysis.sentences} flagged={flaggedSentences(playback.analysis)} />
          {playback.warning && <p className="muted small">{playback.warning}</p>}
        </section>
      )}
    </section>
  );
}
