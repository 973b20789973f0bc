/** The 45-minute round clock. */
import { formatClock, type Countdown } from './use-countdown.js';

export function DesignTimer({ countdown, totalMs }: { countdown: Countdown; totalMs: number }) {
  const { remaining, running, expired } = countdown;
  const low = running && remaining <= 5 * 60_000;
  return (
    <div className={`design-timer${low || expired ? ' low' : ''}`} role="timer" aria-label="Time left in this design round">
      <span className="design-timer-clock">{formatClock(remaining)}</span>
      <span className="design-timer-bar" aria-hidden="true">
        <span style={{ width: `${Math.max(0, Math.min(100, (100 * remaining) / totalMs))}%` }} />
      </span>
      <span className="muted small">{expired ? "Time's up" : running ? 'Clock running' : remaining < totalMs ? 'Paused — resumes when you edit' : 'Starts when you begin typing'}</span>
    </div>
  );
}
