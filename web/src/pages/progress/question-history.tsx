/** The history of one question: scores over attempts, best, latest and change. */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Link } from 'react-router-dom';
import { useApi } from '../../api/use-api.js';
import type { QuestionHistoryResponse } from './api-types.js';

export function QuestionHistory({ questionId, onClose }: { questionId: string; onClose: () => void }) {
  const { data, error } = useApi<QuestionHistoryResponse>(`/progress/questions/${encodeURIComponent(questionId)}`);
  const rows = (data?.attempts ?? []).map((a, i) => ({ n: `#${i + 1}`, score: a.score, at: new Date(a.at).toLocaleDateString() }));
  return (
    <section className="card question-history" aria-labelledby="history-heading" data-testid="question-history">
      <div className="history-head">
        <h2 id="history-heading">History: {data?.title ?? questionId}</h2>
        <button type="button" className="button ghost" onClick={onClose}>
          Close history
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {data && (
        <>
          <p>
            {data.attempts.length} attempt{data.attempts.length === 1 ? '' : 's'} · best {data.best ?? '—'} · latest {data.latest ?? '—'}
            {data.change !== undefined && (
              <>
                {' '}
                · change <strong className={data.change >= 0 ? 'trend up' : 'trend down'}>{data.change > 0 ? `+${data.change}` : data.change}</strong>
              </>
            )}{' '}
            · <Link to={`/library/${encodeURIComponent(questionId)}`}>about this question</Link>
          </p>
          {rows.length > 1 && (
            <div className="chart-box">
              <ResponsiveContainer width="100%" height={180}>
                <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: -12 }}>
                  <CartesianGrid stroke="#eee" />
                  <XAxis dataKey="n" fontSize={12} />
                  <YAxis domain={[0, 100]} fontSize={12} />
                  <Tooltip labelFormatter={(_, p) => String(p[0]?.payload?.at ?? '')} />
                  <Line dataKey="score" name="Score" stroke="#b1060f" strokeWidth={2} isAnimationActive={false} />
                </LineChart>
              </ResponsiveContainer>
            </div>
          )}
          <ol className="history-list">
            {data.attempts.map((a) => (
              <li key={a.id}>
                {new Date(a.at).toLocaleString()} — <strong>{a.score}</strong>
                {a.flags.length > 0 && <span className="muted small"> · {a.flags.join(', ')}</span>}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
