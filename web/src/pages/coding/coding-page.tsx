/** Coding round: pick a practical problem, solve it in the editor, Run and Submit against the real judge. */
import { useNavigate, useParams } from 'react-router-dom';
import { useApi } from '../../api/use-api.js';
import { CodingSession } from './coding-session.js';
import type { ProblemDetail, ProblemSummary } from './coding-types.js';
import './coding.css';

export function CodingPage() {
  const { id } = useParams();
  const navigate = useNavigate();
  const { data: problems, error } = useApi<ProblemSummary[]>('/problems');
  const selectedId = id ?? problems?.[0]?.id;
  const { data: problem, error: problemError } = useApi<ProblemDetail>(selectedId ? `/problems/${encodeURIComponent(selectedId)}` : null);
  return (
    <div className="page coding-page">
      <h1>Coding</h1>
      <p className="lead">Practical problems like the ones reported from Netflix loops — caches, rate limiters, streams, scheduling. Your code runs in a sandbox against public and hidden tests.</p>
      {(error ?? problemError) && (
        <p role="alert" className="error">
          {error ?? problemError}
        </p>
      )}
      {problems && (
        <div className="field problem-picker">
          <label htmlFor="coding-problem">Problem</label>
          <select id="coding-problem" value={selectedId ?? ''} onChange={(e) => navigate(`/coding/${e.target.value}`)}>
            {problems.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title} ({p.difficulty})
              </option>
            ))}
          </select>
        </div>
      )}
      {!problems && !error && <p className="muted">Loading problems…</p>}
      {problems && problems.length === 0 && <p className="empty">The content pack has no coding problems.</p>}
      {problem && problem.id === selectedId && <CodingSession key={problem.id} problem={problem} />}
    </div>
  );
}
