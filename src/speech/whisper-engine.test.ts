import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkModelFile, createInProcessWhisper, wordsFromWhisperSegments, type WhisperModuleLike } from './whisper-engine.js';
import { createWhisperTranscriber } from './whisper-process.js';
import { chooseEngine, createTranscriber } from './create.js';
import { encodeWav } from './wav.js';

let dir = '';
let goodModel = '';
let garbageModel = '';
let fakeModule = '';
const MB = 1024 * 1024;

function tone(seconds: number): Float32Array {
  const out = new Float32Array(seconds * 16_000);
  for (let i = 0; i < out.length; i++) out[i] = 0.3 * Math.sin((2 * Math.PI * 220 * i) / 16_000);
  return out;
}
const wav = encodeWav(tone(1), 16_000);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'keeper-whisper-'));
  // Right magic and size, but not a real model: passes the cheap checks.
  goodModel = join(dir, 'ggml-fake.bin');
  writeFileSync(goodModel, Buffer.concat([Buffer.from('lmgg', 'latin1'), Buffer.alloc(2 * MB, 7)]));
  // Right magic, random body: real whisper.cpp aborts on it (GGML_ASSERT).
  garbageModel = join(dir, 'ggml-garbage.bin');
  const body = Buffer.alloc(2 * MB);
  for (let i = 0; i < body.length; i++) body[i] = (i * 2654435761) >>> 24;
  writeFileSync(garbageModel, Buffer.concat([Buffer.from('lmgg', 'latin1'), body]));
  // A stand-in for @fugood/whisper.node with the same API, for the child-process path.
  fakeModule = join(dir, 'fake-whisper.mjs');
  writeFileSync(
    fakeModule,
    `export async function initWhisper({ filePath }) {
       return {
         transcribeData(buf, options) {
           const seconds = buf.byteLength / 2 / 16000;
           return { promise: Promise.resolve({
             result: ' Hello from ' + filePath.split('/').pop() + ' prompt=' + options.prompt,
             language: 'en',
             segments: [{ text: ' Hello', t0: 0, t1: 40 }, { text: ' rate', t0: 50, t1: 70 }, { text: '-limit', t0: 70, t1: 95 }, { text: ' ' + seconds, t0: 95, t1: 100 }],
           }) };
         },
         async release() {},
       };
     }`,
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('model file checks', () => {
  it('explains a missing setting, a missing file, a folder, a short file and a foreign file', async () => {
    expect(await checkModelFile(undefined)).toMatchObject({ ok: false, type: 'model-missing', message: expect.stringContaining('KEEPER_WHISPER_MODEL') });
    expect(await checkModelFile(join(dir, 'nope.bin'))).toMatchObject({ type: 'model-missing', message: expect.stringContaining('There is no whisper model file at') });
    const folder = join(dir, 'folder');
    mkdirSync(folder, { recursive: true });
    expect(await checkModelFile(folder)).toMatchObject({ type: 'model-invalid', message: expect.stringContaining('is a folder') });
    const short = join(dir, 'short.bin');
    writeFileSync(short, 'lmgg1234');
    expect(await checkModelFile(short)).toMatchObject({ type: 'model-invalid', message: expect.stringContaining('cut short') });
    const gguf = join(dir, 'llama.gguf');
    writeFileSync(gguf, Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(2 * MB)]));
    expect(await checkModelFile(gguf)).toMatchObject({ type: 'model-invalid', message: expect.stringContaining('GGUF file') });
    expect(await checkModelFile(goodModel)).toEqual({ ok: true });
  });
});

describe('in-process engine (with a stand-in module)', () => {
  it('turns whisper segments into timed words and passes the prompt', async () => {
    let seen: Record<string, unknown> = {};
    const mod: WhisperModuleLike = {
      async initWhisper() {
        return {
          transcribeData(_buf, options) {
            seen = options;
            return { promise: Promise.resolve({ result: ' We cut p99 [BLANK_AUDIO]', segments: [{ text: ' We', t0: 10, t1: 30 }, { text: ' cut', t0: 30, t1: 60 }, { text: ' p', t0: 60, t1: 70 }, { text: '99', t0: 70, t1: 90 }, { text: ' [BLANK_AUDIO]', t0: 90, t1: 100 }] }) };
          },
          async release() {},
        };
      },
    };
    const t = createInProcessWhisper({ modelPath: goodModel, loadModule: async () => mod });
    const r = await t.transcribe(wav, { prompt: 'Terms: p99', language: 'en' });
    expect(r).toMatchObject({ ok: true, text: 'We cut p99', engine: 'whisper.cpp', keepsFillers: false, timing: 'word' });
    expect(r.ok && r.words).toEqual([
      { word: 'We', start: 0.1, end: 0.3 },
      { word: 'cut', start: 0.3, end: 0.6 },
      { word: 'p99', start: 0.6, end: 0.9 },
    ]);
    expect(seen).toMatchObject({ prompt: 'Terms: p99', language: 'en', tokenTimestamps: true, maxLen: 1 });
    await t.close?.();
  });

  it('says how to install the engine when the module cannot be loaded', async () => {
    const t = createInProcessWhisper({ modelPath: goodModel, loadModule: () => Promise.reject(new Error("Cannot find package '@fugood/whisper.node'")) });
    const r = await t.transcribe(wav);
    expect(r).toMatchObject({ ok: false, error: { type: 'engine-not-installed' } });
    expect(!r.ok && r.error.message).toContain('npm install --no-save @fugood/whisper.node@1.1.3 @fugood/node-whisper-linux-x64@1.1.3');
  });

  it('reports a model the engine refuses, and a failure while transcribing', async () => {
    const refuses = createInProcessWhisper({ modelPath: goodModel, loadModule: async () => ({ initWhisper: () => Promise.reject(new Error('Failed to initialize whisper context')) }) });
    expect(await refuses.transcribe(wav)).toMatchObject({ error: { type: 'model-invalid', message: expect.stringContaining('could not load the model') } });
    const breaks = createInProcessWhisper({
      modelPath: goodModel,
      loadModule: async () => ({
        initWhisper: async () => ({ transcribeData: () => ({ promise: Promise.reject(new Error('out of memory')) }), release: async () => undefined }),
      }),
    });
    expect(await breaks.transcribe(wav)).toMatchObject({ error: { type: 'engine-failed', message: expect.stringContaining('out of memory') } });
  });

  it('checks the model before the audio and the audio before the engine', async () => {
    let loaded = false;
    const t = createInProcessWhisper({ modelPath: goodModel, loadModule: async () => ((loaded = true), { initWhisper: () => Promise.reject(new Error('x')) }) });
    expect(await t.transcribe(encodeWav(new Float32Array(16_000), 16_000))).toMatchObject({ error: { type: 'silent-audio' } });
    expect(await t.transcribe(new Uint8Array([1, 2, 3]))).toMatchObject({ error: { type: 'corrupt-audio' } });
    expect(loaded).toBe(false);
    const noModel = createInProcessWhisper({ modelPath: undefined });
    expect(await noModel.transcribe(new Uint8Array([1, 2, 3]))).toMatchObject({ error: { type: 'model-missing' } });
  });
});

