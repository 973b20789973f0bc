export { Recorder, LevelMeter, formatTime, type RecorderProps } from './recorder.js';
export { Playback, DeliveryPanel, type PlaybackProps, type PlaybackSentence } from './playback.js';
export { useRecorder, type RecordedAnswer, type RecorderState, type RecorderStatus } from './use-recorder.js';
export { saveRecording, recordingsApi, type RecordingView, type TranscriptView, type DeliveryView, type SpeechInfo, type TranscribeResponse } from './recordings-api.js';
export { toWav16k, encodeWav, pickMimeType } from './wav.js';
export { useSpokenAnswer, keepCorrectedTranscript, type SpokenAnswer as SpokenAnswerFlow, type SpokenAnswerMessages, type UseSpokenAnswerOptions } from './use-spoken-answer.js';
export { SpokenAnswer, type SpokenAnswerLabels, type SpokenAnswerProps } from './spoken-answer.js';
