/**
 * Telling a story out loud: record yourself (or upload a recording), have it transcribed, and get
 * the transcript back to correct; the corrected text becomes the practice answer. The recording is
 * saved with the question, like one made on the Speak page.
 */
import { useState } from 'react';
import { Recorder, recordingsApi, saveRecording, type RecordedAnswer, type RecordingView } from '../../components/recorder/index.js';

export interface TellAloudProps {
  readonly questionId: string;
  /** Target length in seconds of a spoken answer to the question. */
  readonly target?: readonly [number, number] | undefined;
  readonly disabled: boolean;
  /** A recording was saved; `transcript` is the engine's text, when there is an engine. */
  onRecorded(recording: RecordingView, transcript: string | undefined): void;
}

export function TellAloud({ questionId, target, disabled, onRecorded }: TellAloudProps) {
  const [open, setOpen] = useState(false);
  const [working, setWorking] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<string>();

  async function recorded(answer: RecordedAnswer): Promise<void> {
    setError(undefined);
    setNotice(undefined);
    setWorking('Saving the recording…');
    try {
      const saved = await saveRecording({ media: answer.media, mimeType: answer.mimeType, wav: answer.wav, durationSec: answer.durationSec, questionId: questionId || undefined });
      const wavProblem = answer.wavError ?? saved.wavError;
      if (wavProblem) {
        onRecorded(saved.recording, undefined);
        setNotice(`${wavProblem} Your recording is saved; type what you said in the answer box.`);
        return;
      }
      setWorking('Transcribing…');
      const t = await recordingsApi.transcribe(saved.recording.id, questionId || undefined);
      if (t.ok) {
        onRecorded({ ...saved.recording, transcript: t.transcript }, t.transcript.text);
        setNotice('Your spoken story replaced the written one in the answer box: correct anything misheard, then submit it.');
      } else {
        onRecorded(saved.recording, undefined);
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
      <div className="tell-aloud">
        <button type="button" className="button ghost" disabled={disabled} onClick={() => setOpen(true)}>
          Tell it out loud
        </button>
        <span className="muted small"> Record yourself telling the story, then hear it back beside the feedback.</span>
      </div>
    );
  }
  return (
    <div className="tell-aloud" aria-label="Tell the story out loud">
      <Recorder target={target} onRecorded={recorded} disabled={disabled || working !== undefined} />
      {working && (
        <p role="status" className="muted small">
          {working}
        </p>
      )}
      {notice && <p className="tell-aloud-notice small">{notice}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
