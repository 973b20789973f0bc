import { describe, expect, it } from 'vitest';
import { readFilters, withFilters } from './url-filters.js';

describe('filters kept in the URL', () => {
  it('reads a missing key as an empty string and keeps present ones', () => {
    const params = new URLSearchParams('value=candor&q=abc');
    expect(readFilters(params, ['value', 'round'] as const)).toEqual({ value: 'candor', round: '' });
  });

  it('sets non-empty values, drops empty or undefined ones, and leaves the input untouched', () => {
    const params = new URLSearchParams('value=candor&round=behavioral&page=2');
    const next = withFilters(params, { value: '', round: 'design', role: 'swe', page: undefined });
    expect(next.toString()).toBe('round=design&role=swe');
    expect(params.toString()).toBe('value=candor&round=behavioral&page=2');
  });
});
