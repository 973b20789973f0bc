/**
 * Feedback on one answer: score and verdict, the answer tinted by STAR part, value chips that
 * highlight their evidence on hover or focus, dimension scores with reasons, flags and fixes.
 */
import { useState } from 'react';
import { Chip } from '../../components/chips.js';
import { usePack } from '../../pack-context.js';
import { AnswerView, STAR_NAMES } from './answer-view.js';
import type { BehavioralAnalysis, StarLabel } from './practice-types.js';

const VERDICT: Record<BehavioralAnalysis['verdict'], { label: string; tone: 'good' | 'warn' | 'bad' }> = {
  'strong-hire': { label: 'Strong hire', tone: 'good' },
  hire: { label: 'Hire', tone: 'good' },
  'no-hire': { label: 'No hire', tone: 'warn' },
  'strong-no-hire': { label: 'Strong no hire', tone: 'bad' },
};
const PARTS: readonly StarLabel[] = ['situation', 'task', 'action', 'result'];

function useHighlight() {
  const [highlighted, setHighlighted] = useState<ReadonlySet<number>>(new Set());
  const bind = (evidence: readonly number[]) => ({
    onMouseEnter: () => setHighlighted(new Set(evidence)),
    onMouseLeave: () => setHighlighted(new Set()),
    onFocus: () => setHighlighted(new Set(evidence)),
    onBlur: () => setHighlighted(new Set()),
  });
  return { highlighted, bind };
}

export function FeedbackView({ analysis, answer, title = 'Feedback' }: { analysis: BehavioralAnalysis; answer: string; title?: string }) {
  const pack = usePack();
  const { highlighted, bind } = useHighlight();
  const verdict = VERDICT[analysis.verdict];
  const valueName = (id: string): string => pack.values.find((v) => v.id === id)?.name ?? id;
  return (
    <section className="feedback card" aria-label={title}>
      <div className="feedback-head">
        <h2>{title}</h2>
        <div className="score" aria-label={`Score ${analysis.score} out of 100`}>
          <span className="score-number">{analysis.score}</span>
          <span className="muted">/100</span>
        </div>
        <Chip tone={verdict.tone}>{verdict.label}</Chip>
      </div>

      <h3>Your answer, by STAR part</h3>
      <div className="star-legend chips" aria-label="STAR parts">
        {PARTS.map((p) => (
          <span key={p} className={`chip legend star-${p}`}>
            {STAR_NAMES[p]} {Math.round((analysis.star.shares[p as keyof typeof analysis.star.shares] ?? 0) * 100)}%
          </span>
        ))}
        {analysis.star.missing.map((m) => (
          <Chip key={m} tone="bad">
            no {m}
          </Chip>
        ))}
      </div>
      <AnswerView text={answer} sentences={analysis.sentences} highlighted={highlighted} />

      <h3>Values</h3>
      {analysis.values.length === 0 && analysis.missingValues.length === 0 && <p className="muted">No value shows clearly in this answer.</p>}
      <div className="chips value-chips">
        {analysis.values.map((v) => (
          <button
            key={v.value}
            type="button"
            className={`chip chip-value value-chip${v.target ? ' target' : ''}`}
            aria-label={`${v.name}${v.target ? ' (targeted)' : ''}: shown in sentence${v.evidence.length > 1 ? 's' : ''} ${v.evidence.map((e) => e + 1).join(', ')}`}
            title={v.behaviours.map((b) => `${b.behaviour} ("${b.cue}")`).join('\n')}
            {...bind(v.evidence)}
          >
            {v.name}
            {v.target ? ' ★' : ''} <span className="count">{v.evidence.length}</span>
          </button>
        ))}
        {analysis.missingValues.map((id) => (
          <span key={id} className="chip chip-warn" title="The question targets this value; the answer does not show it">
            {valueName(id)}: not shown
          </span>
        ))}
      </div>

      <h3>Dimensions</h3>
      <ul className="dimensions">
        {analysis.dimensions.map((d) => (
          <li key={d.name} tabIndex={0} className="dimension" {...bind(d.evidence)}>
            <span className="dimension-name">{d.name}</span>
            <span className="dimension-score" aria-label={`${d.score} out of 4`}>
              {[1, 2, 3, 4].map((n) => (
                <span key={n} className={`pip${n <= d.score ? ' on' : ''} s${d.score}`} />
              ))}
              <span className="dimension-number">{d.score}/4</span>
            </span>
            <span className="dimension-reason">{d.reason}</span>
          </li>
        ))}
      </ul>

      {analysis.flags.length > 0 && (
        <>
          <h3>Flags</h3>
          <ul className="flags">
            {analysis.flags.map((f) => (
              <li key={f.code} tabIndex={f.evidence.length > 0 ? 0 : -1} className={`flag flag-${f.severity}`} {...bind(f.evidence)}>
                <Chip tone={f.severity === 'major' ? 'bad' : f.severity === 'minor' ? 'warn' : 'neutral'}>{f.code}</Chip> {f.message}
              </li>
            ))}
          </ul>
        </>
      )}

      <h3>Three fixes worth the most</h3>
      <ol className="fixes">
        {analysis.fixes.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ol>
      <p className="muted delivery-line">
        {analysis.delivery.words} words · about {analysis.delivery.seconds} s spoken at {analysis.delivery.wpm} wpm{analysis.delivery.measured ? ' (measured)' : ''}
      </p>
    </section>
  );
}
