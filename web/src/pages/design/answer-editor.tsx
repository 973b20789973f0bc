/** The answer: free text or Markdown with optional section headings. */
import { SECTION_TEMPLATE } from './design-types.js';

export function AnswerEditor({ value, onChange, disabled }: { value: string; onChange(v: string): void; disabled: boolean }) {
  const words = value.split(/\s+/).filter(Boolean).length;
  return (
    <div className="design-editor">
      <div className="design-pane-head">
        <label id="design-answer-label" htmlFor="design-answer">Your design</label>
        <button
          type="button"
          className="button ghost small"
          disabled={disabled}
          onClick={() => onChange(value.trim() ? `${value.replace(/\s*$/, '')}\n\n${SECTION_TEMPLATE}` : SECTION_TEMPLATE)}
        >
          Insert section headings
        </button>
      </div>
      <textarea
        id="design-answer"
        rows={22}
        value={value}
        disabled={disabled}
        placeholder={'Write freely, or use headings like "## Requirements", "## API", "## Failure handling".'}
        onChange={(e) => onChange(e.target.value)}
      />
      <p className="muted small" aria-live="polite">{words} words</p>
    </div>
  );
}
