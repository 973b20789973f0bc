/** The question library: browse, filter and search every question in the pack. */
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { query } from '../../api/client.js';
import type { Question } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Chip } from '../../components/chips.js';
import { categoryLabel, roundLabel } from '../../labels.js';
import { usePack } from '../../pack-context.js';
import { FILTER_KEYS, LibraryFilters, type Filters } from './library-filters.js';
import { LibraryNav } from './library-nav.js';

export function LibraryPage() {
  const pack = usePack();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as unknown as Filters, [params]);
  const { data, error, loading } = useApi<Question[]>(`/questions${query({ ...filters })}`);
  const valueName = (id: string) => pack.values.find((v) => v.id === id)?.name ?? id;

  const update = (next: Partial<Filters>) => {
    const merged = { ...filters, ...next };
    const sp = new URLSearchParams();
    for (const k of FILTER_KEYS) if (merged[k]) sp.set(k, merged[k]);
    setParams(sp, { replace: true });
  };

  return (
    <div className="page">
      <LibraryNav />
      <h1>Question library</h1>
      <p className="lead">
        {pack.counts.questions} questions from {pack.meta.name}: what is asked, why, how to answer, and what the panel listens for.
      </p>
      <LibraryFilters pack={pack} filters={filters} onChange={update} />
      <p className="result-count" aria-live="polite">
        {loading ? 'Searching…' : error ? '' : `${data?.length ?? 0} question${data?.length === 1 ? '' : 's'}`}
      </p>
      {error && <p role="alert" className="error">{error}</p>}
      <ul className="question-list">
        {(data ?? []).map((q) => (
          <li key={q.id} className="card question-card">
            <Link to={`/library/${q.id}`} className="question-link">
              {q.text}
            </Link>
            <div className="chips">
              <Chip tone="round">{roundLabel(q.round)}</Chip>
              {q.category !== q.round && <Chip>{categoryLabel(q.category)}</Chip>}
              {q.values.map((v) => (
                <Chip key={v} tone="value">
                  {valueName(v)}
                </Chip>
              ))}
              <span className="muted small">{q.levels.join(' · ')}</span>
            </div>
          </li>
        ))}
      </ul>
      {!loading && data?.length === 0 && <p className="empty">No question matches these filters. Try fewer filters or another word.</p>}
    </div>
  );
}
