/**
 * Filters kept in the page URL (the Practice picker, the Progress attempts list): a key the URL
 * lacks reads as '', and writing drops empty values, so a shared link holds only what was chosen.
 */

/** The value of each filter key in `params` ('' where the URL does not have it). */
export function readFilters<K extends string>(params: URLSearchParams, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>;
}

/** A copy of `params` with `changes` applied in order: a non-empty value is set, an empty or missing one removes its key. */
export function withFilters(params: URLSearchParams, changes: Readonly<Record<string, string | undefined>>): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v) next.set(k, v);
    else next.delete(k);
  }
  return next;
}
