/** A countdown for one answer: starts when asked (or on the first keystroke), reports time left and used. */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface Timer {
  /** Milliseconds left (never below 0). */
  readonly remainingMs: number;
  /** Milliseconds since start (keeps counting after the end). */
  readonly elapsedMs: number;
  readonly started: boolean;
  readonly expired: boolean;
  start(): void;
  reset(): void;
}

export function useTimer(totalMs: number): Timer {
  const [startedAt, setStartedAt] = useState<number | undefined>(undefined);
  const [now, setNow] = useState(() => Date.now());
  const total = useRef(totalMs);
  total.current = totalMs;
  useEffect(() => {
    if (startedAt === undefined) return;
    const t = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(t);
  }, [startedAt]);
  const elapsedMs = startedAt === undefined ? 0 : Math.max(0, now - startedAt);
  const remainingMs = Math.max(0, totalMs - elapsedMs);
  const start = useCallback(() => {
    setStartedAt((s) => {
      if (s !== undefined) return s;
      const t = Date.now();
      setNow(t);
      return t;
    });
  }, []);
  const reset = useCallback(() => setStartedAt(undefined), []);
  return { remainingMs, elapsedMs, started: startedAt !== undefined, expired: startedAt !== undefined && remainingMs === 0, start, reset };
}

export function formatClock(ms: number): string {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
