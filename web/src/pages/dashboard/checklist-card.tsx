/** The pre-interview checklist: ticked from data where Keeper can tell, by hand elsewhere. */
import { useState } from 'react';
import { api } from '../../api/client.js';
import type { ChecklistState } from '../progress/api-types.js';

export function ChecklistCard({ checklist, onChanged }: { checklist: ChecklistState; onChanged: () => void }) {
  const [error, setError] = useState<string | undefined>(undefined);
  const tick = async (id: string, done: boolean) => {
    setError(undefined);
    try {
      await api.put(`/checklist/${encodeURIComponent(id)}`, { done: done ? true : null });
      onChanged();
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section className="card checklist-card" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">
        Checklist <span className="muted small">· {checklist.done} of {checklist.total}</span>
      </h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ul className="task-list">
        {checklist.items.map((i) => (
          <li key={i.id} className={`task${i.done ? ' done' : ''}`} data-testid={`checklist-${i.id}`}>
            <label className="check">
              <input type="checkbox" checked={i.done} disabled={i.source === 'auto'} onChange={(e) => void tick(i.id, e.target.checked)} />
              <span>
                {i.text}
                <br />
                <span className="muted small">
                  {i.auto ? `${i.source === 'auto' ? 'Ticked from your data' : 'Keeper ticks this from your data'}: ${i.detail}` : i.detail}
                  {i.progress && !i.done ? ` (${i.progress.have}/${i.progress.need})` : ''}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
