/**
 * "Speak your answer" on the Practice page: record it (or upload a recording) against the
 * question's target length, have it transcribed — or type what you said when no engine is set up —
 * and find the transcript in the answer box to correct. The recording is saved with the question;
 * the answer is submitted with it, so its measured pace and pauses feed the delivery dimension.
 */
import { SpokenAnswer, type RecordingView, type SpokenAnswerLabels } from '../../components/recorder/index.js';

export interface PracticeSpeakProps {
  readonly questionId: string;
  /** The question's target speaking length in seconds. */
  readonly target?: readonly [number, number] | undefined;
  readonly disabled: boolean;
  /** The recording already saved for this answer, if any. */
  readonly recording: RecordingView | undefined;
  /** A recording was saved; `transcript` is the engine's text, once an engine heard it. */
  onRecorded(recording: RecordingView, transcript: string | undefined): void;
}

const LABELS: SpokenAnswerLabels = {
  open: 'Speak your answer',
  hint: 'Record yourself, then hear it back beside the feedback with your real pace and pauses.',
  region: 'Speak your answer',
  saved: 'A recording of this answer is saved; it goes with the answer when you submit.',
  transcribed: 'The transcript is in the answer box: correct anything misheard, then submit. Your pace and pauses are measured from the recording.',
  typeIt: 'type what you said in the answer box, then submit',
  estimatesPace: true,
};

export function PracticeSpeak({ questionId, target, disabled, recording, onRecorded }: PracticeSpeakProps) {
  return (
    <SpokenAnswer
      className="practice-speak"
      questionId={questionId}
      target={target}
      disabled={disabled}
      labels={LABELS}
      hasRecording={recording !== undefined}
      onSaved={(rec) => onRecorded(rec, undefined)}
      onTranscript={(text, rec) => onRecorded(rec, text)}
    />
  );
}
