// Classic mistake: a buffer of exactly 5 seconds already counts as panic.
export function chooseBitrate(ladderKbps: number[], bufferSec: number, throughputKbps: number[], currentKbps: number | null): number {
  const ladder = [...ladderKbps].sort((a, b) => a - b);
  const lowest = ladder[0] as number;
  if (bufferSec <= 5) return lowest;
  const recent = throughputKbps.slice(-5);
  if (recent.length === 0) return lowest;
  const estimate = recent.length / recent.reduce((sum, s) => sum + 1 / s, 0);
  const budget = estimate * (bufferSec >= 20 ? 1 : 0.75);
  let candidate = lowest;
  for (const rung of ladder) if (rung <= budget) candidate = rung;
  if (currentKbps !== null && candidate > currentKbps) {
    const next = ladder.find((rung) => rung > currentKbps);
    if (next !== undefined && next < candidate) return next;
  }
  return candidate;
}
