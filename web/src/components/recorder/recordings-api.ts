/** Talking to /api/recordings: upload (raw body), WAV, transcription, corrections, deletion. */
import { ApiError, api, query } from '../../api/client.js';

export interface TimedWord {
  word: string;
  start: number;
  end: number;
}

export interface DeliveryView {
  wordCount: number;
  wordsPerMinute: number | null;
  pace: 'slow' | 'steady' | 'fast' | null;
  wpmSeries: { start: number; end: number; words: number; wpm: number }[];
  pauses: { afterWord: number; start: number; end: number; durationSec: number }[];
  longestPauseSec: number;
  timeToFirstWordSec: number | null;
  fillers: { count: number; perMinute: number; per100Words: number; trusted: boolean };
  notes: string[];
}

export interface TranscriptView {
  text: string;
  words: TimedWord[];
  engine: string;
  keepsFillers: boolean;
  timing: 'word' | 'segment' | 'none';
  durationSec: number;
  correctedText: string | null;
  delivery: DeliveryView;
}

export interface RecordingView {
  id: string;
  attemptId: string | null;
  questionId: string | null;
  mimeType: string;
  kind: 'audio' | 'video';
  size: number;
  hasWav: boolean;
  durationSec: number | null;
  transcript: TranscriptView | null;
  createdAt: string;
  mediaUrl: string;
}

export type TranscribeResponse =
  | { ok: true; transcript: TranscriptView }
  | { ok: false; engine: string; error: { type: string; message: string } };

export interface SpeechInfo {
  engine: string;
  configured: boolean;
  keepsFillers: boolean;
  retentionDays: number | null;
}

async function sendRaw<T>(method: string, path: string, body: Blob, type: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { method, headers: { 'content-type': type }, body });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Cannot reach the Keeper server. Is `keeper serve` still running? Your recording is still in this page.');
  }
  const text = await res.text();
  const data = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) {
    const e = (data as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(res.status, e?.code ?? 'HTTP_ERROR', e?.message ?? `The server answered ${res.status}.`);
  }
  return data as T;
}

export interface SaveInput {
  media: Blob;
  mimeType: string;
  wav: Blob | null;
  durationSec: number;
  questionId?: string | undefined;
  attemptId?: string | undefined;
}

/** Saves the recording, then its 16 kHz WAV. A WAV the server refuses does not lose the recording. */
export async function saveRecording(input: SaveInput): Promise<{ recording: RecordingView; wavError?: string }> {
  const type = input.mimeType.split(';')[0] ?? input.mimeType;
  const recording = await sendRaw<RecordingView>(
    'POST',
    `/recordings${query({ questionId: input.questionId, attemptId: input.attemptId, durationSec: Math.round(input.durationSec * 100) / 100 })}`,
    input.media,
    type || 'application/octet-stream',
  );
  if (!input.wav || recording.hasWav) return { recording };
  try {
    return { recording: await sendRaw<RecordingView>('PUT', `/recordings/${encodeURIComponent(recording.id)}/wav`, input.wav, 'audio/wav') };
  } catch (err) {
    return { recording, wavError: (err as Error).message };
  }
}

export const recordingsApi = {
  speech: () => api.get<SpeechInfo>('/speech'),
  list: (filter: { attemptId?: string; questionId?: string } = {}) => api.get<RecordingView[]>(`/recordings${query(filter)}`),
  get: (id: string) => api.get<RecordingView>(`/recordings/${encodeURIComponent(id)}`),
  transcribe: (id: string, questionId?: string) =>
    api.post<TranscribeResponse>(`/recordings/${encodeURIComponent(id)}/transcribe`, questionId ? { questionId } : {}),
  correct: (id: string, text: string) => api.put<RecordingView>(`/recordings/${encodeURIComponent(id)}/transcript`, { text }),
  link: (id: string, attemptId: string) => api.patch<RecordingView>(`/recordings/${encodeURIComponent(id)}`, { attemptId }),
  remove: (id: string) => api.delete<void>(`/recordings/${encodeURIComponent(id)}`),
  removeAll: () => api.delete<{ deleted: number }>('/recordings'),
  setRetention: (days: number | null) => api.put<{ retentionDays: number | null; deleted: number }>('/recordings/retention', { days }),
};
