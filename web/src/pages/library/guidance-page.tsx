/** Levels & pitfalls: what each level is expected to show, common failure modes with fixes, and the checklist. */
import { Link } from 'react-router-dom';
import { levelLabel } from '../../labels.js';
import { usePack } from '../../pack-context.js';
import { LibraryNav } from './library-nav.js';

export function GuidancePage() {
  const { guidance } = usePack();
  return (
    <div className="page library-section">
      <LibraryNav />
      <h1>Levels &amp; pitfalls</h1>
      <p className="lead">What the panel expects at each level, the mistakes that most often sink a loop and how to avoid them, and the checklist for the days before.</p>
      <nav aria-label="On this page" className="toc small">
        <a href="#levels">Levels</a> · <a href="#failure-modes">Failure modes</a> · <a href="#checklist">Checklist</a>
      </nav>

      <section aria-labelledby="levels">
        <h2 id="levels">Level expectations</h2>
        <div className="level-grid">
          {guidance.levels.map((l) => (
            <article key={l.level} className="card level-card" aria-labelledby={`level-${l.level}`}>
              <h3 id={`level-${l.level}`}>
                <span className="level-badge">{levelLabel(l.level)}</span> {l.title}
              </h3>
              <p className="muted">{l.scope}</p>
              <ul>
                {l.expectations.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
              {l.designDepth && (
                <p className="small">
                  <strong>Design depth: </strong>
                  {l.designDepth}
                </p>
              )}
              {l.behavioralFocus && (
                <p className="small">
                  <strong>Behavioral focus: </strong>
                  {l.behavioralFocus}
                </p>
              )}
            </article>
          ))}
        </div>
      </section>

      <section aria-labelledby="failure-modes">
        <h2 id="failure-modes">Common failure modes ({guidance.failureModes.length})</h2>
        <ul className="failure-list">
          {guidance.failureModes.map((f) => (
            <li key={f.id} className="card failure-card" aria-labelledby={`failure-${f.id}`}>
              <h3 id={`failure-${f.id}`}>{f.title}</h3>
              <p>{f.description}</p>
              <p className="fix">
                <strong>Fix: </strong>
                {f.fix}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="checklist">
        <h2 id="checklist">Pre-interview checklist</h2>
        <p className="muted">
          Read-only here; tick items off on the <Link to="/">Dashboard</Link>. Items marked “tracked” are ticked by Keeper from your practice.
        </p>
        <ul className="checklist-read card">
          {guidance.checklist.map((c) => (
            <li key={c.id}>
              <span>{c.text}</span>
              {c.auto && <span className="chip chip-good">tracked</span>}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
