/** After a Submit: the reference solution, its complexity, the edge cases and the interviewer's follow-ups. */
import { CodeEditor } from './code-editor.js';
import type { JudgeResponse } from './coding-types.js';

export function RevealPanel({ reveal }: { reveal: NonNullable<JudgeResponse['reveal']> }) {
  return (
    <section className="card reveal-panel" aria-labelledby="reveal-title">
      <h2 id="reveal-title">After the round</h2>
      {reveal.complexity && (
        <p>
          <strong>Reference complexity:</strong> {reveal.complexity}
        </p>
      )}
      <h3>Follow-up questions</h3>
      <ol className="follow-ups">
        {reveal.followUps.map((f, i) => (
          <li key={i}>{f}</li>
        ))}
      </ol>
      <h3>Edge cases the tests check</h3>
      <ul>
        {reveal.edgeCases.map((e, i) => (
          <li key={i}>{e}</li>
        ))}
      </ul>
      {reveal.reference && (
        <details className="reference" open>
          <summary>Reference solution</summary>
          <CodeEditor initial={reveal.reference} readOnly label="Reference solution" />
        </details>
      )}
    </section>
  );
}
