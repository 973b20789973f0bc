/** Choose a question: filter by value, round and role, pick one, or let "Surprise me" choose. */
import { useId } from 'react';
import type { Question } from '../../api/types.js';
import { RoleFilter, RoundFilter, ValueFilter } from '../../components/question-filters.js';
import { usePack } from '../../pack-context.js';

/** The picker's filters, kept in the URL under these keys. */
export const PICKER_FILTERS = ['value', 'round', 'role'] as const;
export type PickerFilters = Readonly<Record<(typeof PICKER_FILTERS)[number], string>>;

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
        <ValueFilter id={`${id}-value`} value={filters.value} disabled={disabled} onChange={(value) => onFilters({ ...filters, value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-round`}>Round</label>
        <RoundFilter id={`${id}-round`} rounds={rounds} value={filters.round} disabled={disabled} onChange={(round) => onFilters({ ...filters, round })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>Role</label>
        <RoleFilter id={`${id}-role`} value={filters.role} disabled={disabled} onChange={(role) => onFilters({ ...filters, role })} />
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
