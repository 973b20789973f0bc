/**
 * The interviewer's follow-ups: how many a round asks (1–2) and which, chosen from the gaps the
 * analysis found, preferring the question's own follow-ups from the pack when they fit the gap.
 * Pure; ties are broken with a generator seeded from the loop seed and the exchange id.
 */
import type { Analysis } from './analysis-types.js';
import { findGaps, fitsGap, gapLabel, gapTopic, probeFor } from './gaps.js';
import { pickIndex, type Rng } from './prng.js';
import type { FollowUp, Gap, PlannedItem } from './types.js';

/** Follow-ups per round, at most. */
export const MAX_FOLLOW_UPS_PER_ROUND = 2;

/**
 * How many follow-ups to ask after main item `index` of a round with `items` main items, when
 * `asked` follow-ups were already asked or queued in the round and the answer has `gaps` gaps.
 * A one-question round may probe twice; otherwise one per answer with a gap, and the last answer is
 * always probed once if nothing was asked yet, so every round gets at least one follow-up.
 */
export function followUpCount(items: number, index: number, asked: number, gaps: number): number {
  const room = Math.max(0, MAX_FOLLOW_UPS_PER_ROUND - asked);
  if (room === 0) return 0;
  const last = index >= items - 1;
  if (items <= 1) return Math.min(room, Math.max(1, gaps));
  if (gaps > 0) return Math.min(room, 1);
  return last && asked === 0 ? 1 : 0;
}

function forGap(gap: Gap, item: PlannedItem, used: Set<string>, analysis: Analysis, first: boolean): FollowUp {
  const what = `Gap: ${gapLabel(gap)}.`;
  // A rubric point is named in the label already.
  const topic = gap.source === 'rubric' ? 'it' : gapTopic(gap);
  const fromPack = item.followUps.find((f) => !used.has(f) && fitsGap(f, gap));
  if (fromPack) {
    return { text: fromPack, gap, fromPack: true, reason: `${what} The interviewer asks one of this question's own follow-ups about ${topic}.` };
  }
  // The analysis suggests a follow-up for its own top concern, which may be another gap (a value the
  // answer did not show, say); it is used only when it asks about this gap.
  const suggested = first && gap.source === 'flag' && 'followUp' in analysis ? analysis.followUp : undefined;
  if (suggested && !used.has(suggested) && fitsGap(suggested, gap)) {
    return { text: suggested, gap, fromPack: false, reason: `${what} The interviewer asks about ${topic}, with the follow-up the analysis suggested.` };
  }
  return { text: probeFor(gap).ask, gap, fromPack: false, reason: `${what} The interviewer asks about ${topic}.` };
}

function probe(item: PlannedItem, used: Set<string>, rng: Rng): FollowUp {
  const gap: Gap = { source: 'probe', code: 'deeper', detail: 'no clear gap' };
  const fresh = item.followUps.filter((f) => !used.has(f));
  const i = pickIndex(rng, fresh.length);
  const text = fresh[i];
  if (text !== undefined) {
    return { text, gap, fromPack: true, reason: 'No clear gap in the answer, so the interviewer digs deeper with one of the question\'s follow-ups.' };
  }
  return { text: probeFor(gap).ask, gap, fromPack: false, reason: 'No clear gap in the answer, so the interviewer digs deeper.' };
}

/**
 * Picks up to `count` follow-ups for an answer, one per gap in gap order, never repeating a text
 * already asked in the round (`asked`). With no gaps, one deeper probe.
 */
export function chooseFollowUps(item: PlannedItem, analysis: Analysis, count: number, asked: readonly string[], rng: Rng): FollowUp[] {
  if (count <= 0) return [];
  const used = new Set(asked);
  const out: FollowUp[] = [];
  const gaps = findGaps(analysis);
  for (const gap of gaps) {
    if (out.length >= count) break;
    const f = forGap(gap, item, used, analysis, out.length === 0);
    if (used.has(f.text)) continue;
    used.add(f.text);
    out.push(f);
  }
  if (out.length === 0) out.push(probe(item, used, rng));
  return out;
}

/** Number of gaps worth a follow-up in an analysis (for `followUpCount`). */
export function gapCount(analysis: Analysis): number {
  return findGaps(analysis).length;
}
