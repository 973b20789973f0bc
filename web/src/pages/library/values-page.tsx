/** Values & culture: the 2024 values, the older list and how they map, the culture concepts and notes. */
import { useEffect, useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import type { Question, Value } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { usePack } from '../../pack-context.js';
import { LibraryNav } from './library-nav.js';
import { ValueCard } from './value-card.js';

export function ValuesPage() {
  const pack = usePack();
  const { data: questions, error } = useApi<Question[]>('/questions');
  const counts = useMemo(() => {
    if (!questions) return undefined;
    const byValue = new Map<string, number>();
    for (const q of questions) for (const v of q.values) byValue.set(v, (byValue.get(v) ?? 0) + 1);
    return byValue;
  }, [questions]);
  const byId = useMemo(() => new Map(pack.values.map((v) => [v.id, v])), [pack.values]);
  const current = pack.values.filter((v) => v.lists.includes('current'));
  const legacy = pack.values.filter((v) => v.lists.includes('legacy'));
  const legacyOnly = legacy.filter((v) => !v.lists.includes('current'));
  /** Related values across lists: a value's own mapsTo plus every value that maps to it. */
  const related = (v: Value): Value[] => {
    const ids = new Set(v.mapsTo);
    for (const other of pack.values) if (other.mapsTo.includes(v.id)) ids.add(other.id);
    ids.delete(v.id);
    return [...ids].map((id) => byId.get(id)).filter((x): x is Value => x !== undefined);
  };
  const count = (id: string) => (counts ? (counts.get(id) ?? 0) : undefined);
  const { hash } = useLocation();
  useEffect(() => {
    // Links from other pages (e.g. a loop's "values probed") land on the value's card.
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView();
  }, [hash]);

  return (
    <div className="page library-section">
      <LibraryNav />
      <h1>Values &amp; culture</h1>
      <p className="lead">
        What the culture round listens for: each value with the behaviours that count as evidence, the phrases strong candidates use and the
        anti-patterns that sink an answer. Then the culture ideas interviewers expect you to know.
      </p>
      {error && <p role="alert" className="error">Could not count the questions per value: {error}</p>}
      <nav aria-label="On this page" className="toc small">
        <a href="#current-values">2024 values</a> · <a href="#older-values">Older list</a> · <a href="#concepts">Culture concepts</a> ·{' '}
        <a href="#value-notes">Notes</a>
      </nav>

      <section aria-labelledby="current-values">
        <h2 id="current-values">The 2024 values ({current.length})</h2>
        <p className="muted">From the June 2024 culture memo, the list interviewers are moving to.</p>
        <div className="value-grid">
          {current.map((v) => (
            <ValueCard key={v.id} value={v} related={related(v)} questionCount={count(v.id)} />
          ))}
        </div>
      </section>

      <section aria-labelledby="older-values">
        <h2 id="older-values">The older list ({legacy.length})</h2>
        <p className="muted">Many prep guides and some interviewers still use these nine. How each maps onto the 2024 list:</p>
        <div className="table-wrap">
          <table className="map-table">
            <caption className="lib-sr-only">Older values and the 2024 values they map to</caption>
            <thead>
              <tr>
                <th scope="col">Older value</th>
                <th scope="col">2024 value(s)</th>
              </tr>
            </thead>
            <tbody>
              {legacy.map((v) => (
                <tr key={v.id}>
                  <th scope="row">
                    <a href={`#value-${v.id}`}>{v.name}</a>
                  </th>
                  <td>
                    {v.lists.includes('current')
                      ? 'Same name, kept'
                      : v.mapsTo.map((id, i) => (
                          <span key={id}>
                            {i > 0 && ', '}
                            <a href={`#value-${id}`}>{byId.get(id)?.name ?? id}</a>
                          </span>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3>Values only in the older list</h3>
        <div className="value-grid">
          {legacyOnly.map((v) => (
            <ValueCard key={v.id} value={v} related={related(v)} questionCount={count(v.id)} />
          ))}
        </div>
      </section>

      <section aria-labelledby="concepts">
        <h2 id="concepts">Culture concepts ({pack.concepts.length})</h2>
        <p className="muted">The ideas from the memo that come up by name. Know what each means and how it is probed.</p>
        <div className="concept-grid">
          {pack.concepts.map((c) => (
            <article key={c.id} className="card concept-card" id={`concept-${c.id}`} aria-labelledby={`concept-${c.id}-name`}>
              <h3 id={`concept-${c.id}-name`}>{c.name}</h3>
              <p>{c.meaning}</p>
              <h4>In interviews</h4>
              <p>{c.inInterviews}</p>
            </article>
          ))}
        </div>
      </section>

      {pack.valueNotes.length > 0 && (
        <section aria-labelledby="value-notes">
          <h2 id="value-notes">Notes on the values</h2>
          <div className="card notes">
            {pack.valueNotes.map((n) => (
              <p key={n}>{n}</p>
            ))}
          </div>
        </section>
      )}
    </div>
  );
}
