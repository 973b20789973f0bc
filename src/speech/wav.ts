/**
 * WAV reading and checking, so every engine gets clean 16 kHz mono audio and every broken file
 * gets a clear message. Supports PCM 8/16/24/32-bit and 32/64-bit float, any channel count.
 */

export interface DecodedWav {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** Mono samples in -1..1 (channels averaged). */
  samples: Float32Array;
  durationSec: number;
  /** True when the header's data size was wrong and the rest of the file was used. */
  repairedLength: boolean;
}

export type WavResult = { ok: true; wav: DecodedWav } | { ok: false; type: 'corrupt-audio' | 'silent-audio'; message: string };

const ascii = (b: Uint8Array, at: number, n: number): string => String.fromCharCode(...b.subarray(at, at + n));

function sniff(bytes: Uint8Array): string | undefined {
  const head = ascii(bytes, 0, 4);
  if (head === 'OggS') return 'Ogg audio';
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'WebM/Matroska audio';
  if (head === 'fLaC') return 'FLAC audio';
  if (head.startsWith('ID3') || (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)) return 'MP3 audio';
  if (ascii(bytes, 4, 4) === 'ftyp') return 'MP4/M4A audio';
  return undefined;
}

const corrupt = (message: string): WavResult => ({ ok: false, type: 'corrupt-audio', message });

export function decodeWav(bytes: Uint8Array): WavResult {
  if (bytes.length < 12) return corrupt(`The audio is too short to be a WAV file (${bytes.length} bytes).`);
  if (ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WAVE') {
    const kind = sniff(bytes);
    return corrupt(
      kind
        ? `The audio is ${kind}, not WAV. Keeper transcribes the 16 kHz WAV the browser makes; convert the file to WAV or record again.`
        : 'The audio is not a WAV file (no RIFF/WAVE header). Record again or convert the file to WAV.',
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 12;
  let fmt: { format: number; channels: number; rate: number; bits: number; align: number } | undefined;
  let data: { start: number; length: number; repaired: boolean } | undefined;
  while (pos + 8 <= bytes.length) {
    const id = ascii(bytes, pos, 4);
    const size = view.getUint32(pos + 4, true);
    const body = pos + 8;
    if (id === 'fmt ') {
      if (size < 16 || body + 16 > bytes.length) return corrupt('The WAV header is damaged (its format chunk is cut short).');
      let format = view.getUint16(body, true);
      if (format === 0xfffe && size >= 40 && body + 26 <= bytes.length) format = view.getUint16(body + 24, true);
      fmt = {
        format,
        channels: view.getUint16(body + 2, true),
        rate: view.getUint32(body + 4, true),
        align: view.getUint16(body + 12, true),
        bits: view.getUint16(body + 14, true),
      };
    } else if (id === 'data') {
      const available = bytes.length - body;
      data = { start: body, length: Math.min(size, available), repaired: size > available };
      break;
    }
    pos = body + size + (size % 2);
  }
  if (!fmt) return corrupt('The WAV file has no format chunk; it is damaged. Record again.');
  if (!data) return corrupt('The WAV file has no audio data chunk; it is damaged or cut short. Record again.');
  const { format, channels, rate, bits } = fmt;
  if (format !== 1 && format !== 3) {
    return corrupt(`The WAV file uses a compressed encoding (format code ${format}); Keeper needs plain PCM WAV.`);
  }
  if (channels < 1 || channels > 16) return corrupt(`The WAV header says ${channels} channels; the file is damaged.`);
  if (rate < 1000 || rate > 384000) return corrupt(`The WAV header says ${rate} samples per second; the file is damaged.`);
  const validBits = format === 1 ? [8, 16, 24, 32] : [32, 64];
  if (!validBits.includes(bits)) return corrupt(`The WAV file has ${bits}-bit samples, which Keeper does not read.`);
  const bytesPerSample = bits / 8;
  const frameSize = bytesPerSample * channels;
  const frames = Math.floor(data.length / frameSize);
  const samples = new Float32Array(frames);
  for (let f = 0; f < frames; f++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) {
      const at = data.start + f * frameSize + c * bytesPerSample;
      sum += readSample(view, at, format, bits);
    }
    samples[f] = sum / channels;
  }
  return { ok: true, wav: { sampleRate: rate, channels, bitsPerSample: bits, samples, durationSec: frames / rate, repairedLength: data.repaired } };
}

function readSample(view: DataView, at: number, format: number, bits: number): number {
  if (format === 3) return bits === 32 ? view.getFloat32(at, true) : view.getFloat64(at, true);
  switch (bits) {
    case 8:
      return (view.getUint8(at) - 128) / 128;
    case 16:
      return view.getInt16(at, true) / 32768;
    case 24: {
      const v = view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16);
      return v / 8388608;
    }
    default:
      return view.getInt32(at, true) / 2147483648;
  }
}

