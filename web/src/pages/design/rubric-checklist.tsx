/** The rubric: covered points link to the sentences that show them; missing points say why they matter. */
import type { RubricPoint } from './design-types.js';

export function RubricChecklist({ points, onShowSentence }: { points: readonly RubricPoint[]; onShowSentence(index: number): void }) {
  return (
    <ol className="design-rubric">
      {points.map((p) => (
        <li key={p.id} className={p.covered ? 'covered' : 'missing'} data-point={p.id}>
          <span className="design-rubric-mark" aria-hidden="true">{p.covered ? '✓' : '✗'}</span>
          <div>
            <p className="design-rubric-text">
              <span className="visually-hidden">{p.covered ? 'Covered: ' : 'Missing: '}</span>
              {p.text}
            </p>
            {p.covered ? (
              <p className="small design-evidence">
                Shown in{' '}
                {p.evidence.map((i, k) => (
                  <span key={i}>
                    {k > 0 && ', '}
                    <a
                      href={`#design-sentence-${i}`}
                      onClick={(e) => {
                        e.preventDefault();
                        onShowSentence(i);
                      }}
                    >
                      sentence {i + 1}
                    </a>
                  </span>
                ))}
                {p.numbersCited.length > 0 && <span className="muted"> · you quoted {p.numbersCited.join(', ')}</span>}
              </p>
            ) : (
              <div className="small design-missing">
                {p.why && <p>{p.why}</p>}
                {p.numbers.length > 0 && <p className="muted">Real figures to use: {p.numbers.join('; ')}</p>}
              </div>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
