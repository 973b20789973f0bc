/** System design practice: pick a prompt, design it in 45 minutes with text and a Mermaid diagram, get rubric feedback. */
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { Question } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { DesignSession } from './design-session.js';
import { PromptPicker } from './prompt-picker.js';
import './design.css';

export function DesignPage() {
  const [params, setParams] = useSearchParams();
  const { data: questions, error } = useApi<Question[]>('/questions?category=system-design');
  const [busy, setBusy] = useState(false);
  const wanted = params.get('question');
  const selected = questions?.find((q) => q.id === wanted) ?? questions?.[0];
  return (
    <div className="page design-page">
      <h1>System design</h1>
      <p className="lead">Design at Netflix scale in 45 minutes. Write freely or under section headings, sketch the architecture in Mermaid, then see which rubric points you covered — and where.</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!questions && !error && <p className="muted">Loading prompts…</p>}
      {questions && questions.length === 0 && <p className="empty">The content pack has no system-design questions.</p>}
      {selected && questions && (
        <>
          <PromptPicker questions={questions} selected={selected} disabled={busy} onSelect={(id) => setParams({ question: id })} />
          <DesignSession key={selected.id} question={selected} onBusy={setBusy} />
        </>
      )}
    </div>
  );
}
