/** "Practise with this story": answer a behavioral question with the story; the attempt is linked to it. */
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.js';
import type { Question } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import type { StoryJson } from '../progress/api-types.js';

function composed(s: StoryJson): string {
  return [s.situation, s.task, s.action, s.result].map((p) => p.trim()).filter(Boolean).join('\n\n');
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
      const res = await api.post<{ id: string; analysis: { score: number; verdict?: string } }>('/attempts', {
        questionId,
        answer,
        storyId: story.id,
        durationSeconds: elapsed,
        source: 'story',
      });
      setResult({ score: res.analysis.score, verdict: res.analysis.verdict });
      onDone();
    } catch (err) {
      setError((err as Error).message);
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
    </section>
  );
}
