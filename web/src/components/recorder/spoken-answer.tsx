/**
 * "Speak your answer" where an answer is typed: a button that opens the recorder, then the shared
 * flow (`useSpokenAnswer`) with its progress, notice and error lines. The page decides the labels,
 * the target length and what to do with the recording and its transcript.
 */
import { useState } from 'react';
import { Recorder } from './recorder.js';
import type { RecordingView } from './recordings-api.js';
import { useSpokenAnswer, type SpokenAnswerMessages } from './use-spoken-answer.js';

export interface SpokenAnswerLabels extends SpokenAnswerMessages {
  /** The button that opens the recorder. */
  readonly open: string;
  /** A short line beside that button. */
  readonly hint?: string | undefined;
  /** The accessible name of the opened recorder's region. */
  readonly region: string;
  /** Shown while a recording is saved for this answer and nothing else is to be said. */
  readonly saved?: string | undefined;
}

export interface SpokenAnswerProps {
  readonly questionId: string | undefined;
  /** Target speaking length in seconds [from, to]. */
  readonly target?: readonly [number, number] | undefined;
  readonly disabled: boolean;
  readonly labels: SpokenAnswerLabels;
  /** Extra class for the page's layout (its notice gets `<className>-notice`). */
  readonly className?: string | undefined;
  /** Offer the camera too (default true). */
  readonly allowVideo?: boolean | undefined;
  /** A recording is already saved for this answer: the recorder starts open and says so. */
  readonly hasRecording?: boolean | undefined;
  onSaved(recording: RecordingView): void;
  onTranscript(text: string, recording: RecordingView): void;
}

export function SpokenAnswer({ questionId, target, disabled, labels, className, allowVideo, hasRecording = false, onSaved, onTranscript }: SpokenAnswerProps) {
  const [opened, setOpened] = useState(false);
  const flow = useSpokenAnswer({ questionId, messages: labels, onSaved, onTranscript });
  const classes = className ? `spoken-answer ${className}` : 'spoken-answer';

  if (!opened && !hasRecording) {
    return (
      <div className={classes}>
        <button type="button" className="button ghost" disabled={disabled} onClick={() => setOpened(true)}>
          {labels.open}
        </button>
        {labels.hint && <span className="muted small"> {labels.hint}</span>}
      </div>
    );
  }
  return (
    <section className={classes} aria-label={labels.region}>
      <Recorder target={target} allowVideo={allowVideo} onRecorded={flow.record} disabled={disabled || flow.working !== undefined} />
      {flow.working && (
        <p role="status" className="muted small">
          {flow.working}
        </p>
      )}
      {flow.notice && <p className={`spoken-answer-notice small${className ? ` ${className}-notice` : ''}`}>{flow.notice}</p>}
      {hasRecording && labels.saved && !flow.working && !flow.notice && <p className="muted small">{labels.saved}</p>}
      {flow.error && (
        <p role="alert" className="error">
          {flow.error}
        </p>
      )}
    </section>
  );
}
