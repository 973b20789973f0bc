/** The problem as the candidate reads it: statement, signature, constraints and worked examples. */
import type { ProblemDetail } from './coding-types.js';
import { Markdown } from './markdown.js';

export function ProblemStatement({ problem }: { problem: ProblemDetail }) {
  return (
    <section className="card problem-statement" aria-labelledby="problem-title">
      <h2 id="problem-title">
        {problem.title} <span className={`chip chip-${problem.difficulty}`}>{problem.difficulty}</span>
      </h2>
      <Markdown source={problem.statement} />
      <h3>Signature</h3>
      <pre className="signature">
        <code>{problem.signature}</code>
      </pre>
      <h3>Constraints</h3>
      <ul>
        {problem.constraints.map((c, i) => (
          <li key={i}>{c}</li>
        ))}
      </ul>
      <h3>Examples</h3>
      {problem.examples.map((e) => (
        <details key={e.name} className="example">
          <summary>{e.name}</summary>
          <pre>{e.lines.join('\n')}</pre>
        </details>
      ))}
      <p className="muted small">
        Submit also runs {problem.hiddenTests} hidden tests; a failing hidden test names its category, not its input. Limits: {problem.limits.timeMsPerTest} ms per test, {problem.limits.memoryMb} MB.
      </p>
    </section>
  );
}
