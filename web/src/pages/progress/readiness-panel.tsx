/** Readiness per round and overall: a number only when there is enough recent evidence. */
import { Link } from 'react-router-dom';
import { roundLabel } from '../../labels.js';
import type { ReadinessJson, RoundReadiness } from './api-types.js';

const LEVEL_LABEL: Record<string, string> = { ready: 'Ready', close: 'Close', 'not-yet': 'Not yet' };

function Trend({ value }: { value: number | undefined }) {
  if (value === undefined || value === 0) return null;
  return (
    <span className={value > 0 ? 'trend up' : 'trend down'} title="Change against a week ago">
      {value > 0 ? '▲' : '▼'} {Math.abs(value)}
    </span>
  );
}

function RoundRow({ r }: { r: RoundReadiness }) {
  return (
    <li className="readiness-row" data-round={r.round}>
      <span className="readiness-round">{roundLabel(r.round)}</span>
      {r.status === 'ok' ? (
        <>
          <span className="meter" role="meter" aria-label={`${roundLabel(r.round)} readiness`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={r.score}>
            <span className={`meter-fill level-${r.level}`} style={{ width: `${r.score}%` }} />
          </span>
          <span className="readiness-score">
            {r.score} <span className={`level level-${r.level}`}>{LEVEL_LABEL[r.level]}</span> <Trend value={r.trend} />
          </span>
        </>
      ) : (
        <span className="readiness-need muted small" title={`Needs ${r.need}`}>
          Not enough data — needs {r.need}
        </span>
      )}
    </li>
  );
}

export function ReadinessPanel({ readiness, loopTitle, compact = false }: { readiness: ReadinessJson; loopTitle?: string | undefined; compact?: boolean }) {
  const o = readiness.overall;
  return (
    <section className="card readiness-panel" aria-labelledby="readiness-heading">
      <h2 id="readiness-heading">Readiness{loopTitle ? <span className="muted small"> · {loopTitle}</span> : null}</h2>
      <div className="readiness-overall" data-testid="overall-readiness">
        {o.status === 'ok' ? (
          <>
            <span className={`big-number level-${o.level}`}>{o.score}</span>
            <span>
              <strong>{LEVEL_LABEL[o.level]}</strong>
              <br />
              <span className="muted small">weakest round: {roundLabel(o.weakest)}</span>
            </span>
          </>
        ) : (
          <>
            <span className="big-number muted">—</span>
            <span>
              <strong>Not enough data</strong>
              <br />
              <span className="muted small">Needs {o.need}.</span>
            </span>
          </>
        )}
      </div>
      <ul className="readiness-rows">
        {readiness.rounds.map((r) => (
          <RoundRow key={r.round} r={r} />
        ))}
      </ul>
      {!compact && (
        <p className="muted small">
          Recent attempts count more (half-life 14 days); a round needs 3 recent attempts on 2+ questions. Overall leans on the weakest round, as a unanimous panel does.{' '}
          <Link to="/progress">See progress</Link>
        </p>
      )}
    </section>
  );
}
