/** Where each phase of a good answer appears along the answer (or that it is missing). */
import type { PhaseResult } from './design-types.js';

export function PhaseTimeline({ phases, sentenceCount, onShowSentence }: { phases: readonly PhaseResult[]; sentenceCount: number; onShowSentence(index: number): void }) {
  const n = Math.max(1, sentenceCount);
  return (
    <ol className="design-timeline" aria-label="Phase timeline">
      {phases.map((p) => (
        <li key={p.name} className={p.present ? 'present' : 'absent'} data-phase={p.name}>
          <span className="design-timeline-label">{p.label}</span>
          {p.present ? (
            <span className="design-timeline-track" aria-label={`${p.label}: ${p.evidence.length} sentence(s)`}>
              {p.evidence.map((i) => (
                <button
                  key={i}
                  type="button"
                  className="design-timeline-mark"
                  style={{ left: `${(100 * i) / n}%`, width: `${Math.max(100 / n, 1.2)}%` }}
                  title={`Sentence ${i + 1}`}
                  aria-label={`${p.label}, sentence ${i + 1}`}
                  onClick={() => onShowSentence(i)}
                />
              ))}
            </span>
          ) : (
            <span className="design-timeline-missing small">Missing — {p.hint}</span>
          )}
        </li>
      ))}
    </ol>
  );
}
