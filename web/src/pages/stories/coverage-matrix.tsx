/** The values × stories matrix: two strong stories per value; gaps highlighted. */
import type { CoverageMatrix } from '../progress/api-types.js';

const CELL: Record<string, { mark: string; label: string }> = {
  strong: { mark: '●', label: 'strong' },
  weak: { mark: '◐', label: 'tagged, not strong yet' },
  suggested: { mark: '○', label: 'shows the value, not tagged' },
  none: { mark: '', label: 'not covered' },
};

export function CoverageMatrixView({ matrix }: { matrix: CoverageMatrix }) {
  return (
    <section className="card matrix-card" aria-labelledby="matrix-heading" data-testid="coverage-matrix">
      <h2 id="matrix-heading">
        Values × stories <span className="muted small">· {matrix.covered} of {matrix.total} values covered (two strong stories each)</span>
      </h2>
      <div className="table-wrap">
        <table className="matrix">
          <thead>
            <tr>
              <th scope="col">Story</th>
              {matrix.values.map((v) => (
                <th key={v.id} scope="col" className={`matrix-value status-${v.status}`} data-value={v.id}>
                  <span className="matrix-value-name">{v.name}</span>
                  <span className="matrix-count" data-testid={`count-${v.id}`}>
                    {v.strong}/{v.needed}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.stories.length === 0 && (
              <tr>
                <td colSpan={matrix.values.length + 1} className="empty">
                  No stories yet. Add one above; aim for two strong stories for every value.
                </td>
              </tr>
            )}
            {matrix.stories.map((s, i) => (
              <tr key={s.id}>
                <th scope="row" className="matrix-story">
                  {s.title}
                  {!s.strong && <span className="muted small"> · not strong yet</span>}
                </th>
                {(matrix.rows[i] ?? []).map((c) => {
                  const value = matrix.values.find((v) => v.id === c.valueId);
                  const meta = CELL[c.state] ?? { mark: '', label: c.state };
                  return (
                    <td key={c.valueId} className={`cell cell-${c.state}`} title={`${value?.name ?? c.valueId}: ${meta.label}${c.note ? ` — ${c.note}` : ''}`} data-state={c.state}>
                      <span aria-hidden="true">{meta.mark}</span>
                      <span className="visually-hidden">{meta.label}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="legend small muted">
        ● strong · ◐ tagged, not strong yet · ○ shows the value but not tagged. Hover a cell for the reason or the sentence that shows the value.
      </p>
      {matrix.gaps.length > 0 && (
        <div className="gaps">
          <h3>Gaps</h3>
          <ul>
            {matrix.gaps.map((g) => (
              <li key={g.value} data-testid="gap">
                {g.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
