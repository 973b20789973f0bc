/** One question: why it is asked, how to answer, what is evaluated, follow-ups, red flags, key points, sample. */
import { Link, useParams } from 'react-router-dom';
import type { Question } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Chip } from '../../components/chips.js';
import { categoryLabel, levelLabel, roleLabel, roundLabel } from '../../labels.js';
import { usePack } from '../../pack-context.js';
import { LibraryNav } from './library-nav.js';

export function QuestionPage() {
  const { id = '' } = useParams();
  const pack = usePack();
  const { data: q, error } = useApi<Question>(`/questions/${encodeURIComponent(id)}`);
  if (error) {
    return (
      <div className="page">
        <p role="alert" className="error">{error}</p>
        <Link to="/library">Back to the library</Link>
      </div>
    );
  }
  if (!q) return <div className="page"><p className="muted">Loading…</p></div>;
  const valueName = (v: string) => pack.values.find((x) => x.id === v)?.name ?? v;
  const sample = q.sample;
  return (
    <article className="page question-page">
      <LibraryNav />
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/library">Library</Link> › <span>{categoryLabel(q.category)}</span>
      </nav>
      <h1>{q.text}</h1>
      <div className="chips">
        <Chip tone="round">{roundLabel(q.round)}</Chip>
        {q.category !== q.round && <Chip>{categoryLabel(q.category)}</Chip>}
        {q.values.map((v) => (
          <Chip key={v} tone="value">{valueName(v)}</Chip>
        ))}
        <span className="muted small">
          {q.roles.map(roleLabel).join(', ')} · {q.levels.map(levelLabel).join(', ')}
          {q.targetSeconds ? ` · aim for ${Math.round(q.targetSeconds[0] / 60 * 10) / 10}–${Math.round(q.targetSeconds[1] / 60 * 10) / 10} min spoken` : ''}
        </span>
      </div>
      <div className="actions">
        {q.category === 'system-design' ? (
          <Link className="button" to={`/design?question=${q.id}`}>Practise this design</Link>
        ) : (
          <Link className="button" to={`/practice?question=${q.id}`}>Practise this question</Link>
        )}
      </div>
      <section aria-labelledby="why">
        <h2 id="why">Why it is asked</h2>
        <p>{q.why}</p>
      </section>
      <section aria-labelledby="how">
        <h2 id="how">How to answer</h2>
        <p>{q.howToAnswer}</p>
      </section>
      <div className="two-col">
        <section aria-labelledby="evaluated">
          <h2 id="evaluated">What is evaluated</h2>
          <ul>{q.evaluated.map((e) => <li key={e}>{e}</li>)}</ul>
        </section>
        <section aria-labelledby="redflags">
          <h2 id="redflags">Red flags</h2>
          <ul className="red-flags">{q.redFlags.map((e) => <li key={e}>{e}</li>)}</ul>
        </section>
      </div>
      <section aria-labelledby="followups">
        <h2 id="followups">Follow-ups the interviewer may ask</h2>
        <ol>{q.followUps.map((e) => <li key={e}>{e}</li>)}</ol>
      </section>
      {q.keyPoints.length > 0 && (
        <section aria-labelledby="keypoints">
          <h2 id="keypoints">Rubric key points ({q.keyPoints.length})</h2>
          <ol className="key-points">
            {q.keyPoints.map((k) => (
              <li key={k.id}>
                <strong>{k.text}</strong>
                {k.numbers.length > 0 && <span className="numbers"> — {k.numbers.join('; ')}</span>}
                {k.why && <p className="muted small">{k.why}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
      <section aria-labelledby="sample">
        <h2 id="sample">A strong answer</h2>
        <details className="sample">
          <summary>Show the sample answer (try your own first)</summary>
          {'star' in sample ? (
            <dl className="star-sample">
              {(['situation', 'task', 'action', 'result'] as const).map((part) => (
                <div key={part} className={`star-${part}`}>
                  <dt>{part[0]?.toUpperCase() + part.slice(1)}</dt>
                  <dd>{sample.star[part]}</dd>
                </div>
              ))}
            </dl>
          ) : 'text' in sample ? (
            <p>{sample.text}</p>
          ) : (
            <ol>{sample.outline.map((o) => <li key={o}>{o}</li>)}</ol>
          )}
        </details>
      </section>
    </article>
  );
}
