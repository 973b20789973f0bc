/** The round timer: counts down to the round's deadline on the server's clock. */
import { useEffect, useState } from 'react';

/** Milliseconds left until `deadline`, ticking every second; `offset` corrects for the server's clock. */
export function useRemaining(deadline: number | undefined, offset: number): number | undefined {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === undefined) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [deadline]);
  return deadline === undefined ? undefined : Math.max(0, deadline - (now + offset));
}

export function formatClock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function Timer({ remaining, total }: { remaining: number; total: number }) {
  const low = remaining <= Math.min(60_000, total * 0.15);
  return (
    <div className={`loop-timer${low ? ' low' : ''}`} role="timer" aria-label="Time left in this round">
      <span className="loop-timer-clock">{formatClock(Math.min(remaining, total))}</span>
      <span className="loop-timer-bar" aria-hidden="true">
        <span style={{ width: `${Math.max(0, Math.min(100, (100 * remaining) / total))}%` }} />
      </span>
    </div>
  );
}
