/** "Explain your approach": the candidate's reasoning, analysed for complexity, edge cases and trade-offs. */
import { useState } from 'react';
import { api } from '../../api/client.js';
import type { ApproachAnalysis } from './coding-types.js';

interface Props {
  readonly problemId: string;
  readonly text: string;
  readonly onText: (text: string) => void;
  /** The analysis that came back with a Submit, if any. */
  readonly fromSubmit?: ApproachAnalysis | undefined;
}

function Bound({ label, value }: { label: string; value: ApproachAnalysis['time'] }) {
  return (
    <li>
      <strong>{label}:</strong>{' '}
      {value.stated ? (
        <>
          {value.all.join(', ')}{' '}
          {value.matchesReference === true && <span className="chip chip-good">matches the reference</span>}
          {value.matchesReference === false && <span className="chip chip-warn">check against the reference</span>}
        </>
      ) : (
        <span className="muted">not stated</span>
      )}
    </li>
  );
}

export function ApproachAnalysisView({ analysis }: { analysis: ApproachAnalysis }) {
  return (
    <div className="approach-analysis" data-testid="approach-analysis">
      <p>
        <strong>Explanation score: {analysis.score}/100</strong> <span className="muted small">({analysis.words} words)</span>
      </p>
      <ul className="plain">
        <Bound label="Time" value={analysis.time} />
        <Bound label="Space" value={analysis.space} />
        <li>
          <strong>Edge cases covered:</strong> {analysis.edgeCases.mentioned.length > 0 ? analysis.edgeCases.mentioned.length : 'none yet'}
          {analysis.edgeCases.missing.length > 0 && <span className="muted"> · not mentioned: {analysis.edgeCases.missing.length}</span>}
        </li>
        <li>
          <strong>Data structures:</strong> {analysis.dataStructures.length > 0 ? analysis.dataStructures.join(', ') : <span className="muted">none named</span>}
        </li>
        <li>
          <strong>Trade-offs:</strong>{' '}
          {analysis.tradeOffs.length > 0 ? (
            <q>{analysis.tradeOffs[0]}</q>
          ) : (
            <span className="muted">none discussed</span>
          )}
        </li>
      </ul>
      {analysis.tips.length > 0 && (
        <>
          <h4>To say next</h4>
          <ul>
            {analysis.tips.map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function ExplainBox({ problemId, text, onText, fromSubmit }: Props) {
  const [analysis, setAnalysis] = useState<ApproachAnalysis | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const shown = analysis ?? fromSubmit;
  const analyse = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      setAnalysis(await api.post<ApproachAnalysis>('/coding/explain', { problemId, text }));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card explain-box" aria-labelledby="explain-title">
      <h2 id="explain-title">Explain your approach</h2>
      <p className="muted small">Netflix interviewers grade the reasoning you say out loud: the data structures, the time and space complexity, the edge cases and what you traded off.</p>
      <label className="field">
        <span>Your explanation</span>
        <textarea rows={5} value={text} onChange={(e) => onText(e.target.value)} placeholder="I keep a map from key to … get is O(1) because … I handle … I chose … over … because …" />
      </label>
      <div className="actions">
        <button type="button" className="button secondary" onClick={() => void analyse()} disabled={busy || text.trim() === ''}>
          {busy ? 'Analysing…' : 'Analyse explanation'}
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {shown && <ApproachAnalysisView analysis={shown} />}
    </section>
  );
}
