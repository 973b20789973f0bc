/** One interface for every transcription engine. Expected failures come back as data. */

export interface TimedWord {
  word: string;
  /** Seconds from the start of the recording. */
  start: number;
  end: number;
}

export interface TranscribeOptions {
  /** Vocabulary for the engine: the question's technical terms (see `vocabularyPrompt`). */
  prompt?: string;
  /** ISO 639-1 code such as "en"; omitted means "let the engine detect it". */
  language?: string;
}

export interface Transcript {
  ok: true;
  text: string;
  words: TimedWord[];
  engine: string;
  /** False when the engine is known to drop "um" and "uh": a filler count is then a lower bound. */
  keepsFillers: boolean;
  /** How the word times were obtained: per word, spread evenly over segments, or not at all. */
  timing: 'word' | 'segment' | 'none';
  durationSec: number;
  language?: string;
}

export type TranscribeErrorType =
  | 'no-engine'
  | 'engine-not-installed'
  | 'model-missing'
  | 'model-invalid'
  | 'endpoint-unreachable'
  | 'endpoint-auth'
  | 'endpoint-error'
  | 'bad-response'
  | 'corrupt-audio'
  | 'silent-audio'
  | 'engine-failed';

export interface TranscribeFailure {
  ok: false;
  engine: string;
  error: { type: TranscribeErrorType; message: string };
}

export type TranscribeResult = Transcript | TranscribeFailure;

export interface Transcriber {
  /** "openai-compatible", "whisper.cpp" or "none". */
  readonly engine: string;
  readonly keepsFillers: boolean;
  transcribe(wav: Uint8Array, opts?: TranscribeOptions): Promise<TranscribeResult>;
  /** Free native resources (the whisper model). Safe to call more than once. */
  close?(): Promise<void>;
}

export function failure(engine: string, type: TranscribeErrorType, message: string): TranscribeFailure {
  return { ok: false, engine, error: { type, message } };
}
