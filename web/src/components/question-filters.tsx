/**
 * The question filter selects shared by the Practice picker and the Progress attempts list: value,
 * round and role, each with an "Any …" choice (the empty value). The caller labels them.
 */
import { roleLabel, roundLabel } from '../labels.js';
import { usePack } from '../pack-context.js';
import { OptionSelect, labelled } from './option-select.js';

interface FilterSelectProps {
  value: string;
  onChange(value: string): void;
  id?: string;
  disabled?: boolean;
}

/** The pack's values, by name. */
export function ValueFilter(props: FilterSelectProps) {
  const pack = usePack();
  return <OptionSelect {...props} options={pack.values.map((v) => ({ id: v.id, label: v.name }))} anyLabel="Any value" />;
}

/** The given round types (the page decides which rounds it covers). */
export function RoundFilter({ rounds, ...props }: FilterSelectProps & { rounds: readonly string[] }) {
  return <OptionSelect {...props} options={labelled(rounds, roundLabel)} anyLabel="Any round" />;
}

/** The pack's roles. */
export function RoleFilter(props: FilterSelectProps) {
  const pack = usePack();
  return <OptionSelect {...props} options={labelled(pack.facets.roles, roleLabel)} anyLabel="Any role" />;
}
