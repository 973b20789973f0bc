/** Choose a question: filter by value, round and role, pick one, or let "Surprise me" choose. */
import { useId } from 'react';
import type { Question } from '../../api/types.js';
import { usePack } from '../../pack-context.js';
import { roleLabel, roundLabel } from '../../labels.js';

export interface PickerFilters {
  readonly value: string;
  readonly round: string;
  readonly role: string;
}

export function QuestionPicker({
  questions,
  selected,
  filters,
  disabled,
  onFilters,
  onSelect,
  onSurprise,
}: {
  questions: readonly Question[];
  selected: Question | undefined;
  filters: PickerFilters;
  disabled: boolean;
  onFilters(f: PickerFilters): void;
  onSelect(id: string): void;
  onSurprise(): void;
}) {
  const pack = usePack();
  const id = useId();
  const rounds = pack.facets.rounds.filter((r) => r !== 'system-design' && r !== 'coding');
  return (
    <div className="filters practice-picker">
      <div className="field">
        <label htmlFor={`${id}-value`}>Value</label>
        <select id={`${id}-value`} value={filters.value} disabled={disabled} onChange={(e) => onFilters({ ...filters, value: e.target.value })}>
          <option value="">Any value</option>
          {pack.values.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-round`}>Round</label>
        <select id={`${id}-round`} value={filters.round} disabled={disabled} onChange={(e) => onFilters({ ...filters, round: e.target.value })}>
          <option value="">Any round</option>
          {rounds.map((r) => (
            <option key={r} value={r}>
              {roundLabel(r)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>Role</label>
        <select id={`${id}-role`} value={filters.role} disabled={disabled} onChange={(e) => onFilters({ ...filters, role: e.target.value })}>
          <option value="">Any role</option>
          {pack.facets.roles.map((r) => (
            <option key={r} value={r}>
              {roleLabel(r)}
            </option>
          ))}
        </select>
      </div>
      <div className="field grow">
        <label htmlFor={`${id}-question`}>Question ({questions.length})</label>
        <select id={`${id}-question`} value={selected?.id ?? ''} disabled={disabled || questions.length === 0} onChange={(e) => onSelect(e.target.value)}>
          {questions.length === 0 && <option value="">No question matches these filters</option>}
          {questions.map((q) => (
            <option key={q.id} value={q.id}>
              {q.text}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button secondary" disabled={disabled || questions.length === 0} onClick={onSurprise}>
        Surprise me
      </button>
    </div>
  );
}
