/** A countdown that starts when asked and reports the milliseconds left, ticking every second. */
import { useCallback, useEffect, useState } from 'react';

export interface Countdown {
  /** Milliseconds left (the full duration until started). */
  readonly remaining: number;
  readonly running: boolean;
  readonly expired: boolean;
  start(): void;
  reset(): void;
}

export function useCountdown(totalMs: number): Countdown {
  const [startedAt, setStartedAt] = useState<number | undefined>(undefined);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === undefined) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [startedAt]);
  const remaining = startedAt === undefined ? totalMs : Math.max(0, totalMs - (now - startedAt));
  const start = useCallback(() => {
    setStartedAt((s) => {
      if (s !== undefined) return s;
      const t = Date.now();
      setNow(t);
      return t;
    });
  }, []);
  const reset = useCallback(() => setStartedAt(undefined), []);
  return { remaining, running: startedAt !== undefined && remaining > 0, expired: startedAt !== undefined && remaining === 0, start, reset };
}

export function formatClock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
