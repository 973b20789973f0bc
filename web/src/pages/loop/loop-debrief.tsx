/** The debrief as a scorecard: the panel's decision, the hiring manager's call, every interviewer's verdict with reasons and quotes, fixes, what to practise next. */
import { Link } from 'react-router-dom';
import { Chip } from '../../components/chips.js';
import { ReportButton } from '../../components/report-links.js';
import { roundLabel } from '../../labels.js';
import type { Debrief, LoopState } from './loop-api.js';
import { VERDICT_TEXT, verdictTone } from './loop-api.js';

export function Scorecard({ debrief, loop }: { debrief: Debrief; loop: LoopState }) {
  const offer = debrief.panel.decision === 'offer';
  return (
    <section className="loop-debrief" aria-labelledby="debrief-title">
      <h2 id="debrief-title">Debrief</h2>
      <div className={`card loop-decision ${offer ? 'offer' : 'no-offer'}`}>
        <p className="loop-decision-title">{offer ? 'Offer' : 'No offer'}</p>
        <p>{debrief.panel.explanation}</p>
        <p className="small">
          <strong>Hiring manager:</strong> {debrief.hiringManager.note}
        </p>
        <p className="muted small">Rule: {debrief.panel.rule}</p>
        <div className="actions">
          <ReportButton kind="loop" id={loop.id} />
        </div>
      </div>

      <h3>Interviewers</h3>
      <div className="loop-verdicts">
        {debrief.rounds.map((v) => (
          <article key={v.roundId} className={`card loop-verdict verdict-${v.verdict}`} aria-label={`${v.title}: ${VERDICT_TEXT[v.verdict]}`}>
            <header>
              <div>
                <strong>{v.title}</strong>
                <div className="muted small">{v.interviewer}</div>
              </div>
              <Chip tone={verdictTone(v.verdict)}>{VERDICT_TEXT[v.verdict]}</Chip>
            </header>
            <div className="loop-score" aria-label={`Score ${v.score} of 100`}>
              <span style={{ width: `${v.score}%` }} />
            </div>
            <ul className="loop-reasons">
              {v.reasons.slice(1).map((r, i) => (
                <li key={i}>{r}</li>
              ))}
            </ul>
            {v.evidence.length > 0 && (
              <div className="loop-evidence">
                {v.evidence.map((e, i) => (
                  <blockquote key={i} className={e.positive ? 'plus' : 'minus'}>
                    <p>“{e.quote}”</p>
                    <footer className="small">{e.note}</footer>
                  </blockquote>
                ))}
              </div>
            )}
          </article>
        ))}
      </div>

      {debrief.topFixes.length > 0 && (
        <>
          <h3>Top fixes across the loop</h3>
          <ol className="loop-fixes">
            {debrief.topFixes.map((f) => (
              <li key={f.text}>
                {f.text} {f.count > 1 && <span className="muted small">({f.count} times, in {f.rounds.join(', ')})</span>}
              </li>
            ))}
          </ol>
        </>
      )}

      {debrief.practiseNext.length > 0 && (
        <>
          <h3>What to practise next</h3>
          <ul className="loop-next">
            {debrief.practiseNext.map((p) => (
              <li key={`${p.kind}-${p.id}`}>
                <Chip tone={p.kind === 'value' ? 'value' : 'round'}>{p.kind === 'value' ? p.id : roundLabel(p.id)}</Chip> {p.why}
                {p.questions.length > 0 && (
                  <span>
                    {' '}
                    Try:{' '}
                    {p.questions.map((q, i) => (
                      <span key={q}>
                        {i > 0 && ', '}
                        <Link to={`/library/${q}`}>{q}</Link>
                      </span>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted small">
        Loop {loop.plan.title}, seed “{loop.plan.seed}”: the same seed and answers give the same questions, follow-ups and debrief.
      </p>
    </section>
  );
}
