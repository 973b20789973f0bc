/** The visible countdown and its settings (length in minutes, auto-submit when it runs out). */
import { useId } from 'react';
import { formatClock, type Timer } from './use-timer.js';

export interface TimerSettings {
  readonly minutes: number;
  readonly autoSubmit: boolean;
}

export function PracticeTimer({ timer, settings, onChange, disabled }: { timer: Timer; settings: TimerSettings; onChange(s: TimerSettings): void; disabled: boolean }) {
  const id = useId();
  const low = timer.started && timer.remainingMs <= 30_000;
  return (
    <div className="practice-timer">
      <div className={`timer-face${low ? ' timer-low' : ''}${timer.expired ? ' timer-expired' : ''}`} role="timer" aria-label={`Time left ${formatClock(timer.remainingMs)}`}>
        {formatClock(timer.remainingMs)}
      </div>
      <div className="timer-state muted" aria-live="polite">
        {timer.expired ? (settings.autoSubmit ? 'Time is up.' : 'Time is up — finish your sentence and submit.') : timer.started ? 'Running' : 'Starts when you start typing'}
      </div>
      <div className="field timer-minutes">
        <label htmlFor={`${id}-minutes`}>Minutes</label>
        <input
          id={`${id}-minutes`}
          type="number"
          min={0.05}
          max={30}
          step={0.5}
          value={settings.minutes}
          disabled={disabled || timer.started}
          onChange={(e) => {
            const v = Number(e.target.value);
            if (Number.isFinite(v) && v > 0) onChange({ ...settings, minutes: Math.min(30, v) });
          }}
        />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={settings.autoSubmit} disabled={disabled} onChange={(e) => onChange({ ...settings, autoSubmit: e.target.checked })} />
        Submit automatically when time runs out
      </label>
    </div>
  );
}
