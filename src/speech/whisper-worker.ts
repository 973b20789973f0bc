/**
 * Child-process entry for whisper.cpp. The parent sends `{ id, wav, opts }` over IPC and gets
 * `{ id, result }` back. If native code aborts (a damaged model), only this process dies.
 */
import { createInProcessWhisper, importWhisperModule } from './whisper-engine.js';
import type { TranscribeOptions } from './types.js';

interface Request {
  id: number;
  wav: Uint8Array | { type: 'Buffer'; data: number[] };
  opts: TranscribeOptions;
}

const threads = Number(process.env.KEEPER_WHISPER_THREADS);
const engine = createInProcessWhisper({
  modelPath: process.env.KEEPER_WHISPER_MODEL,
  ...(threads > 0 ? { threads } : {}),
  loadModule: () => importWhisperModule(process.env.KEEPER_WHISPER_MODULE || undefined),
});

process.on('message', (raw: Request) => {
  const wav = raw.wav instanceof Uint8Array ? raw.wav : Uint8Array.from(raw.wav.data);
  engine
    .transcribe(wav, raw.opts)
    .then((result) => process.send?.({ id: raw.id, result }))
    .catch((e: unknown) =>
      process.send?.({ id: raw.id, result: { ok: false, engine: 'whisper.cpp', error: { type: 'engine-failed', message: String(e) } } }),
    );
});

process.on('disconnect', () => {
  void engine.close?.().finally(() => process.exit(0));
});

process.send?.({ ready: true });