/** Peak level in dBFS (−Infinity for digital silence). */
export function peakDbfs(samples: Float32Array): number {
  let peak = 0;
  for (const s of samples) peak = Math.max(peak, Math.abs(s));
  return peak === 0 ? -Infinity : 20 * Math.log10(peak);
}

/** Decode and refuse audio that holds nothing to transcribe. */
export function checkSpeechAudio(bytes: Uint8Array, opts: { minSeconds?: number; silenceDbfs?: number } = {}): WavResult {
  const decoded = decodeWav(bytes);
  if (!decoded.ok) return decoded;
  const { wav } = decoded;
  const minSeconds = opts.minSeconds ?? 0.3;
  if (wav.durationSec < minSeconds) {
    return {
      ok: false,
      type: 'silent-audio',
      message: `The recording is ${wav.durationSec.toFixed(2)} s long, too short to hold an answer. Record again and speak for longer.`,
    };
  }
  const peak = peakDbfs(wav.samples);
  const threshold = opts.silenceDbfs ?? -45;
  if (peak < threshold) {
    const level = peak === -Infinity ? 'no sound at all' : `the loudest moment is ${peak.toFixed(0)} dBFS`;
    return {
      ok: false,
      type: 'silent-audio',
      message: `The recording is silent (${level}). Check that the right microphone is selected and not muted, then record again.`,
    };
  }
  return decoded;
}

/** Resample (linear, with averaging when shrinking) to a target rate. */
export function resample(samples: Float32Array, from: number, to: number): Float32Array {
  if (from === to) return samples;
  const outLength = Math.max(0, Math.floor((samples.length * to) / from));
  const out = new Float32Array(outLength);
  const ratio = from / to;
  for (let i = 0; i < outLength; i++) {
    const center = i * ratio;
    if (ratio > 1) {
      // Average the input samples that fall into this output sample: a cheap low-pass.
      const lo = Math.floor(center);
      const hi = Math.min(samples.length, Math.floor(center + ratio));
      let sum = 0;
      for (let j = lo; j < hi; j++) sum += samples[j] ?? 0;
      out[i] = hi > lo ? sum / (hi - lo) : (samples[lo] ?? 0);
    } else {
      const lo = Math.floor(center);
      const t = center - lo;
      out[i] = (samples[lo] ?? 0) * (1 - t) + (samples[lo + 1] ?? samples[lo] ?? 0) * t;
    }
  }
  return out;
}

/** Signed 16-bit little-endian PCM, the raw input whisper.cpp takes. */
export function toPcm16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i] ?? 0));
    out[i] = s < 0 ? Math.round(s * 32768) : Math.round(s * 32767);
  }
  return out;
}

/** A 16-bit PCM WAV file from mono samples (used by tests and by the server for normalising). */
export function encodeWav(samples: Float32Array, sampleRate: number): Uint8Array {
  const pcm = toPcm16(samples);
  const out = new Uint8Array(44 + pcm.byteLength);
  const view = new DataView(out.buffer);
  const write = (at: number, s: string): void => [...s].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
  write(0, 'RIFF');
  view.setUint32(4, 36 + pcm.byteLength, true);
  write(8, 'WAVE');
  write(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  write(36, 'data');
  view.setUint32(40, pcm.byteLength, true);
  out.set(new Uint8Array(pcm.buffer), 44);
  return out;
}
