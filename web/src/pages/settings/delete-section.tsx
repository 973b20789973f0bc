/** Delete my data, behind a typed confirmation. */
import { useState } from 'react';
import { DELETE_CONFIRMATION, dataApi } from './data-api.js';

export function DeleteSection({ onDeleted }: { onDeleted?: () => void }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  async function remove(): Promise<void> {
    setBusy(true);
    setError(undefined);
    try {
      const { deleted } = await dataApi.deleteAll();
      setDone(
        `Deleted ${deleted.attempts ?? 0} attempts, ${deleted.loops ?? 0} mock loops, ${deleted.progress ?? 0} story and plan records, ` +
          `${deleted.settings ?? 0} settings and ${deleted.recordings ?? 0} recordings.`,
      );
      setOpen(false);
      setTyped('');
      onDeleted?.();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card settings-section danger" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete my data</h2>
      <p className="muted">Removes every attempt, mock loop, story, plan, setting and recording you have in Keeper. Export first if you want a copy.</p>
      {!open ? (
        <button type="button" className="button danger-button" onClick={() => (setOpen(true), setDone(undefined))}>
          Delete my data…
        </button>
      ) : (
        <div className="delete-confirm" role="group" aria-label="Confirm deletion">
          <label className="field">
            Type “{DELETE_CONFIRMATION}” to confirm
            <input type="text" value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" aria-label="Confirmation" />
          </label>
          <div className="actions">
            <button type="button" className="button danger-button" disabled={busy || typed.trim().toLowerCase() !== DELETE_CONFIRMATION} onClick={() => void remove()}>
              Delete everything
            </button>
            <button type="button" className="button ghost" onClick={() => (setOpen(false), setTyped(''))} disabled={busy}>
              Keep my data
            </button>
          </div>
        </div>
      )}
      {done && (
        <p role="status" className="ok-note">
          {done}
        </p>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
