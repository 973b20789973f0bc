/** The candidate's recordings: play one back, download its report, delete it. */
import { useState } from 'react';
import { useApi } from '../../api/use-api.js';
import { ReportButton } from '../../components/report-links.js';
import { Playback, formatTime, recordingsApi, type RecordingView } from '../../components/recorder/index.js';

export function RecordingsList() {
  const list = useApi<RecordingView[]>('/recordings');
  const [open, setOpen] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);

  async function remove(id: string): Promise<void> {
    if (!window.confirm('Delete this recording and its transcript? This cannot be undone.')) return;
    try {
      await recordingsApi.remove(id);
      list.reload();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  if (!list.data || list.data.length === 0) return null;
  return (
    <section aria-label="Your recordings" className="speak-recordings">
      <h2>Your recordings</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ul className="recording-list">
        {list.data.map((r) => (
          <li key={r.id} className="card">
            <div className="recording-head">
              <span>
                {new Date(r.createdAt).toLocaleString()} · {r.kind} · {r.durationSec ? formatTime(r.durationSec) : '?'}
                {r.transcript ? ' · transcribed' : ''}
              </span>
              <span className="actions">
                <button type="button" className="button ghost" onClick={() => setOpen(open === r.id ? undefined : r.id)} aria-expanded={open === r.id}>
                  {open === r.id ? 'Hide' : 'Play back'}
                </button>
                {r.attemptId && <ReportButton kind="attempt" id={r.attemptId} label="PDF" />}
                <button type="button" className="button ghost" onClick={() => void remove(r.id)}>
                  Delete
                </button>
              </span>
            </div>
            {open === r.id && <Playback recording={r} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
