/** The labelled Role and Level selects used where a loop is chosen (dashboard interview prep, mock loop). */
import { levelLabel, roleLabel } from '../labels.js';
import { OptionSelect, labelled } from './option-select.js';

export function RoleLevelFields({
  roles,
  levels,
  role,
  level,
  onRole,
  onLevel,
  anyLevel,
}: {
  roles: readonly string[];
  levels: readonly string[];
  role: string;
  level: string;
  onRole(role: string): void;
  onLevel(level: string): void;
  /** Text of a first level choice meaning "no particular level" (the empty value); without it a level must be chosen. */
  anyLevel?: string;
}) {
  return (
    <>
      <label className="field">
        Role
        <OptionSelect value={role} options={labelled(roles, roleLabel)} onChange={onRole} />
      </label>
      <label className="field">
        Level
        <OptionSelect value={level} options={labelled(levels, levelLabel)} onChange={onLevel} anyLabel={anyLevel} />
      </label>
    </>
  );
}
