/** Every attempt, newest first, with filters kept in the URL; a question opens its history. */
import { useSearchParams } from 'react-router-dom';
import { query } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { Chip } from '../../components/chips.js';
import { RoundFilter, ValueFilter } from '../../components/question-filters.js';
import { roundLabel } from '../../labels.js';
import { usePack } from '../../pack-context.js';
import { readFilters, withFilters } from '../../url-filters.js';
import type { AttemptsResponse } from './api-types.js';

export const FILTERS = ['round', 'value', 'from', 'to', 'minScore'] as const;
type FilterKey = (typeof FILTERS)[number];

function scoreTone(score: number): 'good' | 'warn' | 'bad' {
  return score >= 75 ? 'good' : score >= 55 ? 'warn' : 'bad';
}

export function AttemptsList({ onOpenQuestion }: { onOpenQuestion: (id: string) => void }) {
  const pack = usePack();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params, FILTERS);
  const { data, error, loading } = useApi<AttemptsResponse>(`/progress/attempts${query({ ...filters, limit: 100 })}`);
  const set = (k: FilterKey, v: string) => setParams(withFilters(params, { [k]: v }), { replace: true });
  const valueName = (id: string) => pack.values.find((v) => v.id === id)?.name ?? id;
  return (
    <section aria-labelledby="attempts-heading">
      <h2 id="attempts-heading">Attempts</h2>
      <div className="filters" role="group" aria-label="Filter attempts">
        <label className="field">
          Round
          <RoundFilter rounds={pack.facets.rounds} value={filters.round} onChange={(v) => set('round', v)} />
        </label>
        <label className="field">
          Value
          <ValueFilter value={filters.value} onChange={(v) => set('value', v)} />
        </label>
        <label className="field">
          From
          <input type="date" value={filters.from} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label className="field">
          To
          <input type="date" value={filters.to} onChange={(e) => set('to', e.target.value)} />
        </label>
        <label className="field">
          Min score
          <input type="number" min={0} max={100} value={filters.minScore} onChange={(e) => set('minScore', e.target.value)} />
        </label>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p className="result-count" aria-live="polite">
        {loading ? 'Loading…' : `${data?.total ?? 0} attempt${data?.total === 1 ? '' : 's'}`}
      </p>
      {data && data.items.length > 0 && (
        <div className="table-wrap">
          <table className="attempts-table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Question</th>
                <th scope="col">Round</th>
                <th scope="col">Score</th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((a) => (
                <tr key={a.id} data-testid="attempt-row">
                  <td className="nowrap">{new Date(a.at).toLocaleString()}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => onOpenQuestion(a.questionId)}>
                      {a.title}
                    </button>
                  </td>
                  <td>{roundLabel(a.round)}</td>
                  <td>
                    <Chip tone={scoreTone(a.score)}>{a.score}</Chip>
                  </td>
                  <td>
                    <div className="chips">
                      {a.coding && (
                        <Chip tone={a.coding.verdict === 'accepted' ? 'good' : 'bad'}>
                          {a.coding.passed}/{a.coding.total} tests{a.coding.ms !== undefined ? ` · ${Math.round(a.coding.ms)} ms` : ''}
                        </Chip>
                      )}
                      {a.valuesShown.map((v) => (
                        <Chip key={v} tone="value">
                          {valueName(v)}
                        </Chip>
                      ))}
                      {a.flags.slice(0, 3).map((f) => (
                        <Chip key={f}>{f}</Chip>
                      ))}
                      {a.durationSec !== undefined && <span className="muted small">{Math.round(a.durationSec)} s</span>}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && data.total === 0 && <p className="empty">No attempts match. Practise a question, or loosen the filters.</p>}
    </section>
  );
}
