/** Feedback after submitting: score, rubric checklist, phase timeline, follow-up, fixes, numbers, outline. */
import { useState } from 'react';
import { Chip } from '../../components/chips.js';
import { AnswerView } from './answer-view.js';
import type { DesignAnalysis } from './design-types.js';
import { PhaseTimeline } from './phase-timeline.js';
import { RubricChecklist } from './rubric-checklist.js';

const VERDICT: Record<string, { label: string; tone: 'good' | 'warn' | 'bad' }> = {
  'strong-hire': { label: 'Strong hire', tone: 'good' },
  hire: { label: 'Hire', tone: 'good' },
  'no-hire': { label: 'No hire', tone: 'warn' },
  'strong-no-hire': { label: 'Strong no hire', tone: 'bad' },
};

const DIMENSION_LABELS: Record<string, string> = {
  coverage: 'Rubric coverage',
  structure: 'Structure',
  quantitative: 'Numbers',
  'trade-offs': 'Trade-offs',
  scale: 'Netflix scale',
  'failure-handling': 'Failure handling',
};

export function DesignResults({ analysis, outline }: { analysis: DesignAnalysis; outline: readonly string[] }) {
  const [highlighted, setHighlighted] = useState<number | undefined>(undefined);
  const verdict = VERDICT[analysis.verdict] ?? { label: analysis.verdict, tone: 'warn' as const };
  const show = (i: number) => {
    setHighlighted(i);
    const el = document.getElementById(`design-sentence-${i}`);
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el?.focus({ preventScroll: true });
  };
  const { rubric, quantitative: q } = analysis;
  return (
    <section className="design-results" aria-labelledby="design-feedback">
      <div className="card design-score">
        <h2 id="design-feedback">Feedback</h2>
        <p className="design-score-line">
          <strong className="design-score-number">{analysis.score}</strong>
          <span className="muted">/100</span> <Chip tone={verdict.tone}>{verdict.label}</Chip>
          <span className="muted small">
            {' '}
            · {rubric.covered} of {rubric.total} key points · {analysis.stats.words} words
          </span>
        </p>
        <ul className="chips design-dimensions" aria-label="Dimensions">
          {analysis.dimensions.map((d) => (
            <li key={d.name}>
              <Chip tone={d.score >= 3 ? 'good' : d.score === 2 ? 'warn' : 'bad'} title={d.reason}>
                {DIMENSION_LABELS[d.name] ?? d.name} {d.score}/4
              </Chip>
            </li>
          ))}
        </ul>
      </div>

      <div className="card design-followup">
        <h3>The interviewer asks next</h3>
        <p className="design-followup-text">{analysis.followUp}</p>
        {analysis.fixes.length > 0 && (
          <>
            <h3>Most valuable fixes</h3>
            <ol className="design-fixes">
              {analysis.fixes.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ol>
          </>
        )}
      </div>

      <div className="two-col design-results-grid">
        <section className="card" aria-labelledby="design-rubric-title">
          <h3 id="design-rubric-title">
            Rubric checklist ({rubric.covered}/{rubric.total})
          </h3>
          <RubricChecklist points={rubric.points} onShowSentence={show} />
        </section>
        <div className="design-side">
          <section className="card" aria-labelledby="design-phases-title">
            <h3 id="design-phases-title">Phase timeline</h3>
            <PhaseTimeline phases={analysis.phases} sentenceCount={analysis.sentences.length} onShowSentence={show} />
          </section>
          <section className="card" aria-labelledby="design-numbers-title">
            <h3 id="design-numbers-title">Numbers and trade-offs</h3>
            {q.estimates.length === 0 ? (
              <p className="muted small">No estimates with units.</p>
            ) : (
              <p className="small">
                Figures: {q.estimates.slice(0, 12).map((e) => e.text).join(' · ')}
                <br />
                {q.usedInDecisions ? 'Your numbers drive at least one decision.' : 'None of the numbers drives a decision yet.'}
              </p>
            )}
            {analysis.tradeOffs.length === 0 ? (
              <p className="muted small">No trade-off statements.</p>
            ) : (
              <ul className="small design-tradeoffs">
                {analysis.tradeOffs.map((t) => (
                  <li key={t.sentence}>
                    <a href={`#design-sentence-${t.sentence}`} onClick={(e) => { e.preventDefault(); show(t.sentence); }}>
                      {t.alternative ? `instead of ${t.alternative}` : 'trade-off'}
                    </a>
                    {t.reason ? ` — because ${t.reason}` : ''} {t.complete ? '' : <span className="muted">(add the reason or the alternative)</span>}
                  </li>
                ))}
              </ul>
            )}
            {analysis.scale.missing.length > 0 && <p className="small muted">Netflix-scale topics not shown: {analysis.scale.missing.join(', ')}.</p>}
          </section>
          {analysis.flags.length > 0 && (
            <section className="card" aria-labelledby="design-flags-title">
              <h3 id="design-flags-title">Flags</h3>
              <ul className="small">
                {analysis.flags.map((f) => (
                  <li key={f.code}>{f.message}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>

      <section className="card" aria-labelledby="design-outline-title">
        <h3 id="design-outline-title">Reference outline of a strong answer</h3>
        <ol className="design-outline">
          {outline.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ol>
      </section>

      <section className="card" aria-labelledby="design-answer-title">
        <h3 id="design-answer-title">Your answer, sentence by sentence</h3>
        <AnswerView sentences={analysis.sentences} highlighted={highlighted} />
      </section>
    </section>
  );
}
