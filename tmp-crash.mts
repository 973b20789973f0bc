import { createWhisperTranscriber } from './src/speech/whisper-process.ts';
import { encodeWav } from './src/speech/wav.ts';
const s = new Float32Array(16000).map((_, i) => 0.3 * Math.sin(i / 5));
const t = createWhisperTranscriber({ modelPath: '/tmp/fake-ggml.bin' });
console.log(await t.transcribe(encodeWav(s, 16000)));
const t2 = createWhisperTranscriber({ modelPath: '/tmp/trunc-ggml.bin' });
console.log(await t2.transcribe(encodeWav(s, 16000)));
