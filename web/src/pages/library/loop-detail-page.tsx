/** One loop: its rounds in order, the decision rule and owner, where sources disagree, and sources. */
import { Link, useParams } from 'react-router-dom';
import { Chip } from '../../components/chips.js';
import { levelLabel, roleLabel, roundLabel } from '../../labels.js';
import { usePack } from '../../pack-context.js';
import { LibraryNav } from './library-nav.js';
import { SourceText } from './source-text.js';

export function LoopDetailPage() {
  const { id = '' } = useParams();
  const pack = usePack();
  const loop = pack.loops.find((l) => l.id === id);
  if (!loop) {
    return (
      <div className="page library-section">
        <LibraryNav />
        <p role="alert" className="error">There is no loop called “{id}” in this pack.</p>
        <Link to="/library/loops">See every loop</Link>
      </div>
    );
  }
  const valueName = (v: string) => pack.values.find((x) => x.id === v)?.name ?? v;
  const minutes = loop.rounds.reduce((sum, r) => sum + r.minutes, 0);
  return (
    <article className="page library-section loop-detail">
      <LibraryNav />
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/library/loops">Loops</Link> › <span>{roleLabel(loop.role)}</span>
      </nav>
      <h1>{loop.title}</h1>
      <div className="chips">
        <Chip tone="round">{roleLabel(loop.role)}</Chip>
        {loop.levels.map((l) => (
          <Chip key={l}>{levelLabel(l)}</Chip>
        ))}
        <span className="muted small">
          {loop.rounds.length} rounds · {minutes} minutes in total
        </span>
      </div>
      <p>{loop.summary}</p>
      <div className="actions">
        <Link className="button" to="/loop">
          Run this loop
        </Link>
        <Link className="button ghost" to={`/library?role=${loop.role}`}>
          Questions for this role
        </Link>
      </div>
      <p>
        <strong>Timeline: </strong>
        {loop.timeline}
      </p>

      <section aria-labelledby="rounds">
        <h2 id="rounds">Rounds, in order</h2>
        <ol className="round-list">
          {loop.rounds.map((r, i) => (
            <li key={r.id} className="card round-card" aria-labelledby={`round-${r.id}`}>
              <div className="round-head">
                <span className="round-number" aria-hidden="true">
                  {i + 1}
                </span>
                <h3 id={`round-${r.id}`}>{r.title}</h3>
                <div className="chips">
                  <Chip tone="round">{roundLabel(r.kind)}</Chip>
                  <Chip>{r.minutes} min</Chip>
                  {r.optional && <Chip tone="warn">Optional / some loops</Chip>}
                </div>
              </div>
              <dl className="round-facts">
                <div>
                  <dt>Format</dt>
                  <dd>{r.format}</dd>
                </div>
                <div>
                  <dt>Interviewer</dt>
                  <dd>{r.interviewer}</dd>
                </div>
                <div>
                  <dt>What it grades</dt>
                  <dd>
                    <ul>
                      {r.grades.map((g) => (
                        <li key={g}>{g}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
                {r.values.length > 0 && (
                  <div>
                    <dt>Values probed</dt>
                    <dd className="chips">
                      {r.values.map((v) => (
                        <Link key={v} to={`/library/values#value-${v}`} className="chip chip-value chip-link">
                          {valueName(v)}
                        </Link>
                      ))}
                    </dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="decision">
        <h2 id="decision">How the decision is made</h2>
        <div className="card decision-card">
          <p>{loop.decision.rule}</p>
          <p>
            <strong>Owner: </strong>
            {loop.decision.owner}
          </p>
        </div>
      </section>

      {loop.disagreements.length > 0 && (
        <section aria-labelledby="disagreements">
          <h2 id="disagreements">Where sources disagree</h2>
          <ul className="disagreements">
            {loop.disagreements.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </section>
      )}

      {loop.sources.length > 0 && (
        <section aria-labelledby="sources">
          <h2 id="sources">Sources</h2>
          <ul className="sources small">
            {loop.sources.map((s) => (
              <li key={s}>
                <SourceText text={s} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
