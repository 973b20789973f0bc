/** The diagram: Mermaid text rendered live; its node and edge labels count as part of the answer. */
import { useEffect, useState } from 'react';
import { EXAMPLE_DIAGRAM } from './design-types.js';
import { renderMermaid, type RenderResult } from './mermaid-render.js';

export function DiagramPane({ value, onChange, disabled }: { value: string; onChange(v: string): void; disabled: boolean }) {
  const [result, setResult] = useState<RenderResult | undefined>(undefined);
  useEffect(() => {
    if (!value.trim()) {
      setResult(undefined);
      return;
    }
    let cancelled = false;
    const t = setTimeout(() => {
      void renderMermaid(value).then((r) => {
        if (!cancelled) setResult(r);
      });
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(t);
    };
  }, [value]);

  return (
    <div className="design-diagram">
      <div className="design-pane-head">
        <label id="design-diagram-label" htmlFor="design-diagram-text">Diagram (Mermaid)</label>
        {!value.trim() && (
          <button type="button" className="button ghost small" disabled={disabled} onClick={() => onChange(EXAMPLE_DIAGRAM)}>
            Start from an example
          </button>
        )}
      </div>
      <textarea
        id="design-diagram-text"
        rows={8}
        value={value}
        disabled={disabled}
        spellCheck={false}
        placeholder={'flowchart LR\n  Client -->|play| Gateway'}
        onChange={(e) => onChange(e.target.value)}
      />
      <div className="design-diagram-preview" data-testid="diagram-preview" role="figure" aria-label="Rendered diagram">
        {result?.ok === true && <div className="design-diagram-svg" dangerouslySetInnerHTML={{ __html: result.svg }} />}
        {result?.ok === false && <p className="muted small" role="status">{result.message}</p>}
        {!result && <p className="muted small">The rendered diagram appears here. Labels on boxes and arrows count as part of your answer.</p>}
      </div>
    </div>
  );
}
