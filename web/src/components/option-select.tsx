/** A <select> over a list of choices, with an optional leading "any" choice (the empty value). The caller labels it. */

export interface Option {
  readonly id: string;
  readonly label: string;
}

/** Ids as choices, each shown with its human label. */
export function labelled(ids: readonly string[], label: (id: string) => string): Option[] {
  return ids.map((id) => ({ id, label: label(id) }));
}

export function OptionSelect({
  value,
  options,
  onChange,
  anyLabel,
  id,
  disabled,
}: {
  value: string;
  options: readonly Option[];
  onChange(value: string): void;
  /** Text of a first choice with the empty value ("Any round"); without it one of `options` must be chosen. */
  anyLabel?: string;
  id?: string;
  disabled?: boolean;
}) {
  return (
    <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
      {anyLabel !== undefined && <option value="">{anyLabel}</option>}
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
