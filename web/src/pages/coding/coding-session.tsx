/** One problem being solved: editor, Run and Submit, results, the timer, the explanation and the reveal. */
import { useRef, useState } from 'react';
import { api } from '../../api/client.js';
import { CodeEditor, type CodeEditorHandle } from './code-editor.js';
import { CodingTimer, useElapsed } from './coding-timer.js';
import type { JudgeResponse, ProblemDetail } from './coding-types.js';
import { ExplainBox } from './explain-box.js';
import { JudgeResults } from './judge-results.js';
import { ProblemStatement } from './problem-statement.js';
import { RevealPanel } from './reveal-panel.js';

const draftKey = (id: string): string => `keeper.coding.${id}`;

function loadDraft(problem: ProblemDetail): string {
  try {
    return localStorage.getItem(draftKey(problem.id)) ?? problem.starter.ts;
  } catch {
    return problem.starter.ts;
  }
}

export function CodingSession({ problem }: { problem: ProblemDetail }) {
  const [startedAt] = useState(() => Date.now());
  const elapsed = useElapsed(startedAt);
  const initial = useRef(loadDraft(problem));
  const code = useRef(initial.current);
  const editor = useRef<CodeEditorHandle>(null);
  const [explanation, setExplanation] = useState('');
  const [busy, setBusy] = useState<'run' | 'submit' | undefined>(undefined);
  const [result, setResult] = useState<JudgeResponse | undefined>(undefined);
  const [reveal, setReveal] = useState<JudgeResponse['reveal']>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  const judge = async (mode: 'run' | 'submit'): Promise<void> => {
    setBusy(mode);
    setError(undefined);
    try {
      const r = await api.post<JudgeResponse>('/judge', {
        problemId: problem.id,
        code: code.current,
        mode,
        durationSeconds: Math.round(elapsed / 1000),
        ...(mode === 'submit' && explanation.trim() ? { explanation } : {}),
      });
      setResult(r);
      if (r.reveal) setReveal(r.reveal);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(undefined);
    }
  };

  const onChange = (text: string): void => {
    code.current = text;
    try {
      localStorage.setItem(draftKey(problem.id), text);
    } catch {
      /* storage full or blocked: the draft just is not kept */
    }
  };

  const reset = (): void => {
    editor.current?.setText(problem.starter.ts);
  };

  return (
    <div className="coding-session">
      <ProblemStatement problem={problem} />
      <div className="coding-work">
        <div className="coding-toolbar">
          <CodingTimer elapsed={elapsed} />
          <div className="actions">
            <button type="button" className="button ghost" onClick={reset} disabled={busy !== undefined}>
              Reset to starter
            </button>
            <button type="button" className="button secondary" onClick={() => void judge('run')} disabled={busy !== undefined}>
              {busy === 'run' ? 'Running…' : 'Run'}
            </button>
            <button type="button" className="button" onClick={() => void judge('submit')} disabled={busy !== undefined}>
              {busy === 'submit' ? 'Submitting…' : 'Submit'}
            </button>
          </div>
        </div>
        <p className="muted small" id="editor-help">
          TypeScript or JavaScript. Declare <code>{problem.entry.kind === 'class' ? `class ${problem.entry.name}` : `function ${problem.entry.name}`}</code> (exported or not). Run checks the public tests; Submit checks them all.
        </p>
        <CodeEditor ref={editor} initial={initial.current} onChange={onChange} label={`Solution for ${problem.title}`} />
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        {result && <JudgeResults result={result} onGoTo={(l, c) => editor.current?.goTo(l, c)} />}
        <ExplainBox problemId={problem.id} text={explanation} onText={setExplanation} fromSubmit={result?.explanation} />
        {reveal && <RevealPanel reveal={reveal} />}
      </div>
    </div>
  );
}
