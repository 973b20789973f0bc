/**
 * Just enough of source maps (v3) to map a position in esbuild's output back to the submission:
 * decode the VLQ `mappings` string and look up the nearest segment.
 */
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map<string, number>([...B64].map((c, i) => [c, i]));

/** One mapping segment: generated column → original line and column (all 0-based). */
interface Segment {
  readonly col: number;
  readonly srcLine: number;
  readonly srcCol: number;
}

export interface Position {
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

function decodeVlq(text: string, start: number): { values: number[]; end: number } {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  let i = start;
  for (; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === ',' || ch === ';') break;
    const digit = DIGIT.get(ch);
    if (digit === undefined) throw new Error(`bad source map character "${ch}"`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return { values, end: i };
}

export class SourceMap {
  private readonly lines: Segment[][] = [];

  constructor(mappings: string) {
    let line: Segment[] = [];
    let col = 0;
    let srcLine = 0;
    let srcCol = 0;
    let i = 0;
    while (i <= mappings.length) {
      const ch = mappings[i];
      if (ch === undefined || ch === ';') {
        this.lines.push(line);
        line = [];
        col = 0;
        i++;
        if (ch === undefined) break;
        continue;
      }
      if (ch === ',') {
        i++;
        continue;
      }
      const { values, end } = decodeVlq(mappings, i);
      i = end;
      col += values[0] ?? 0;
      if (values.length >= 4) {
        srcLine += values[2] ?? 0;
        srcCol += values[3] ?? 0;
        line.push({ col, srcLine, srcCol });
      }
    }
  }

  static fromJson(json: string): SourceMap {
    const parsed = JSON.parse(json) as { mappings?: unknown };
    return new SourceMap(typeof parsed.mappings === 'string' ? parsed.mappings : '');
  }

  /** Maps a 1-based generated position to the 1-based original one, or undefined if nothing maps there. */
  original(line: number, column: number): Position | undefined {
    const segments = this.lines[line - 1];
    if (!segments || segments.length === 0) {
      // A line esbuild added (no mapping): use the last mapping before it.
      for (let l = Math.min(line - 2, this.lines.length - 1); l >= 0; l--) {
        const prev = this.lines[l];
        const last = prev?.[prev.length - 1];
        if (last) return { line: last.srcLine + 1, column: last.srcCol + 1 };
      }
      return undefined;
    }
    let best: Segment = segments[0] as Segment;
    for (const s of segments) {
      if (s.col <= column - 1) best = s;
      else break;
    }
    return { line: best.srcLine + 1, column: best.srcCol + 1 + Math.max(0, column - 1 - best.col) };
  }
}
