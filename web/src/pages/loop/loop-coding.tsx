/**
 * The coding round's problem and editor, reused from the Coding page: the full statement (signature,
 * constraints, public examples) and the CodeMirror editor, starting from the problem's starter code.
 * The loop's own timer and "Submit solution" run it against all tests, as the round's judge.
 */
import { useEffect, useRef } from 'react';
import { useApi } from '../../api/use-api.js';
import { CodeEditor, type CodeEditorHandle } from '../coding/code-editor.js';
import type { ProblemDetail } from '../coding/coding-types.js';
import { ProblemStatement } from '../coding/problem-statement.js';
import '../coding/coding.css';

export interface CodingAnswerProps {
  readonly problemId: string;
  readonly value: string;
  onChange(code: string): void;
}

export function CodingAnswer({ problemId, value, onChange }: CodingAnswerProps) {
  const { data: problem, error } = useApi<ProblemDetail>(`/problems/${encodeURIComponent(problemId)}`);
  const editor = useRef<CodeEditorHandle>(null);
  const shown = useRef(value);

  // A fresh prompt starts from the starter code; a restored draft is kept.
  useEffect(() => {
    if (problem && !value.trim()) onChange(problem.starter.ts);
    // Only when the problem arrives: later edits belong to the candidate.
  }, [problem]);

  // The editor owns its text; text set from outside (a draft restored after a reload, the starter) is pushed in.
  useEffect(() => {
    if (value !== shown.current) {
      shown.current = value;
      editor.current?.setText(value);
    }
  }, [value]);

  return (
    <div className="loop-coding">
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {problem && (
        <details className="loop-problem" open>
          <summary>The problem: statement, signature and examples</summary>
          <ProblemStatement problem={problem} />
        </details>
      )}
      <CodeEditor
        ref={editor}
        initial={value}
        label="Your solution (TypeScript)"
        onChange={(text) => {
          shown.current = text;
          onChange(text);
        }}
      />
    </div>
  );
}
