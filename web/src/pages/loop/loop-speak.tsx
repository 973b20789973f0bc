/**
 * Speaking an answer in the loop: record it (or upload a recording), have it transcribed, and find
 * the transcript in the answer box to correct before sending. The recording is saved with the
 * question, like one made on the Speak page; the corrected text is stored on it when the answer goes.
 */
import { useState } from 'react';
import { Recorder, recordingsApi, saveRecording, type RecordedAnswer } from '../../components/recorder/index.js';

export interface SpokenAnswerProps {
  readonly questionId: string;
  /** Follow-ups are short: the recorder's target length is shorter. */
  readonly followUp: boolean;
  readonly disabled: boolean;
  /** The recording already made for this prompt (kept across a reload). */
  readonly recordingId: string | undefined;
  onRecording(id: string): void;
  /** The engine's transcript, to put in the answer box. */
  onTranscript(text: string): void;
}

const FOLLOW_UP_TARGET = [20, 60] as const;
const ANSWER_TARGET = [90, 180] as const;

export function SpokenAnswer({ questionId, followUp, disabled, recordingId, onRecording, onTranscript }: SpokenAnswerProps) {
  const [opened, setOpen] = useState(false);
  const open = opened || recordingId !== undefined;
  const [working, setWorking] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();

  async function onRecorded(answer: RecordedAnswer): Promise<void> {
    setError(undefined);
    setNotice(undefined);
    setWorking('Saving the recording…');
    try {
      const saved = await saveRecording({ media: answer.media, mimeType: answer.mimeType, wav: answer.wav, durationSec: answer.durationSec, questionId });
      onRecording(saved.recording.id);
      const wavProblem = answer.wavError ?? saved.wavError;
      if (wavProblem) {
        setNotice(`${wavProblem} Your recording is saved; type what you said in the answer box.`);
        return;
      }
      setWorking('Transcribing…');
      const t = await recordingsApi.transcribe(saved.recording.id, questionId);
      if (t.ok) {
        onTranscript(t.transcript.text);
        setNotice('The transcript is in the answer box: correct anything misheard, then send it. The corrected text is your answer.');
      } else {
        setNotice(`${t.error.message} Your recording is saved; type what you said in the answer box.`);
      }
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setWorking(undefined);
    }
  }

  if (!open) {
    return (
      <div className="loop-speak">
        <button type="button" className="button ghost" disabled={disabled} onClick={() => setOpen(true)}>
          Speak your answer instead
        </button>
      </div>
    );
  }
  return (
    <div className="loop-speak" aria-label="Spoken answer">
      <Recorder target={followUp ? FOLLOW_UP_TARGET : ANSWER_TARGET} onRecorded={onRecorded} disabled={disabled || working !== undefined} />
      {working && (
        <p role="status" className="muted small">
          {working}
        </p>
      )}
      {notice && <p className="loop-speak-notice small">{notice}</p>}
      {recordingId && !working && !notice && <p className="muted small">A recording of this answer is saved; correct the text below before sending.</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Stores the corrected transcript on the recording (best effort: the answer itself is already sent). */
export async function saveCorrectedTranscript(recordingId: string, text: string): Promise<string | undefined> {
  try {
    await recordingsApi.correct(recordingId, text);
    return undefined;
  } catch (err) {
    return `Your answer was sent, but the corrected transcript could not be saved with the recording: ${(err as Error).message}`;
  }
}
