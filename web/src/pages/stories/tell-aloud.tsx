/**
 * Telling a story out loud: record yourself (or upload a recording), have it transcribed, and get
 * the transcript back to correct; the corrected text becomes the practice answer, sent with the
 * recording so its measured pace and pauses feed the delivery dimension.
 */
import { SpokenAnswer, type RecordingView, type SpokenAnswerLabels } from '../../components/recorder/index.js';

export interface TellAloudProps {
  readonly questionId: string;
  /** Target length in seconds of a spoken answer to the question. */
  readonly target?: readonly [number, number] | undefined;
  readonly disabled: boolean;
  /** A recording was saved; `transcript` is the engine's text, once an engine heard it. */
  onRecorded(recording: RecordingView, transcript: string | undefined): void;
}

const LABELS: SpokenAnswerLabels = {
  open: 'Tell it out loud',
  hint: 'Record yourself telling the story, then hear it back beside the feedback.',
  region: 'Tell the story out loud',
  transcribed: 'Your spoken story replaced the written one in the answer box: correct anything misheard, then submit it.',
  typeIt: 'type what you said in the answer box',
  estimatesPace: true,
};

export function TellAloud({ questionId, target, disabled, onRecorded }: TellAloudProps) {
  return (
    <SpokenAnswer
      className="tell-aloud"
      questionId={questionId}
      target={target}
      disabled={disabled}
      labels={LABELS}
      onSaved={(rec) => onRecorded(rec, undefined)}
      onTranscript={(text, rec) => onRecorded(rec, text)}
    />
  );
}
