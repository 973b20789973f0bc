/**
 * Local transcription with whisper.cpp through @fugood/whisper.node, using a ggml model file the
 * user points to (KEEPER_WHISPER_MODEL). Nothing leaves the machine. The native module is loaded
 * lazily, so Keeper runs without it and says clearly how to install it. This file is the
 * in-process engine; `whisper-process.ts` runs it in a child process.
 */
import { open, stat } from 'node:fs/promises';
import { checkSpeechAudio, resample, toPcm16 } from './wav.js';
import { failure, type TimedWord, type TranscribeOptions, type TranscribeResult, type Transcriber } from './types.js';

const ENGINE = 'whisper.cpp';
const MODULE_NAME = '@fugood/whisper.node';
const INSTALL_HINT = 'npm install --no-save @fugood/whisper.node@1.1.3 @fugood/node-whisper-linux-x64@1.1.3';
const MODEL_HINT =
  'Download a ggml model file (for example ggml-base.en.bin from the whisper.cpp project) and set KEEPER_WHISPER_MODEL to its path.';

/** The part of @fugood/whisper.node we use. */
export interface WhisperSegment {
  text: string;
  /** Hundredths of a second, as whisper.cpp reports them. */
  t0: number;
  t1: number;
}
export interface WhisperContextLike {
  transcribeData(
    audio: ArrayBuffer,
    options: Record<string, unknown>,
  ): { promise: Promise<{ result: string; segments: WhisperSegment[]; language?: string; isAborted?: boolean }> };
  release(): Promise<void>;
}
export interface WhisperModuleLike {
  initWhisper(options: { filePath: string; useGpu?: boolean }): Promise<WhisperContextLike>;
}

export interface InProcessWhisperConfig {
  modelPath: string | undefined;
  threads?: number;
  /** Replaced in tests; defaults to a dynamic import of @fugood/whisper.node. */
  loadModule?: () => Promise<WhisperModuleLike>;
}

/** Import the native binding (or another module with the same API, for tests). */
export async function importWhisperModule(name: string = MODULE_NAME): Promise<WhisperModuleLike> {
  const mod = (await import(name)) as WhisperModuleLike & { default?: WhisperModuleLike };
  if (typeof mod.initWhisper === 'function') return mod;
  if (mod.default && typeof mod.default.initWhisper === 'function') return mod.default;
  throw new Error(`${MODULE_NAME} has no initWhisper export`);
}

/** ggml model files start with the magic 0x67676d6c written little-endian: "lmgg". */
const GGML_MAGIC = [0x6c, 0x6d, 0x67, 0x67];

export type ModelCheck = { ok: true } | { ok: false; type: 'model-missing' | 'model-invalid'; message: string };

export async function checkModelFile(path: string | undefined): Promise<ModelCheck> {
  if (!path || path.trim() === '') {
    return { ok: false, type: 'model-missing', message: `No whisper model is set. ${MODEL_HINT}` };
  }
  let info;
  try {
    info = await stat(path);
  } catch {
    return { ok: false, type: 'model-missing', message: `There is no whisper model file at ${path}. ${MODEL_HINT}` };
  }
  if (!info.isFile()) return { ok: false, type: 'model-invalid', message: `${path} is a folder, not a model file. ${MODEL_HINT}` };
  if (info.size < 1024 * 1024) {
    return { ok: false, type: 'model-invalid', message: `${path} is only ${info.size} bytes; a whisper model is tens of megabytes or more. Was the download cut short? ${MODEL_HINT}` };
  }
  const head = new Uint8Array(4);
  try {
    const fh = await open(path, 'r');
    try {
      await fh.read(head, 0, 4, 0);
    } finally {
      await fh.close();
    }
  } catch (e) {
    return { ok: false, type: 'model-invalid', message: `Cannot read ${path} (${e instanceof Error ? e.message : String(e)}).` };
  }
  if (!GGML_MAGIC.every((b, i) => head[i] === b)) {
    const what = String.fromCharCode(...head) === 'GGUF' ? 'a GGUF file (for llama.cpp), not a whisper ggml model' : 'not a whisper.cpp ggml model';
    return { ok: false, type: 'model-invalid', message: `${path} is ${what}. ${MODEL_HINT}` };
  }
  return { ok: true };
}

const SPECIAL = /^\s*\[[^\]]*\]\s*$|^\s*\([^)]*\)\s*$/;

/**
 * With `maxLen: 1` and token timestamps whisper.cpp returns about one segment per token. Tokens
 * that do not start with a space continue the previous word ("rate" + "-limit").
 */
