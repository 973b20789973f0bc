export type { TimedWord, TranscribeOptions, Transcript, TranscribeFailure, TranscribeResult, TranscribeErrorType, Transcriber } from './types.js';
export { createTranscriber, createNoneTranscriber, chooseEngine, type EngineName, type SpeechEnv } from './create.js';
export { createOpenAiTranscriber, transcriptionsUrl, type OpenAiTranscriberConfig } from './openai-engine.js';
export { createInProcessWhisper, checkModelFile, wordsFromWhisperSegments, type InProcessWhisperConfig } from './whisper-engine.js';
export { createWhisperTranscriber, type WhisperTranscriberConfig } from './whisper-process.js';
export { decodeWav, checkSpeechAudio, encodeWav, resample, toPcm16, peakDbfs, type DecodedWav, type WavResult } from './wav.js';
export { vocabularyPrompt, technicalTerms, type PromptSource } from './prompt.js';
