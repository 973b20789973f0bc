import { describe, expect, it } from 'vitest';
import { checkSpeechAudio, decodeWav, encodeWav, peakDbfs, resample, toPcm16 } from './wav.js';

function tone(seconds: number, rate = 16_000, amplitude = 0.3, hz = 220): Float32Array {
  const out = new Float32Array(Math.round(seconds * rate));
  for (let i = 0; i < out.length; i++) out[i] = amplitude * Math.sin((2 * Math.PI * hz * i) / rate);
  return out;
}

/** A WAV with any layout, written by hand (the parser must not only read our own encoder). */
function rawWav(opts: { format: number; channels: number; rate: number; bits: number; frames: number[][]; extensible?: boolean; dataSize?: number }): Uint8Array {
  const bytesPer = opts.bits / 8;
  const dataLen = opts.frames.length * opts.channels * bytesPer;
  const fmtLen = opts.extensible ? 40 : 16;
  const buf = new ArrayBuffer(12 + 8 + fmtLen + 8 + dataLen);
  const v = new DataView(buf);
  const w = (at: number, s: string): void => [...s].forEach((c, i) => v.setUint8(at + i, c.charCodeAt(0)));
  w(0, 'RIFF');
  v.setUint32(4, buf.byteLength - 8, true);
  w(8, 'WAVE');
  w(12, 'fmt ');
  v.setUint32(16, fmtLen, true);
  v.setUint16(20, opts.extensible ? 0xfffe : opts.format, true);
  v.setUint16(22, opts.channels, true);
  v.setUint32(24, opts.rate, true);
  v.setUint32(28, opts.rate * opts.channels * bytesPer, true);
  v.setUint16(32, opts.channels * bytesPer, true);
  v.setUint16(34, opts.bits, true);
  if (opts.extensible) {
    v.setUint16(36, 22, true);
    v.setUint16(44, opts.format, true); // sub-format GUID starts with the format code
  }
  const dataAt = 20 + fmtLen;
  w(dataAt, 'data');
  v.setUint32(dataAt + 4, opts.dataSize ?? dataLen, true);
  let p = dataAt + 8;
  for (const frame of opts.frames) {
    for (const s of frame) {
      if (opts.format === 3) v.setFloat32(p, s, true);
      else if (opts.bits === 24) {
        const n = Math.round(s * 8388607);
        v.setUint8(p, n & 0xff);
        v.setUint8(p + 1, (n >> 8) & 0xff);
        v.setInt8(p + 2, n >> 16);
      } else if (opts.bits === 16) v.setInt16(p, Math.round(s * 32767), true);
      else if (opts.bits === 8) v.setUint8(p, Math.round(s * 127 + 128));
      p += bytesPer;
    }
  }
  return new Uint8Array(buf);
}

describe('decodeWav', () => {
  it('round-trips our own 16 kHz mono encoder', () => {
    const samples = tone(0.5);
    const r = decodeWav(encodeWav(samples, 16_000));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.wav).toMatchObject({ sampleRate: 16_000, channels: 1, bitsPerSample: 16, durationSec: 0.5, repairedLength: false });
    expect(Math.abs((r.wav.samples[100] ?? 0) - (samples[100] ?? 0))).toBeLessThan(1e-4);
  });

  it('reads 24-bit stereo, float and WAVE_FORMAT_EXTENSIBLE files, averaging channels', () => {
    const s24 = decodeWav(rawWav({ format: 1, channels: 2, rate: 48_000, bits: 24, frames: [[0.5, -0.5], [0.25, 0.75]] }));
    expect(s24.ok && [...s24.wav.samples].map((x) => Math.round(x * 100) / 100)).toEqual([0, 0.5]);
    const f32 = decodeWav(rawWav({ format: 3, channels: 1, rate: 44_100, bits: 32, frames: [[0.125], [-1]], extensible: true }));
    expect(f32.ok && [...f32.wav.samples]).toEqual([0.125, -1]);
    const u8 = decodeWav(rawWav({ format: 1, channels: 1, rate: 8_000, bits: 8, frames: [[0], [1]] }));
    expect(u8.ok && u8.wav.samples[1]).toBeCloseTo(1, 1);
  });

  it('uses what is there when the header claims more data than the file holds (a cut-off recording)', () => {
    const r = decodeWav(rawWav({ format: 1, channels: 1, rate: 16_000, bits: 16, frames: [[0.1], [0.2]], dataSize: 0xffffffff }));
    expect(r.ok && r.wav.repairedLength).toBe(true);
    expect(r.ok && r.wav.samples.length).toBe(2);
  });

  it('refuses other formats and damaged files with a clear message', () => {
    const ogg = new Uint8Array([0x4f, 0x67, 0x67, 0x53, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(decodeWav(ogg)).toMatchObject({ ok: false, type: 'corrupt-audio', message: expect.stringContaining('Ogg audio, not WAV') });
    const webm = new Uint8Array([0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(decodeWav(webm)).toMatchObject({ message: expect.stringContaining('WebM') });
    expect(decodeWav(new Uint8Array(5))).toMatchObject({ message: expect.stringContaining('too short to be a WAV file (5 bytes)') });
    const good = encodeWav(tone(0.1), 16_000);
    expect(decodeWav(good.subarray(0, 30))).toMatchObject({ ok: false, message: expect.stringMatching(/damaged|no audio data/) });
    const mp3InWav = rawWav({ format: 85, channels: 1, rate: 16_000, bits: 16, frames: [[0]] });
    expect(decodeWav(mp3InWav)).toMatchObject({ message: expect.stringContaining('compressed encoding (format code 85)') });
    const noise = new Uint8Array(64).map((_, i) => (i * 37) % 256);
    expect(decodeWav(noise)).toMatchObject({ ok: false, message: expect.stringContaining('not a WAV file') });
  });
});

describe('checkSpeechAudio', () => {
  it('accepts speech-level audio', () => {
    expect(checkSpeechAudio(encodeWav(tone(1), 16_000)).ok).toBe(true);
  });

  it('calls digital silence and very quiet audio silent, and says what to check', () => {
    const silent = checkSpeechAudio(encodeWav(new Float32Array(16_000), 16_000));
    expect(silent).toMatchObject({ ok: false, type: 'silent-audio', message: expect.stringContaining('no sound at all') });
    const quiet = checkSpeechAudio(encodeWav(tone(1, 16_000, 0.002), 16_000));
    expect(quiet).toMatchObject({ type: 'silent-audio', message: expect.stringContaining('microphone') });
  });

  it('refuses a recording too short to hold an answer', () => {
    expect(checkSpeechAudio(encodeWav(tone(0.1), 16_000))).toMatchObject({ type: 'silent-audio', message: expect.stringContaining('too short') });
  });
});

describe('resampling and PCM', () => {
  it('changes the length by the rate ratio and keeps the level', () => {
    const down = resample(tone(1, 48_000), 48_000, 16_000);
    expect(down.length).toBe(16_000);
    expect(peakDbfs(down)).toBeGreaterThan(-12);
    expect(resample(tone(1, 8_000), 8_000, 16_000).length).toBe(16_000);
  });

  it('clips to 16-bit range', () => {
    expect([...toPcm16(new Float32Array([2, -2, 0]))]).toEqual([32767, -32768, 0]);
  });
});
