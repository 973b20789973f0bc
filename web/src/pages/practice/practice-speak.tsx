/**
 * "Speak your answer" on the Practice page: record it (or upload a recording) against the
 * question's target length, have it transcribed — or type what you said when no engine is set up —
 * and find the transcript in the answer box to correct. The recording is saved with the question;
 * the answer is submitted with it, so its measured pace and pauses feed the delivery dimension.
 */
import { useState } from 'react';
import { Recorder, recordingsApi, saveRecording, type RecordedAnswer, type RecordingView } from '../../components/recorder/index.js';

export interface PracticeSpeakProps {
  readonly questionId: string;
  /** The question's target speaking length in seconds. */
  readonly target?: readonly [number, number] | undefined;
  readonly disabled: boolean;
  /** The recording already saved for this answer, if any. */
  readonly recording: RecordingView | undefined;
  /** A recording was saved; `transcript` is the engine's text, when an engine heard it. */
  onRecorded(recording: RecordingView, transcript: string | undefined): void;
}

export function PracticeSpeak({ questionId, target, disabled, recording, onRecorded }: PracticeSpeakProps) {
  const [opened, setOpened] = useState(false);
  const open = opened || recording !== undefined;
  const [working, setWorking] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();

  async function recorded(answer: RecordedAnswer): Promise<void> {
    setError(undefined);
    setNotice(undefined);
    setWorking('Saving the recording…');
    try {
      const saved = await saveRecording({ media: answer.media, mimeType: answer.mimeType, wav: answer.wav, durationSec: answer.durationSec, questionId });
      const wavProblem = answer.wavError ?? saved.wavError;
      if (wavProblem) {
        onRecorded(saved.recording, undefined);
        setNotice(`${wavProblem} Your recording is saved; type what you said in the answer box, then submit.`);
        return;
      }
      setWorking('Transcribing…');
      const t = await recordingsApi.transcribe(saved.recording.id, questionId);
      if (t.ok) {
        onRecorded({ ...saved.recording, transcript: t.transcript }, t.transcript.text);
        setNotice('The transcript is in the answer box: correct anything misheard, then submit. Your pace and pauses are measured from the recording.');
      } else {
        onRecorded(saved.recording, undefined);
        setNotice(`${t.error.message} Your recording is saved; type what you said in the answer box, then submit — the pace is estimated from the recording's length.`);
      }
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setWorking(undefined);
    }
  }

  if (!open) {
    return (
      <div className="practice-speak">
        <button type="button" className="button ghost" disabled={disabled} onClick={() => setOpened(true)}>
          Speak your answer
        </button>
        <span className="muted small"> Record yourself, then hear it back beside the feedback with your real pace and pauses.</span>
      </div>
    );
  }
  return (
    <section className="practice-speak" aria-label="Speak your answer">
      <Recorder target={target} onRecorded={recorded} disabled={disabled || working !== undefined} />
      {working && (
        <p role="status" className="muted small">
          {working}
        </p>
      )}
      {notice && <p className="practice-speak-notice small">{notice}</p>}
      {recording && !working && !notice && <p className="muted small">A recording of this answer is saved; it goes with the answer when you submit.</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
