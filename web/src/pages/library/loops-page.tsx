/** Every interview loop in the pack: role, levels, summary, timeline and its rounds at a glance. */
import { Link } from 'react-router-dom';
import { Chip } from '../../components/chips.js';
import { levelLabel, roleLabel } from '../../labels.js';
import { usePack } from '../../pack-context.js';
import { LibraryNav } from './library-nav.js';

export function LoopsPage() {
  const pack = usePack();
  return (
    <div className="page library-section">
      <LibraryNav />
      <h1>Interview loops</h1>
      <p className="lead">
        The {pack.loops.length} loops in this pack: who you meet, in what order, for how long, and how the decision is made.
      </p>
      <ul className="loop-list">
        {pack.loops.map((loop) => {
          const minutes = loop.rounds.reduce((sum, r) => sum + r.minutes, 0);
          return (
            <li key={loop.id} className="card loop-card">
              <h2 className="loop-card-title">
                <Link to={`/library/loops/${loop.id}`}>{loop.title}</Link>
              </h2>
              <div className="chips">
                <Chip tone="round">{roleLabel(loop.role)}</Chip>
                {loop.levels.map((l) => (
                  <Chip key={l}>{levelLabel(l)}</Chip>
                ))}
                <span className="muted small">
                  {loop.rounds.length} rounds · about {Math.round(minutes / 6) / 10} h of interviews
                </span>
              </div>
              <p>{loop.summary}</p>
              <p className="small">
                <strong>Timeline: </strong>
                {loop.timeline}
              </p>
              <ol className="round-strip" aria-label={`Rounds of the ${loop.title} loop`}>
                {loop.rounds.map((r) => (
                  <li key={r.id}>
                    {r.title} <span className="muted">{r.minutes}′</span>
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
