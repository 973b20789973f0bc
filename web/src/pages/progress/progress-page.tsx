/** Progress: readiness, charts per dimension / value / round over time, coding, attempts and per-question history. */
import { useState } from 'react';
import { query } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { roundLabel } from '../../labels.js';
import { usePack } from '../../pack-context.js';
import { tzOffset, type ProgressResponse, type ReadinessResponse } from './api-types.js';
import { AttemptsList } from './attempts-list.js';
import { CodingCharts, SeriesChart } from './charts.js';
import { QuestionHistory } from './question-history.js';
import { ReadinessPanel } from './readiness-panel.js';
import './progress.css';

const DIMENSION_LABELS: Record<string, string> = {
  structure: 'Structure (STAR)',
  specificity: 'Specificity',
  ownership: 'Ownership',
  values: 'Values',
  reflection: 'Reflection',
  fit: 'Fit to question',
  delivery: 'Delivery',
};

export function ProgressPage() {
  const pack = usePack();
  const tz = query({ tz: tzOffset() });
  const progress = useApi<ProgressResponse>(`/progress${tz}`);
  const readiness = useApi<ReadinessResponse>(`/readiness${tz}`);
  const [question, setQuestion] = useState<string | undefined>(undefined);
  const valueName = (id: string) => pack.values.find((v) => v.id === id)?.name ?? id;
  const problemTitle = (id: string) => pack.problems.find((p) => p.id === id)?.title ?? id;
  const p = progress.data;

  return (
    <div className="page progress-page">
      <h1>Progress</h1>
      <p className="lead">
        {p ? `${p.attempts} attempt${p.attempts === 1 ? '' : 's'} on ${p.questions} question${p.questions === 1 ? '' : 's'}.` : 'Your scores over time and how ready you are.'}
      </p>
      {(progress.error || readiness.error) && (
        <p role="alert" className="error">
          {progress.error ?? readiness.error}
        </p>
      )}
      {readiness.data && <ReadinessPanel readiness={readiness.data.readiness} loopTitle={readiness.data.loop?.title} compact />}
      {p && (
        <>
          <h2>Trends</h2>
          <div className="chart-grid">
            <SeriesChart id="chart-dimensions" title="Score per dimension (1–4), daily mean" series={p.dimensions} domain={[1, 4]} label={(k) => DIMENSION_LABELS[k] ?? k} />
            <SeriesChart id="chart-values" title="Score on questions per target value (0–100)" series={p.values} domain={[0, 100]} label={valueName} />
            <SeriesChart id="chart-value-hits" title="Target value shown in the answer (% of answers)" series={p.valueHits} domain={[0, 100]} label={valueName} />
            <SeriesChart id="chart-rounds" title="Score per round type (0–100)" series={p.rounds} domain={[0, 100]} label={roundLabel} />
          </div>
          <h2>Coding</h2>
          <CodingCharts coding={p.coding} title={problemTitle} />
        </>
      )}
      {question && <QuestionHistory questionId={question} onClose={() => setQuestion(undefined)} />}
      <AttemptsList onOpenQuestion={setQuestion} />
    </div>
  );
}
