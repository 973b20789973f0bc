/** Recordings: the transcription engine in use, how long recordings are kept, delete them all. */
import { useEffect, useState } from 'react';
import { useApi } from '../../api/use-api.js';
import { recordingsApi, type RecordingView, type SpeechInfo } from '../../components/recorder/index.js';

export function RecordingsSection({ refreshKey }: { refreshKey: number }) {
  const speech = useApi<SpeechInfo>('/speech');
  const list = useApi<RecordingView[]>('/recordings');
  const [days, setDays] = useState('');
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const { reload: reloadList } = list;
  const { reload: reloadSpeech } = speech;

  useEffect(() => {
    if (speech.data) setDays(speech.data.retentionDays ? String(speech.data.retentionDays) : '');
  }, [speech.data]);
  useEffect(() => {
    reloadList();
    reloadSpeech();
  }, [refreshKey, reloadList, reloadSpeech]);

  async function saveRetention(): Promise<void> {
    setError(undefined);
    const n = days.trim() === '' ? null : Number(days);
    if (n !== null && (!Number.isInteger(n) || n < 1)) {
      setError('Give a whole number of days (1 or more), or leave it empty to keep recordings until you delete them.');
      return;
    }
    try {
      const r = await recordingsApi.setRetention(n);
      setMessage(n === null ? 'Recordings are kept until you delete them.' : `Recordings older than ${n} days are deleted automatically${r.deleted ? ` (${r.deleted} deleted now)` : ''}.`);
      list.reload();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  async function deleteAll(): Promise<void> {
    if (!window.confirm('Delete all your recordings? Transcripts go with them; your attempts stay.')) return;
    try {
      const r = await recordingsApi.removeAll();
      setMessage(`Deleted ${r.deleted} recording${r.deleted === 1 ? '' : 's'}.`);
      list.reload();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  const count = list.data?.length ?? 0;
  return (
    <section className="card settings-section" aria-labelledby="recordings-title">
      <h2 id="recordings-title">Recordings</h2>
      {speech.data && (
        <p className="muted" data-testid="speech-engine">
          Transcription engine: <strong>{speech.data.engine}</strong>
          {speech.data.configured ? (speech.data.keepsFillers ? '.' : ' (drops most fillers, so filler counts are a lower bound).') : ' — you type the transcript. Set KEEPER_WHISPER_MODEL (local whisper.cpp model) or KEEPER_TRANSCRIBE_URL (OpenAI-compatible endpoint) to transcribe automatically.'}
        </p>
      )}
      <p>
        {count} recording{count === 1 ? '' : 's'} in your data folder.
      </p>
      <div className="retention-row">
        <label className="field">
          Keep recordings for (days; empty = until I delete them)
          <input type="number" min={1} value={days} onChange={(e) => setDays(e.target.value)} aria-label="Retention in days" />
        </label>
        <button type="button" className="button ghost" onClick={() => void saveRetention()}>
          Save
        </button>
      </div>
      <div className="actions">
        <button type="button" className="button ghost" onClick={() => void deleteAll()} disabled={count === 0}>
          Delete all recordings
        </button>
      </div>
      {message && (
        <p role="status" className="ok-note">
          {message}
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
