/** The filter bar of the library: every filter is a labelled control and lives in the URL. */
import type { PackSummary } from '../../api/types.js';
import { categoryLabel, levelLabel, roleLabel, roundLabel } from '../../labels.js';

export interface Filters {
  round: string;
  category: string;
  value: string;
  role: string;
  level: string;
  q: string;
}

export const FILTER_KEYS = ['q', 'round', 'category', 'value', 'role', 'level'] as const;

export function LibraryFilters({ pack, filters, onChange }: { pack: PackSummary; filters: Filters; onChange(next: Partial<Filters>): void }) {
  const select = (key: keyof Filters, label: string, options: { id: string; label: string }[]) => (
    <label className="field">
      <span>{label}</span>
      <select value={filters[key]} onChange={(e) => onChange({ [key]: e.target.value })} name={key}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  const values = pack.values.filter((v) => v.lists.includes('current'));
  const legacy = pack.values.filter((v) => !v.lists.includes('current'));
  return (
    <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label className="field grow">
        <span>Search</span>
        <input
          type="search"
          name="q"
          placeholder="e.g. feedback, CDN, rate limiter"
          value={filters.q}
          onChange={(e) => onChange({ q: e.target.value })}
        />
      </label>
      {select('round', 'Round', pack.facets.rounds.map((id) => ({ id, label: roundLabel(id) })))}
      {select('category', 'Category', pack.facets.categories.map((id) => ({ id, label: categoryLabel(id) })))}
      {select('value', 'Value', [...values, ...legacy].map((v) => ({ id: v.id, label: v.lists.includes('current') ? v.name : `${v.name} (older list)` })))}
      {select('role', 'Role', pack.facets.roles.map((id) => ({ id, label: roleLabel(id) })))}
      {select('level', 'Level', pack.facets.levels.map((id) => ({ id, label: levelLabel(id) })))}
      <button type="button" className="button ghost" onClick={() => onChange({ q: '', round: '', category: '', value: '', role: '', level: '' })}>
        Clear
      </button>
    </form>
  );
}
