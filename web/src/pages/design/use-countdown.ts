/** A countdown that starts (or resumes) when asked, can be paused, and reports the milliseconds left. */
import { useCallback, useEffect, useState } from 'react';

export interface Countdown {
  /** Milliseconds left (the full duration until started). */
  readonly remaining: number;
  readonly running: boolean;
  /** The clock ran all the way down. */
  readonly expired: boolean;
  start(): void;
  stop(): void;
}

interface ClockState {
  readonly spent: number;
  readonly since: number | undefined;
}

export function useCountdown(totalMs: number): Countdown {
  const [clock, setClock] = useState<ClockState>({ spent: 0, since: undefined });
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (clock.since === undefined) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [clock.since]);
  const spent = clock.spent + (clock.since === undefined ? 0 : Math.max(0, now - clock.since));
  const remaining = Math.max(0, totalMs - spent);
  const start = useCallback(() => {
    setClock((c) => {
      if (c.since !== undefined) return c;
      const t = Date.now();
      setNow(t);
      return { spent: c.spent, since: t };
    });
  }, []);
  const stop = useCallback(() => {
    setClock((c) => (c.since === undefined ? c : { spent: c.spent + Math.max(0, Date.now() - c.since), since: undefined }));
  }, []);
  return { remaining, running: clock.since !== undefined && remaining > 0, expired: remaining === 0, start, stop };
}

export function formatClock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
