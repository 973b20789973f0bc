/**
 * A small values list in the pack's format, for the engine's unit tests (independent of the
 * shipped content, which changes). Not exported from index.ts.
 */
import type { Value } from '../pack/schema.js';

export const TEST_VALUES: readonly Value[] = [
  {
    id: 'courage',
    name: 'Courage',
    lists: ['current', 'legacy'],
    summary: 'Speaking up and taking smart risks.',
    evidence: [
      { behaviour: 'Challenged a decision with reasons', cues: ['push back', 'challenge the [decision|plan]', 'disagree with *'] },
      { behaviour: 'Took a risk', cues: ['take [a|the] risk', 'bet on *'] },
    ],
    phrases: [],
    antiPatterns: ['Stayed quiet'],
    mapsTo: [],
  },
  {
    id: 'judgment',
    name: 'Judgment',
    lists: ['current', 'legacy'],
    summary: 'Sound calls with incomplete information.',
    evidence: [{ behaviour: 'Went after the root cause', cues: ['root cause', '[permanent|proper] fix'] }],
    phrases: [],
    antiPatterns: ['Patched and moved on'],
    mapsTo: [],
  },
  {
    id: 'communication',
    name: 'Communication',
    lists: ['legacy'],
    summary: 'Clear and concise.',
    evidence: [{ behaviour: 'Wrote it down for others', cues: ['[write|wrote] * [doc|note|memo]'] }],
    phrases: [],
    antiPatterns: ['Rambled'],
    mapsTo: [],
  },
];

export const TEST_PACK = { values: TEST_VALUES };
