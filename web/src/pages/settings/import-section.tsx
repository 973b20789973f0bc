/** Bring an archive back: checked and previewed first (dry run), then imported without duplicates. */
import { useState, type ChangeEvent } from 'react';
import { dataApi, type ImportResult } from './data-api.js';

export function ImportSection({ onImported }: { onImported?: () => void }) {
  const [file, setFile] = useState<{ name: string; text: string } | undefined>(undefined);
  const [preview, setPreview] = useState<ImportResult | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  async function choose(e: ChangeEvent<HTMLInputElement>): Promise<void> {
    const f = e.target.files?.[0];
    e.target.value = '';
    setPreview(undefined);
    setDone(undefined);
    setError(undefined);
    if (!f) return;
    setBusy(true);
    try {
      const text = await f.text();
      setFile({ name: f.name, text });
      setPreview(await dataApi.importArchive(text, true));
    } catch (err) {
      setFile(undefined);
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  async function confirm(): Promise<void> {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    try {
      const r = await dataApi.importArchive(file.text, false);
      setDone(r.message);
      setPreview(undefined);
      setFile(undefined);
      onImported?.();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card settings-section" aria-labelledby="import-title">
      <h2 id="import-title">Import an archive</h2>
      <p className="muted">
        Keeper checks the whole file first: a damaged or hand-edited archive is refused and nothing changes. Records you already have
        are not duplicated, so importing the same file twice is safe.
      </p>
      <label className="button ghost file-button">
        Choose an archive…
        <input type="file" accept="application/json,.json" onChange={(e) => void choose(e)} disabled={busy} aria-label="Choose an archive to import" />
      </label>
      {preview && file && (
        <div className="import-preview" role="status">
          <p>
            <strong>{file.name}</strong>: {preview.message.replace(/^Dry run: /, '')}
          </p>
          <div className="actions">
            <button type="button" className="button" onClick={() => void confirm()} disabled={busy}>
              Import
            </button>
            <button type="button" className="button ghost" onClick={() => (setPreview(undefined), setFile(undefined))} disabled={busy}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {done && (
        <p role="status" className="ok-note">
          Imported: {done}
        </p>
      )}
      {error && (
        <pre role="alert" className="error import-error">
          {error}
        </pre>
      )}
    </section>
  );
}
