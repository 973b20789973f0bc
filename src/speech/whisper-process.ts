/**
 * whisper.cpp in a child process: a damaged model file can abort native code, and that must
 * not take the server down. The parent checks the model file and the audio first (cheap, clear
 * messages), then hands the work to a long-lived child that keeps the model loaded.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkSpeechAudio } from './wav.js';
import { checkModelFile, WHISPER_ENGINE, WHISPER_MODEL_HINT } from './whisper-engine.js';
import { failure, type TranscribeOptions, type TranscribeResult, type Transcriber } from './types.js';

export interface WhisperTranscriberConfig {
  modelPath: string | undefined;
  threads?: number;
  /** Module with the @fugood/whisper.node API to load in the child (tests use a fake). */
  moduleName?: string;
}

function workerEntry(): { file: string; execArgv: string[] } {
  const js = fileURLToPath(new URL('./whisper-worker.js', import.meta.url));
  if (existsSync(js)) return { file: js, execArgv: [] };
  // Running from the TypeScript sources (tests, `npm run keeper`): load the worker through tsx.
  return { file: fileURLToPath(new URL('./whisper-worker.ts', import.meta.url)), execArgv: ['--import', import.meta.resolve('tsx')] };
}

/** An idle worker must not keep the CLI (or a test run) alive. */
function idle(proc: ChildProcess, yes: boolean): void {
  type Refable = { ref?: () => void; unref?: () => void } | null | undefined;
  const handles: Refable[] = [proc.channel as Refable, proc.stderr as Refable];
  if (yes) {
    proc.unref();
    handles.forEach((h) => h?.unref?.());
  } else {
    proc.ref();
    handles.forEach((h) => h?.ref?.());
  }
}

interface Pending {
  resolve: (r: TranscribeResult) => void;
}

export function createWhisperTranscriber(config: WhisperTranscriberConfig): Transcriber {
  let child: ChildProcess | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function start(): ChildProcess {
    const { file, execArgv } = workerEntry();
    const env: NodeJS.ProcessEnv = { ...process.env, KEEPER_WHISPER_MODEL: config.modelPath ?? '' };
    if (config.threads) env.KEEPER_WHISPER_THREADS = String(config.threads);
    if (config.moduleName) env.KEEPER_WHISPER_MODULE = config.moduleName;
    const proc = fork(file, [], { execArgv, env, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let succeeded = false; // has this child ever loaded the model and answered?
    let stderr = '';
    proc.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    proc.on('message', (msg: { id?: number; result?: TranscribeResult }) => {
      if (msg.id === undefined || !msg.result) return;
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.result.ok) succeeded = true;
      if (pending.size === 0) idle(proc, true);
      p?.resolve(msg.result);
    });
    proc.on('exit', (code, signal) => {
      if (child === proc) child = undefined;
      const assertion = /GGML_ASSERT[^\n]*|failed to load model|invalid model[^\n]*/.exec(stderr)?.[0];
      const how = signal ? `stopped by ${signal}` : `exited with code ${code ?? '?'}`;
      for (const [id, p] of pending) {
        pending.delete(id);
        p.resolve(
          succeeded
            ? failure(WHISPER_ENGINE, 'engine-failed', `whisper.cpp ${how} while transcribing${assertion ? ` (${assertion})` : ''}. The recording is kept; try again or type the transcript.`)
            : failure(
                WHISPER_ENGINE,
                'model-invalid',
                `whisper.cpp ${how} while loading ${config.modelPath ?? 'the model'}${assertion ? ` (${assertion})` : ''}: the model file is damaged or not a whisper model. ${WHISPER_MODEL_HINT}`,
              ),
        );
      }
    });
    proc.on('error', () => undefined); // 'exit' reports the failure to callers
    return proc;
  }

  return {
    engine: WHISPER_ENGINE,
    keepsFillers: false,
    async transcribe(wav: Uint8Array, opts: TranscribeOptions = {}): Promise<TranscribeResult> {
      const model = await checkModelFile(config.modelPath);
      if (!model.ok) return failure(WHISPER_ENGINE, model.type, model.message);
      const audio = checkSpeechAudio(wav);
      if (!audio.ok) return failure(WHISPER_ENGINE, audio.type, audio.message);
      child ??= start();
      const id = nextId++;
      const proc = child;
      idle(proc, false);
      return new Promise<TranscribeResult>((resolve) => {
        pending.set(id, { resolve });
        proc.send({ id, wav, opts }, (err) => {
          if (err && pending.delete(id)) {
            resolve(failure(WHISPER_ENGINE, 'engine-failed', `Could not reach the whisper.cpp worker (${err.message}). Try again.`));
          }
        });
      });
    },
    async close(): Promise<void> {
      const proc = child;
      child = undefined;
      if (!proc || proc.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          proc.kill('SIGKILL');
          resolve();
        }, 3000);
        proc.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        proc.disconnect();
      });
    },
  };
}
