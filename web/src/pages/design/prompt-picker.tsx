/** Choose the design prompt; shows how to approach it. */
import type { Question } from '../../api/types.js';
import { levelLabel } from '../../labels.js';

export function PromptPicker({ questions, selected, onSelect, disabled }: { questions: readonly Question[]; selected: Question; onSelect(id: string): void; disabled: boolean }) {
  return (
    <section className="card design-prompt" aria-labelledby="design-prompt-title">
      <label className="field">
        Design prompt
        <select value={selected.id} onChange={(e) => onSelect(e.target.value)} disabled={disabled}>
          {questions.map((q) => (
            <option key={q.id} value={q.id}>
              {q.text}
            </option>
          ))}
        </select>
      </label>
      <h2 id="design-prompt-title" className="design-prompt-text">{selected.text}</h2>
      <p className="muted small">
        Levels {selected.levels.map(levelLabel).join(', ')} · rubric of {selected.keyPoints.length} key points
      </p>
      <details>
        <summary>How to approach it</summary>
        <p>{selected.howToAnswer}</p>
      </details>
    </section>
  );
}