/** Whether the optional native engine is installed (see README: local speech model). */
const whisperInstalled = (() => {
  try {
    createRequire(import.meta.url).resolve('@fugood/whisper.node');
    return true;
  } catch {
    return false;
  }
})();

describe('child-process engine', () => {
  it('transcribes through the worker and keeps the model loaded between calls', async () => {
    const t = createWhisperTranscriber({ modelPath: goodModel, moduleName: fakeModule });
    const [a, b] = await Promise.all([t.transcribe(wav, { prompt: 'Terms: TTL' }), t.transcribe(encodeWav(tone(2), 16_000))]);
    expect(a).toMatchObject({ ok: true, engine: 'whisper.cpp', text: 'Hello from ggml-fake.bin prompt=Terms: TTL' });
    expect(a.ok && a.words.map((w) => w.word)).toEqual(['Hello', 'rate-limit', '1']);
    expect(b.ok && b.words.map((w) => w.word)).toEqual(['Hello', 'rate-limit', '2']);
    await t.close?.();
  });

  it('reports a module that is not installed', async () => {
    const t = createWhisperTranscriber({ modelPath: goodModel, moduleName: join(dir, 'missing-module.mjs') });
    const r = await t.transcribe(wav);
    expect(r).toMatchObject({ ok: false, error: { type: 'engine-not-installed' } });
    await t.close?.();
  });

  it('survives whisper.cpp aborting on a damaged model, with a clear message', async () => {
    const t = createWhisperTranscriber({ modelPath: garbageModel });
    const r = await t.transcribe(wav);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    if (!whisperInstalled) {
      // The optional engine is not installed here (.ci/run installs it): the message says how.
      expect(r.error.type).toBe('engine-not-installed');
      expect(r.error.message).toContain('npm install');
      await t.close?.();
      return;
    }
    // The real native module aborts (GGML_ASSERT) or refuses the file; either way: model-invalid.
    expect(r.error.type).toBe('model-invalid');
    expect(r.error.message).toContain(garbageModel);
    expect(r.error.message).toContain('KEEPER_WHISPER_MODEL');
    // This process is still alive and the engine can be asked again.
    const again = await t.transcribe(wav);
    expect(again).toMatchObject({ ok: false, error: { type: 'model-invalid' } });
    await t.close?.();
  });
});

describe('choosing an engine', () => {
  it('follows KEEPER_TRANSCRIBER, else the first engine configured, else none', async () => {
    expect(chooseEngine({})).toBe('none');
    expect(chooseEngine({ KEEPER_TRANSCRIBE_URL: 'http://127.0.0.1:1' })).toBe('openai-compatible');
    expect(chooseEngine({ KEEPER_WHISPER_MODEL: '/m.bin', KEEPER_TRANSCRIBE_URL: 'http://x' })).toBe('whisper.cpp');
    expect(chooseEngine({ KEEPER_TRANSCRIBER: 'none', KEEPER_WHISPER_MODEL: '/m.bin' })).toBe('none');
    const none = createTranscriber({});
    expect(await none.transcribe(wav)).toMatchObject({ ok: false, engine: 'none', error: { type: 'no-engine', message: expect.stringContaining('type or paste') } });
    const misconfigured = createTranscriber({ KEEPER_TRANSCRIBER: 'openai' });
    expect(await misconfigured.transcribe(wav)).toMatchObject({ error: { type: 'endpoint-unreachable', message: expect.stringContaining('KEEPER_TRANSCRIBE_URL is not set') } });
  });
});

describe('wordsFromWhisperSegments', () => {
  it('drops special tokens and joins word pieces', () => {
    expect(
      wordsFromWhisperSegments([
        { text: '[_BEG_]', t0: 0, t1: 0 },
        { text: ' Open', t0: 0, t1: 20 },
        { text: ' Connect', t0: 20, t1: 50 },
        { text: "'s", t0: 50, t1: 60 },
        { text: ' (coughs)', t0: 60, t1: 80 },
      ]),
    ).toEqual([
      { word: 'Open', start: 0, end: 0.2 },
      { word: "Connect's", start: 0.2, end: 0.6 },
    ]);
  });
});
