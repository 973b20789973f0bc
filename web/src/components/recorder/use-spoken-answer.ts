/**
 * The common flow of speaking an answer: save the recording (media + WAV) with the question, have it
 * transcribed, and say what to do next — correct the transcript in the answer box, or type what was
 * said when there is no engine or the browser could not convert the audio. The recording is kept in
 * every case; `keepCorrectedTranscript` stores the candidate's corrected text on it before sending.
 */
import { useState } from 'react';
import { recordingsApi, saveRecording, type RecordingView } from './recordings-api.js';
import type { RecordedAnswer } from './use-recorder.js';

export interface SpokenAnswerMessages {
  /** Shown once the engine's transcript is in the answer box. */
  readonly transcribed: string;
  /** What to do without a transcript, after "Your recording is saved; " (no final full stop). */
  readonly typeIt: string;
  /** The answer goes with its recording: say the pace is then estimated from the recording's length. */
  readonly estimatesPace?: boolean | undefined;
}

export interface UseSpokenAnswerOptions {
  readonly questionId: string | undefined;
  readonly messages: SpokenAnswerMessages;
  /** The recording was saved (before any transcription). */
  onSaved(recording: RecordingView): void;
  /** The engine heard it: the transcript text and the recording carrying it. */
  onTranscript(text: string, recording: RecordingView): void;
}

export interface SpokenAnswer {
  /** What is happening now ("Saving the recording…", "Transcribing…"), if anything. */
  readonly working: string | undefined;
  readonly notice: string | undefined;
  readonly error: string | undefined;
  /** Hand a finished recording (from `<Recorder onRecorded>`) to the flow. */
  record(answer: RecordedAnswer): Promise<void>;
}

export function useSpokenAnswer({ questionId, messages, onSaved, onTranscript }: UseSpokenAnswerOptions): SpokenAnswer {
  const [working, setWorking] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();
  const question = questionId || undefined;
  const typeIt = `Your recording is saved; ${messages.typeIt}`;

  async function record(answer: RecordedAnswer): Promise<void> {
    setError(undefined);
    setNotice(undefined);
    setWorking('Saving the recording…');
    try {
      const saved = await saveRecording({ media: answer.media, mimeType: answer.mimeType, wav: answer.wav, durationSec: answer.durationSec, questionId: question });
      onSaved(saved.recording);
      const wavProblem = answer.wavError ?? saved.wavError;
      if (wavProblem) {
        setNotice(`${wavProblem} ${typeIt}.`);
        return;
      }
      setWorking('Transcribing…');
      const t = await recordingsApi.transcribe(saved.recording.id, question);
      if (t.ok) {
        onTranscript(t.transcript.text, { ...saved.recording, transcript: t.transcript });
        setNotice(messages.transcribed);
      } else {
        setNotice(`${t.error.message} ${typeIt}${messages.estimatesPace ? " — the pace is estimated from the recording's length" : ''}.`);
      }
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setWorking(undefined);
    }
  }

  return { working, notice, error, record };
}

/** Stores the corrected (or typed) text on the recording; returns a warning when that failed (best effort). */
export async function keepCorrectedTranscript(recordingId: string, text: string): Promise<string | undefined> {
  try {
    await recordingsApi.correct(recordingId, text);
    return undefined;
  } catch (err) {
    return `The corrected transcript could not be saved with the recording: ${(err as Error).message}`;
  }
}
