/**
 * Record an answer (audio, optionally with the camera) or upload an existing file. Shows a level
 * meter and the elapsed time against the question's target length; the candidate stops it.
 */
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useRecorder, type RecordedAnswer } from './use-recorder.js';
import { toWav16k } from './wav.js';
import './recorder.css';

export interface RecorderProps {
  /** Target speaking length in seconds [from, to]; shown, never enforced. */
  target?: readonly [number, number] | undefined;
  allowVideo?: boolean;
  disabled?: boolean;
  onRecorded(answer: RecordedAnswer): void | Promise<void>;
}

export function formatTime(sec: number): string {
  const s = Math.max(0, Math.floor(sec));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function LevelMeter({ level }: { level: number }) {
  const pct = Math.round(level * 100);
  return (
    <div className="level-meter" role="meter" aria-label="Microphone level" aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct}>
      <div className={`level-meter-fill ${level > 0.9 ? 'loud' : ''}`} style={{ width: `${pct}%` }} />
    </div>
  );
}

export function Recorder({ target, allowVideo = true, disabled, onRecorded }: RecorderProps) {
  const rec = useRecorder();
  const [video, setVideo] = useState(false);
  const [uploadError, setUploadError] = useState<string | undefined>(undefined);
  const [converting, setConverting] = useState(false);
  const preview = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    if (preview.current) preview.current.srcObject = rec.stream ?? null;
  }, [rec.stream]);

  const recording = rec.status === 'recording';
  const busy = rec.status === 'starting' || rec.status === 'processing' || converting;
  const [lo, hi] = target ?? [60, 150];
  const share = Math.min(1, rec.elapsedSec / hi);
  const over = rec.elapsedSec > hi;

  async function stop(): Promise<void> {
    const answer = await rec.stop();
    if (answer) await onRecorded(answer);
  }

  async function upload(e: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setUploadError(undefined);
    setConverting(true);
    try {
      let wav: Blob | null = null;
      let durationSec = 0;
      let wavError: string | undefined;
      try {
        const converted = await toWav16k(file);
        wav = converted.wav;
        durationSec = converted.durationSec;
      } catch (err) {
        wavError = `The browser could not read "${file.name}" as audio (${(err as Error).message}). It is kept; type the transcript.`;
      }
      await onRecorded({
        media: file,
        mimeType: file.type || 'application/octet-stream',
        wav,
        ...(wavError ? { wavError } : {}),
        durationSec,
        kind: file.type.startsWith('video/') ? 'video' : 'audio',
      });
    } catch (err) {
      setUploadError((err as Error).message);
    } finally {
      setConverting(false);
    }
  }

  return (
    <div className="recorder card" aria-label="Recorder">
      <div className="recorder-row">
        {!recording ? (
          <button type="button" className="button" onClick={() => void rec.start({ video })} disabled={disabled || busy}>
            {rec.status === 'starting' ? 'Starting…' : 'Start recording'}
          </button>
        ) : (
          <button type="button" className="button recorder-stop" onClick={() => void stop()}>
            Stop recording
          </button>
        )}
        {allowVideo && (
          <label className="recorder-check">
            <input type="checkbox" checked={video} disabled={recording || busy} onChange={(e) => setVideo(e.target.checked)} /> Camera too
          </label>
        )}
        <label className="button ghost recorder-upload">
          Upload a recording
          <input type="file" accept="audio/*,video/*" onChange={(e) => void upload(e)} disabled={disabled || recording || busy} aria-label="Upload a recording" />
        </label>
      </div>
      <div className="recorder-row">
        <LevelMeter level={recording ? rec.level : 0} />
        <span className={`recorder-time ${over ? 'over' : ''}`} aria-live="off" data-testid="elapsed">
          {formatTime(rec.elapsedSec)} <span className="muted">/ target {formatTime(lo)}–{formatTime(hi)}</span>
        </span>
      </div>
      <div className="recorder-progress" aria-hidden="true">
        <div className={`recorder-progress-fill ${over ? 'over' : ''}`} style={{ width: `${share * 100}%` }} />
      </div>
      {recording && over && <p className="small muted">Past the target length. Take the time you need; you stop when you are done.</p>}
      {recording && <p className="small muted recorder-status" role="status">Recording… speak your answer, then press Stop.</p>}
      {busy && rec.status !== 'starting' && <p className="small muted" role="status">Preparing the recording…</p>}
      {video && rec.stream && <video ref={preview} className="recorder-preview" autoPlay muted playsInline aria-label="Camera preview" />}
      {(rec.error || uploadError) && (
        <p role="alert" className="error">
          {rec.error ?? uploadError}
        </p>
      )}
    </div>
  );
}
