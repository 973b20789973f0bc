/** Pick the transcription engine from the environment (or explicit settings). */
import { createOpenAiTranscriber } from './openai-engine.js';
import { createWhisperTranscriber } from './whisper-process.js';
import { failure, type Transcriber } from './types.js';

export type EngineName = 'none' | 'openai-compatible' | 'whisper.cpp';

/** The "none" engine: the candidate types or pastes the transcript. */
export function createNoneTranscriber(): Transcriber {
  return {
    engine: 'none',
    keepsFillers: true,
    async transcribe() {
      return failure(
        'none',
        'no-engine',
        'No transcription engine is set up, so type or paste what you said. To transcribe automatically, set KEEPER_WHISPER_MODEL (a local whisper.cpp model) or KEEPER_TRANSCRIBE_URL (an OpenAI-compatible endpoint).',
      );
    },
  };
}

export interface SpeechEnv {
  KEEPER_TRANSCRIBER?: string;
  KEEPER_TRANSCRIBE_URL?: string;
  KEEPER_TRANSCRIBE_KEY?: string;
  KEEPER_TRANSCRIBE_MODEL?: string;
  KEEPER_TRANSCRIBE_KEEPS_FILLERS?: string;
  KEEPER_WHISPER_MODEL?: string;
  KEEPER_WHISPER_THREADS?: string;
}

/** Which engine the environment asks for: explicit KEEPER_TRANSCRIBER, else the first one configured. */
export function chooseEngine(env: SpeechEnv): EngineName {
  const explicit = env.KEEPER_TRANSCRIBER?.trim().toLowerCase();
  if (explicit === 'none' || explicit === 'off') return 'none';
  if (explicit === 'openai' || explicit === 'openai-compatible' || explicit === 'http') return 'openai-compatible';
  if (explicit === 'whisper' || explicit === 'whisper.cpp' || explicit === 'local') return 'whisper.cpp';
  if (env.KEEPER_WHISPER_MODEL) return 'whisper.cpp';
  if (env.KEEPER_TRANSCRIBE_URL) return 'openai-compatible';
  return 'none';
}

export function createTranscriber(env: SpeechEnv = process.env as SpeechEnv): Transcriber {
  const engine = chooseEngine(env);
  if (engine === 'whisper.cpp') {
    const threads = Number(env.KEEPER_WHISPER_THREADS);
    return createWhisperTranscriber({ modelPath: env.KEEPER_WHISPER_MODEL, ...(threads > 0 ? { threads } : {}) });
  }
  if (engine === 'openai-compatible') {
    if (!env.KEEPER_TRANSCRIBE_URL) {
      return {
        engine: 'openai-compatible',
        keepsFillers: false,
        async transcribe() {
          return failure('openai-compatible', 'endpoint-unreachable', 'KEEPER_TRANSCRIBER asks for an OpenAI-compatible endpoint, but KEEPER_TRANSCRIBE_URL is not set.');
        },
      };
    }
    return createOpenAiTranscriber({
      url: env.KEEPER_TRANSCRIBE_URL,
      ...(env.KEEPER_TRANSCRIBE_KEY ? { apiKey: env.KEEPER_TRANSCRIBE_KEY } : {}),
      ...(env.KEEPER_TRANSCRIBE_MODEL ? { model: env.KEEPER_TRANSCRIBE_MODEL } : {}),
      keepsFillers: /^(1|true|yes)$/i.test(env.KEEPER_TRANSCRIBE_KEEPS_FILLERS ?? ''),
    });
  }
  return createNoneTranscriber();
}
