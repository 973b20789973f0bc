/**
 * Speaking an answer in the loop: record it (or upload a recording), have it transcribed, and find
 * the transcript in the answer box to correct before sending. The recording is saved with the
 * question, like one made on the Speak page; it goes with the answer, and the corrected text is
 * stored on it first, so the interviewer's analysis measures the pace and pauses.
 */
import { SpokenAnswer, type SpokenAnswerLabels } from '../../components/recorder/index.js';

export interface LoopSpeakProps {
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

const LABELS: SpokenAnswerLabels = {
  open: 'Speak your answer instead',
  region: 'Spoken answer',
  saved: 'A recording of this answer is saved; correct the text below before sending.',
  transcribed: 'The transcript is in the answer box: correct anything misheard, then send it. The corrected text is your answer.',
  typeIt: 'type what you said in the answer box',
};

export function LoopSpeak({ questionId, followUp, disabled, recordingId, onRecording, onTranscript }: LoopSpeakProps) {
  return (
    <SpokenAnswer
      className="loop-speak"
      questionId={questionId}
      target={followUp ? FOLLOW_UP_TARGET : ANSWER_TARGET}
      disabled={disabled}
      labels={LABELS}
      hasRecording={recordingId !== undefined}
      onSaved={(rec) => onRecording(rec.id)}
      onTranscript={(text) => onTranscript(text)}
    />
  );
}
