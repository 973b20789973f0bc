/** The submitted answer, sentence by sentence, so evidence links can point at the words. */
import type { DesignSentence } from './design-types.js';

export function AnswerView({ sentences, highlighted }: { sentences: readonly DesignSentence[]; highlighted: number | undefined }) {
  const prose = sentences.filter((s) => s.kind !== 'diagram');
  const diagram = sentences.filter((s) => s.kind === 'diagram');
  const cls = (s: DesignSentence) => `design-sentence design-${s.kind}${highlighted === s.index ? ' highlighted' : ''}`;
  return (
    <div className="design-answer-view">
      <div className="design-answer-prose">
        {prose.map((s) =>
          s.kind === 'heading' ? (
            <h4 key={s.index} id={`design-sentence-${s.index}`} className={cls(s)} tabIndex={-1}>
              {s.text}
            </h4>
          ) : (
            <span key={s.index} id={`design-sentence-${s.index}`} className={cls(s)} tabIndex={-1}>
              <sup className="muted">{s.index + 1}</sup> {s.text}{' '}
            </span>
          ),
        )}
      </div>
      {diagram.length > 0 && (
        <div>
          <h4>From your diagram</h4>
          <ul className="design-diagram-lines">
            {diagram.map((s) => (
              <li key={s.index} id={`design-sentence-${s.index}`} className={cls(s)} tabIndex={-1}>
                <sup className="muted">{s.index + 1}</sup> {s.text}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
