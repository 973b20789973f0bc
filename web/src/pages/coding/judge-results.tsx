/** The verdict and per-test results of a Run or Submit. */
import { VERDICT_LABEL, type JudgeResponse } from './coding-types.js';

interface Props {
  readonly result: JudgeResponse;
  readonly onGoTo: (line: number, column: number) => void;
}

export function JudgeResults({ result, onGoTo }: Props) {
  const ok = result.verdict === 'accepted';
  return (
    <section className="card judge-results" aria-labelledby="judge-results-title" aria-live="polite">
      <h2 id="judge-results-title" className={`verdict verdict-${result.verdict}`}>
        {VERDICT_LABEL[result.verdict]}
      </h2>
      <p className="muted">
        {result.mode === 'run' ? 'Public tests' : 'All tests'}: <strong data-testid="passed-count">{result.passed}</strong> of {result.total} passed · {result.ms} ms
        {!ok && result.verdict !== 'compile-error' ? ` — ${result.message.replace(/^\d+ of \d+ tests passed; /, '')}` : ''}
      </p>
      {result.diagnostics && result.diagnostics.length > 0 && (
        <ul className="diagnostics">
          {result.diagnostics.map((d, i) => (
            <li key={i}>
              <button type="button" className="link-button" onClick={() => onGoTo(d.line, d.column)}>
                line {d.line}:{d.column}
              </button>{' '}
              {d.message}
            </li>
          ))}
        </ul>
      )}
      {result.tests.length > 0 && (
        <ol className="test-list">
          {result.tests.map((t, i) => (
            <li key={i} className={t.passed ? 'test pass' : 'test fail'}>
              <span className="test-mark" aria-hidden="true">
                {t.passed ? '✓' : '✗'}
              </span>
              <span className="test-name">{t.name}</span>
              <span className={`chip ${t.visibility === 'hidden' ? 'chip-hidden' : 'chip-public'}`}>{t.visibility}</span>
              {t.visibility === 'hidden' && <span className="chip">{t.category}</span>}
              <span className="muted small">{t.ms} ms</span>
              <span className="sr-only">{t.passed ? 'passed' : 'failed'}</span>
              {!t.passed && t.message && <pre className="test-message">{t.message}</pre>}
              {t.output && (
                <details className="test-output">
                  <summary>Console output</summary>
                  <pre>{t.output}</pre>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
