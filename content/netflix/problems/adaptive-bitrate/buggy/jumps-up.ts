// Classic mistake: no hysteresis; jumps several rungs up at once and oscillates.
export function chooseBitrate(ladderKbps: number[], bufferSec: number, throughputKbps: number[], _currentKbps: number | null): number {
  const ladder = [...ladderKbps].sort((a, b) => a - b);
  const lowest = ladder[0] as number;
  if (bufferSec < 5) return lowest;
  const recent = throughputKbps.slice(-5);
  if (recent.length === 0) return lowest;
  const estimate = recent.length / recent.reduce((sum, s) => sum + 1 / s, 0);
  const budget = estimate * (bufferSec >= 20 ? 1 : 0.75);
  let candidate = lowest;
  for (const rung of ladder) if (rung <= budget) candidate = rung;
  return candidate;
}
