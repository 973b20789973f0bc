/** Time spent on the problem, against the usual 45-minute coding round. */
import { useEffect, useState } from 'react';

export const ROUND_MS = 45 * 60_000;

export function formatClock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

export function useElapsed(startedAt: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  return Math.max(0, now - startedAt);
}

export function CodingTimer({ elapsed }: { elapsed: number }) {
  const over = elapsed > ROUND_MS;
  return (
    <div className={`coding-timer${over ? ' over' : ''}`} role="timer" aria-label="Time spent on this problem">
      <span className="coding-timer-clock">{formatClock(elapsed)}</span>
      <span className="muted small">{over ? 'past the 45-minute round' : `of ${formatClock(ROUND_MS)}`}</span>
    </div>
  );
}