export function wordsFromWhisperSegments(segments: WhisperSegment[]): TimedWord[] {
  const words: TimedWord[] = [];
  for (const seg of segments) {
    if (seg.text.trim() === '' || SPECIAL.test(seg.text)) continue;
    const start = seg.t0 / 100;
    const end = Math.max(start, seg.t1 / 100);
    const last = words[words.length - 1];
    if (last && !/^\s/.test(seg.text)) {
      last.word += seg.text.trim();
      last.end = end;
      continue;
    }
    for (const [i, part] of seg.text.trim().split(/\s+/).entries()) {
      if (i === 0) words.push({ word: part, start, end });
      else words.push({ word: part, start: end, end });
    }
  }
  return words;
}

export const WHISPER_ENGINE = ENGINE;
export const WHISPER_INSTALL_HINT = INSTALL_HINT;
export const WHISPER_MODEL_HINT = MODEL_HINT;

/**
 * whisper.cpp inside this process. A damaged model can abort the process from native code, so
 * the server uses `createWhisperTranscriber` (a child process) and this runs inside that child.
 */
export function createInProcessWhisper(config: InProcessWhisperConfig): Transcriber {
  const load = config.loadModule ?? (() => importWhisperModule());
  let context: Promise<WhisperContextLike> | undefined;
  // whisper.cpp runs one transcription per context at a time: queue them.
  let queue: Promise<unknown> = Promise.resolve();

  async function getContext(modelPath: string): Promise<WhisperContextLike> {
    context ??= (async () => {
      let mod: WhisperModuleLike;
      try {
        mod = await load();
      } catch (e) {
        throw Object.assign(new Error(e instanceof Error ? e.message : String(e)), { keeperType: 'engine-not-installed' });
      }
      try {
        return await mod.initWhisper({ filePath: modelPath, useGpu: false });
      } catch (e) {
        throw Object.assign(new Error(e instanceof Error ? e.message : String(e)), { keeperType: 'model-invalid' });
      }
    })();
    try {
      return await context;
    } catch (e) {
      context = undefined; // let a later call retry (after the user fixes the setup)
      throw e;
    }
  }

  async function run(wav: Uint8Array, opts: TranscribeOptions): Promise<TranscribeResult> {
    const model = await checkModelFile(config.modelPath);
    if (!model.ok) return failure(ENGINE, model.type, model.message);
    const audio = checkSpeechAudio(wav);
    if (!audio.ok) return failure(ENGINE, audio.type, audio.message);
    let ctx: WhisperContextLike;
    try {
      ctx = await getContext(config.modelPath ?? '');
    } catch (e) {
      const type = (e as { keeperType?: string }).keeperType;
      const detail = e instanceof Error ? e.message : String(e);
      if (type === 'engine-not-installed') {
        return failure(ENGINE, 'engine-not-installed', `The whisper.cpp engine is not installed (${detail}). Install it with: ${INSTALL_HINT}`);
      }
      return failure(ENGINE, 'model-invalid', `whisper.cpp could not load the model ${config.modelPath ?? ''} (${detail}). The file may be damaged. ${MODEL_HINT}`);
    }
    const pcm = toPcm16(resample(audio.wav.samples, audio.wav.sampleRate, 16_000));
    try {
      const { promise } = ctx.transcribeData(pcm.buffer as ArrayBuffer, {
        language: opts.language ?? 'en',
        prompt: opts.prompt,
        tokenTimestamps: true,
        maxLen: 1,
        temperature: 0,
        maxThreads: config.threads ?? 2,
      });
      const out = await promise;
      const words = wordsFromWhisperSegments(out.segments ?? []);
      const text = (out.result ?? '').replace(/\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim();
      return {
        ok: true,
        text,
        words,
        engine: ENGINE,
        keepsFillers: false,
        timing: words.length > 0 ? 'word' : 'none',
        durationSec: audio.wav.durationSec,
        ...(out.language ? { language: out.language } : {}),
      };
    } catch (e) {
      return failure(ENGINE, 'engine-failed', `whisper.cpp failed while transcribing (${e instanceof Error ? e.message : String(e)}). The recording is kept; try again or type the transcript.`);
    }
  }

  return {
    engine: ENGINE,
    keepsFillers: false,
    transcribe(wav: Uint8Array, opts: TranscribeOptions = {}): Promise<TranscribeResult> {
      const next = queue.then(() => run(wav, opts));
      queue = next.catch(() => undefined);
      return next;
    },
    async close(): Promise<void> {
      const current = context;
      context = undefined;
      if (current) await (await current.catch(() => undefined))?.release();
    },
  };
}
