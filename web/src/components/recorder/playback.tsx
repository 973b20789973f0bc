/**
 * Play a recording beside its transcript: each sentence tinted by its STAR part, flagged
 * sentences marked, the sentence being spoken highlighted, and a click on a sentence seeks to it.
 */
import { useMemo, useRef, useState } from 'react';
import { sentenceAt, sentenceTimes } from '../../../../src/core/delivery/align.js';
import type { DeliveryView, RecordingView } from './recordings-api.js';
import { formatTime } from './recorder.js';

export interface PlaybackSentence {
  index: number;
  start: number;
  end: number;
  text: string;
  star?: string;
}

export interface PlaybackProps {
  recording: RecordingView;
  /** The analysed text (corrected transcript) and its sentences; without them the raw transcript is shown. */
  text?: string;
  sentences?: PlaybackSentence[];
  /** Sentence indexes a flag points at, with the flag message. */
  flagged?: Map<number, string>;
}

export function Playback({ recording, text, sentences, flagged }: PlaybackProps) {
  const media = useRef<HTMLAudioElement & HTMLVideoElement>(null);
  const [time, setTime] = useState(0);
  const transcript = recording.transcript;
  const shownText = text ?? transcript?.correctedText ?? transcript?.text ?? '';
  const list = useMemo<PlaybackSentence[]>(() => {
    if (sentences && sentences.length > 0) return sentences;
    // Without an analysis, split the transcript into sentences ourselves.
    const out: PlaybackSentence[] = [];
    for (const m of shownText.matchAll(/[^.!?]+[.!?]*\s*/g)) {
      const raw = m[0];
      const start = m.index ?? 0;
      if (raw.trim() !== '') out.push({ index: out.length, start, end: start + raw.trimEnd().length, text: raw.trim() });
    }
    return out;
  }, [sentences, shownText]);
  const duration = recording.durationSec ?? transcript?.durationSec ?? 0;
  const times = useMemo(() => sentenceTimes(shownText, list, transcript?.words ?? [], duration), [shownText, list, transcript, duration]);
  const current = sentenceAt(times, time);

  const seek = (i: number): void => {
    const t = times[i];
    const el = media.current;
    if (!t || !el) return;
    el.currentTime = t.start;
    setTime(t.start);
    void el.play().catch(() => undefined);
  };

  const Media = recording.kind === 'video' ? 'video' : 'audio';
  return (
    <div className="playback">
      <Media
        ref={media}
        className={`playback-media ${recording.kind}`}
        controls
        preload="metadata"
        src={recording.mediaUrl}
        onTimeUpdate={(e) => setTime(e.currentTarget.currentTime)}
        aria-label="Recorded answer"
      />
      {list.length === 0 ? (
        <p className="muted">No transcript yet.</p>
      ) : (
        <p className="playback-transcript" aria-label="Transcript">
          {list.map((s, i) => {
            const flag = flagged?.get(s.index);
            return (
              <button
                type="button"
                key={s.index}
                className={`playback-sentence star-${s.star ?? 'other'} ${i === current ? 'current' : ''} ${flag ? 'flagged' : ''}`}
                aria-current={i === current ? 'true' : undefined}
                title={`${formatTime(times[i]?.start ?? 0)}${flag ? ` — ${flag}` : ''}`}
                onClick={() => seek(i)}
              >
                {s.text}
              </button>
            );
          })}
        </p>
      )}
      {transcript?.delivery && <DeliveryPanel delivery={transcript.delivery} />}
    </div>
  );
}

export function DeliveryPanel({ delivery }: { delivery: DeliveryView }) {
  return (
    <div className="delivery" aria-label="Delivery">
      <dl className="delivery-facts">
        <div>
          <dt>Pace</dt>
          <dd>{delivery.wordsPerMinute !== null ? `${delivery.wordsPerMinute} words/min${delivery.pace ? ` (${delivery.pace})` : ''}` : '—'}</dd>
        </div>
        <div>
          <dt>First word after</dt>
          <dd>{delivery.timeToFirstWordSec !== null ? `${delivery.timeToFirstWordSec.toFixed(1)} s` : '—'}</dd>
        </div>
        <div>
          <dt>Pauses over 2 s</dt>
          <dd>{delivery.pauses.length}{delivery.pauses.length > 0 ? ` (longest ${delivery.longestPauseSec.toFixed(1)} s)` : ''}</dd>
        </div>
        <div>
          <dt>Fillers</dt>
          <dd>
            {delivery.fillers.count}
            {!delivery.fillers.trusted && <span className="chip chip-warn" title="The engine drops most fillers">may be more</span>}
          </dd>
        </div>
      </dl>
      {delivery.wpmSeries.length > 1 && (
        <p className="small muted">Pace over time: {delivery.wpmSeries.map((w) => `${formatTime(w.start)} ${w.wpm}`).join(' · ')} words/min</p>
      )}
      {delivery.notes.map((n) => (
        <p key={n} className="small muted delivery-note">
          {n}
        </p>
      ))}
    </div>
  );
}
