/** One value: summary, evidence behaviours (cue phrases behind a disclosure), phrases, anti-patterns, mapping, questions. */
import { Link } from 'react-router-dom';
import type { Value } from '../../api/types.js';
import { Chip } from '../../components/chips.js';

/** Cue syntax made readable: `[a|b]` becomes "a / b", `*` becomes "…". */
export function readableCue(cue: string): string {
  return cue.replace(/\[([^\]]+)\]/g, (_m, alts: string) => `(${alts.split('|').join(' / ')})`).replace(/\s*\*\s*/g, ' … ');
}

export function ValueCard({ value, related, questionCount }: { value: Value; related: Value[]; questionCount: number | undefined }) {
  const current = value.lists.includes('current');
  const inBoth = current && value.lists.includes('legacy');
  const headingId = `value-${value.id}-name`;
  return (
    <article className="card value-card" id={`value-${value.id}`} aria-labelledby={headingId}>
      <header className="value-head">
        <h3 id={headingId}>{value.name}</h3>
        <div className="chips">
          {current ? <Chip tone="value">2024 memo</Chip> : <Chip>Older list</Chip>}
          {inBoth && <Chip>Also in older list</Chip>}
        </div>
      </header>
      <p>{value.summary.replace(/^\(Older list\.\)\s*/, '')}</p>

      <h4>What counts as evidence</h4>
      <ul className="evidence-list">
        {value.evidence.map((e) => (
          <li key={e.behaviour}>{e.behaviour}</li>
        ))}
      </ul>
      <details className="cue-details">
        <summary>Cue phrases the analysis looks for</summary>
        <p className="muted small">Matched by word stem, case-insensitive; “…” stands for a few words in between, “(a / b)” for alternatives.</p>
        <dl className="cue-list">
          {value.evidence.map((e) => (
            <div key={e.behaviour}>
              <dt>{e.behaviour}</dt>
              <dd>
                {e.cues.map((c) => (
                  <code key={c}>{readableCue(c)}</code>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </details>

      <div className="value-cols">
        {value.phrases.length > 0 && (
          <section>
            <h4>Typical phrases</h4>
            <ul className="phrase-list">
              {value.phrases.map((p) => (
                <li key={p}>“{p}”</li>
              ))}
            </ul>
          </section>
        )}
        <section>
          <h4>Anti-patterns</h4>
          <ul className="red-flags">
            {value.antiPatterns.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </section>
      </div>

      <footer className="value-foot">
        {related.length > 0 && (
          <p className="small">
            <span className="muted">{current ? 'Older values folded into it: ' : 'Maps to the 2024 list: '}</span>
            {related.map((r, i) => (
              <span key={r.id}>
                {i > 0 && ', '}
                <a href={`#value-${r.id}`}>{r.name}</a>
              </span>
            ))}
          </p>
        )}
        <Link to={`/library?value=${value.id}`} className="value-questions">
          {questionCount === undefined ? 'Questions targeting ' + value.name : `${questionCount} question${questionCount === 1 ? '' : 's'} targeting ${value.name}`} →
        </Link>
      </footer>
    </article>
  );
}
