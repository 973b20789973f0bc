/**
 * The recording machinery: microphone (and optional camera) through getUserMedia, MediaRecorder
 * for the media the candidate keeps, a second audio-only recorder for the 16 kHz WAV, a level
 * meter from an AnalyserNode, and the elapsed time. It never stops by itself.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { pickMimeType, toWav16k } from './wav.js';

export interface RecordedAnswer {
  media: Blob;
  mimeType: string;
  /** 16 kHz mono WAV for transcription, or null when the browser could not decode the audio. */
  wav: Blob | null;
  wavError?: string;
  durationSec: number;
  kind: 'audio' | 'video';
}

export type RecorderStatus = 'idle' | 'starting' | 'recording' | 'processing' | 'error';

export interface RecorderState {
  status: RecorderStatus;
  /** 0..1, loudness of the microphone right now. */
  level: number;
  elapsedSec: number;
  error: string | undefined;
  stream: MediaStream | undefined;
  start(opts: { video: boolean }): Promise<void>;
  stop(): Promise<RecordedAnswer | undefined>;
}

function describeMediaError(err: unknown): string {
  const name = (err as { name?: string }).name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'The browser was not allowed to use the microphone. Allow it in the address bar, then try again.';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'No microphone (or camera) was found. Plug one in or upload a recording instead.';
  if (name === 'NotReadableError') return 'The microphone is in use by another program. Close it and try again.';
  return `Recording could not start (${(err as Error).message ?? String(err)}).`;
}

export function useRecorder(): RecorderState {
  const [status, setStatus] = useState<RecorderStatus>('idle');
  const [level, setLevel] = useState(0);
  const [elapsedSec, setElapsed] = useState(0);
  const [error, setError] = useState<string | undefined>(undefined);
  const [stream, setStream] = useState<MediaStream | undefined>(undefined);
  const parts = useRef<{
    main?: MediaRecorder;
    audio?: MediaRecorder;
    mainChunks: Blob[];
    audioChunks: Blob[];
    ctx?: AudioContext;
    raf?: number;
    timer?: number;
    startedAt: number;
    video: boolean;
  }>({ mainChunks: [], audioChunks: [], startedAt: 0, video: false });

  const cleanup = useCallback(() => {
    const p = parts.current;
    if (p.raf !== undefined) cancelAnimationFrame(p.raf);
    if (p.timer !== undefined) window.clearInterval(p.timer);
    void p.ctx?.close().catch(() => undefined);
    p.ctx = undefined;
    setStream((s) => {
      s?.getTracks().forEach((t) => t.stop());
      return undefined;
    });
    setLevel(0);
  }, []);

  useEffect(() => cleanup, [cleanup]);

  const start = useCallback(
    async ({ video }: { video: boolean }) => {
      setError(undefined);
      setStatus('starting');
      let media: MediaStream;
      try {
        media = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: true, noiseSuppression: true }, video });
      } catch (err) {
        setError(describeMediaError(err));
        setStatus('error');
        return;
      }
      const p = parts.current;
      p.mainChunks = [];
      p.audioChunks = [];
      p.video = video;
      const audioOnly = new MediaStream(media.getAudioTracks());
      const mainType = pickMimeType(video);
      const audioType = pickMimeType(false);
      p.main = new MediaRecorder(video ? media : audioOnly, mainType ? { mimeType: mainType } : undefined);
      p.main.ondataavailable = (e) => {
        if (e.data.size > 0) p.mainChunks.push(e.data);
      };
      if (video) {
        p.audio = new MediaRecorder(audioOnly, audioType ? { mimeType: audioType } : undefined);
        p.audio.ondataavailable = (e) => {
          if (e.data.size > 0) p.audioChunks.push(e.data);
        };
      } else {
        p.audio = undefined;
      }
      // Level meter.
      try {
        const ctx = new AudioContext();
        const analyser = ctx.createAnalyser();
        analyser.fftSize = 1024;
        ctx.createMediaStreamSource(audioOnly).connect(analyser);
        const data = new Float32Array(analyser.fftSize);
        const tick = (): void => {
          analyser.getFloatTimeDomainData(data);
          let sum = 0;
          for (const v of data) sum += v * v;
          const rms = Math.sqrt(sum / data.length);
          const db = rms > 0 ? 20 * Math.log10(rms) : -100;
          setLevel(Math.max(0, Math.min(1, (db + 60) / 60)));
          p.raf = requestAnimationFrame(tick);
        };
        p.ctx = ctx;
        tick();
      } catch {
        // No level meter is not a reason to stop recording.
      }
      p.startedAt = performance.now();
      setElapsed(0);
      p.timer = window.setInterval(() => setElapsed((performance.now() - p.startedAt) / 1000), 250);
      p.main.start(1000);
      p.audio?.start(1000);
      setStream(media);
      setStatus('recording');
    },
    [],
  );

  const stop = useCallback(async (): Promise<RecordedAnswer | undefined> => {
    const p = parts.current;
    if (!p.main || p.main.state === 'inactive') return undefined;
    setStatus('processing');
    const stopped = (r: MediaRecorder | undefined): Promise<void> =>
      new Promise((resolve) => {
        if (!r || r.state === 'inactive') return resolve();
        r.onstop = () => resolve();
        r.stop();
      });
    await Promise.all([stopped(p.main), stopped(p.audio)]);
    const durationSec = (performance.now() - p.startedAt) / 1000;
    cleanup();
    const mimeType = p.main.mimeType || (p.video ? 'video/webm' : 'audio/webm');
    const media = new Blob(p.mainChunks, { type: mimeType });
    const audio = p.audio ? new Blob(p.audioChunks, { type: p.audio.mimeType || 'audio/webm' }) : media;
    let wav: Blob | null = null;
    let wavError: string | undefined;
    try {
      wav = (await toWav16k(audio)).wav;
    } catch (err) {
      wavError = `The browser could not convert the audio for transcription (${(err as Error).message}); you can still type the transcript.`;
    }
    setStatus('idle');
    return { media, mimeType, wav, ...(wavError ? { wavError } : {}), durationSec, kind: p.video ? 'video' : 'audio' };
  }, [cleanup]);

  return { status, level, elapsedSec, error, stream, start, stop };
}
