/**
 * Practice: pick a behavioral or conversational question (or "surprise me" by value, round and
 * role), answer it against a countdown, and get explainable feedback, a follow-up to answer and
 * the history of attempts. The URL holds the question and filters, so a practice link can be shared.
 */
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { query } from '../../api/client.js';
import type { Question } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { readFilters, withFilters } from '../../url-filters.js';
import { PracticeSession } from './practice-session.js';
import { PRACTICE_CATEGORIES } from './practice-types.js';
import { PICKER_FILTERS, QuestionPicker, type PickerFilters } from './question-picker.js';
import './practice.css';

export function PracticePage() {
  const [params, setParams] = useSearchParams();
  const filters: PickerFilters = readFilters(params, PICKER_FILTERS);
  const { data, error } = useApi<Question[]>(`/questions${query({ value: filters.value, round: filters.round, role: filters.role })}`);
  const [busy, setBusy] = useState(false);
  const questions = useMemo(() => (data ?? []).filter((q) => PRACTICE_CATEGORIES.has(q.category) && q.keyPoints.length === 0), [data]);
  const wanted = params.get('question');
  const selected = questions.find((q) => q.id === wanted) ?? questions[0];

  const update = (next: Partial<PickerFilters> & { question?: string }): void => {
    // Only the filters and the question are kept: a fresh set of parameters, empty ones left out.
    setParams(withFilters(new URLSearchParams(), { ...filters, question: selected?.id ?? '', ...next }));
  };

  const surprise = (): void => {
    const pool = questions.length > 1 ? questions.filter((q) => q.id !== selected?.id) : questions;
    const pick = pool[Math.floor(Math.random() * pool.length)];
    if (pick) update({ question: pick.id });
  };

  return (
    <div className="page practice-page">
      <h1>Practice</h1>
      <p className="lead">Answer a behavioral or conversational question against the clock, then see what a sharp interviewer would see — every judgement points at your own words.</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {!data && !error && <p className="muted">Loading questions…</p>}
      {data && (
        <QuestionPicker
          questions={questions}
          selected={selected}
          filters={filters}
          disabled={busy}
          onFilters={(f) => update({ ...f, question: '' })}
          onSelect={(id) => update({ question: id })}
          onSurprise={surprise}
        />
      )}
      {selected && <PracticeSession key={selected.id} question={selected} onBusy={setBusy} />}
    </div>
  );
}
