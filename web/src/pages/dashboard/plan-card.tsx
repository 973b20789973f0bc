/** The preparation plan: today's and overdue tasks first, the whole plan by phase, ticks, .ics export. */
import { useState } from 'react';
import { api } from '../../api/client.js';
import { tzOffset, type PlanLayout, type PlannedTask } from '../progress/api-types.js';

const HORIZON: Record<string, string> = { '8-weeks': '8-week plan', '4-weeks': '4-week plan', '1-week': '1-week plan', 'day-of': 'Day-of plan' };

function TaskItem({ task, onTick }: { task: PlannedTask; onTick: (t: PlannedTask, done: boolean) => void }) {
  return (
    <li className={`task${task.done ? ' done' : ''}${task.overdue ? ' overdue' : ''}`}>
      <label className="check">
        <input type="checkbox" checked={task.done} onChange={(e) => onTick(task, e.target.checked)} />
        <span>
          {task.text}{' '}
          <span className="muted small">
            {task.date}
            {task.doneBy === 'data' ? ' · ticked from your practice' : ''}
            {task.overdue ? ' · overdue' : ''}
          </span>
        </span>
      </label>
    </li>
  );
}

export function PlanCard({ plan, onChanged }: { plan: PlanLayout; onChanged: () => void }) {
  const [error, setError] = useState<string | undefined>(undefined);
  const tick = async (t: PlannedTask, done: boolean) => {
    setError(undefined);
    try {
      await api.put('/plan/tasks', { key: t.key, done, tz: tzOffset() });
      onChanged();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const focus = [...plan.overdue, ...plan.dueToday.filter((t) => !t.overdue)];
  return (
    <section className="card plan-card" aria-labelledby="plan-heading">
      <h2 id="plan-heading">
        {plan.horizon ? HORIZON[plan.horizon] : 'Plan'} <span className="muted small">· {plan.done} of {plan.total} tasks done</span>
      </h2>
      {plan.status === 'compressed' && <p className="muted small">Less time than the shortest plan needs: its tasks are squeezed into the days left.</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {focus.length > 0 ? (
        <ul className="task-list">
          {focus.map((t) => (
            <TaskItem key={t.key} task={t} onTick={(x, d) => void tick(x, d)} />
          ))}
        </ul>
      ) : (
        <p className="muted">{plan.next ? `Nothing due today. Next: ${plan.next.text} (${plan.next.date}).` : 'Every task is done.'}</p>
      )}
      <details>
        <summary>Whole plan</summary>
        {plan.phases.map((ph) => (
          <div key={`${ph.planId}-${ph.title}`} className="phase">
            <h3>
              {ph.title} <span className="muted small">{ph.start === ph.end ? ph.start : `${ph.start} → ${ph.end}`}</span>
            </h3>
            <ul className="task-list">
              {ph.tasks.map((t) => (
                <TaskItem key={t.key} task={t} onTick={(x, d) => void tick(x, d)} />
              ))}
            </ul>
          </div>
        ))}
      </details>
      <p>
        <a className="button ghost" href={`/api/plan.ics?tz=${tzOffset()}`} download>
          Export to calendar (.ics)
        </a>
      </p>
    </section>
  );
}
