/**
 * Big-O mentions in free text: "O(n log n)", "O(1) per call", "linear time", "constant space".
 * Normalises them so "O(N*logN)" and "n log n time" compare equal. Pure.
 */

export interface ComplexityMention {
  /** Normalised form, e.g. "O(n log n)". */
  readonly notation: string;
  /** What it is about, judged from the words around it. */
  readonly about: 'time' | 'space' | 'unknown';
  /** The sentence it was found in. */
  readonly sentence: string;
}

const WORD_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/\bconstant[- ](?:time|space|memory)\b/i, 'O(1)'],
  [/\blinear(?:ithmic)?[- ](?:time|space|memory)\b/i, 'O(n)'],
  [/\blogarithmic[- ](?:time|space)\b/i, 'O(log n)'],
  [/\bquadratic[- ](?:time|space)\b/i, 'O(n^2)'],
  [/\bn log n\b/i, 'O(n log n)'],
];

/** Canonical text for what is inside O( … ). */
export function normalizeBigO(inner: string): string {
  let s = inner.toLowerCase().replace(/\s+/g, ' ').trim();
  s = s.replace(/²/g, '^2').replace(/\*\*/g, '^').replace(/\bsquared\b/g, '^2');
  s = s.replace(/log\s*\(\s*([a-z0-9+ ]+?)\s*\)/g, 'log $1').replace(/\blog([a-z])\b/g, 'log $1');
  s = s.replace(/\s*\*\s*/g, ' ').replace(/([a-z0-9])log/g, '$1 log').replace(/\s*\+\s*/g, ' + ').replace(/\s*\^\s*/g, '^');
  return `O(${s.replace(/\s+/g, ' ').trim()})`;
}

function classify(sentence: string, at: number, length: number): 'time' | 'space' | 'unknown' {
  const before = sentence.slice(Math.max(0, at - 40), at).toLowerCase();
  const after = sentence.slice(at + length, at + length + 40).toLowerCase();
  const near = `${before} ${after}`;
  const space = /\b(space|memory|storage|extra|auxiliary)\b/.test(after) || /\b(space|memory|storage)\b[^.]{0,12}$/.test(before);
  const time = /\b(time|runtime|per (call|op|operation|query|request|lookup)|each|amorti[sz]ed|lookups?|inserts?|operations?)\b/.test(after) || /\b(time|runs? in|takes|costs?|is|are)\b[^.]{0,12}$/.test(before);
  if (space && !time) return 'space';
  if (time && !space) return 'time';
  if (space && time) return /\b(space|memory)\b/.test(after.slice(0, 12)) ? 'space' : 'time';
  return /\b(space|memory)\b/.test(near) ? 'space' : 'unknown';
}

export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Every complexity mention in the text, in order. */
export function findComplexities(text: string): ComplexityMention[] {
  const out: ComplexityMention[] = [];
  for (const sentence of splitSentences(text)) {
    const bigO = /\b[oO]\s*\(\s*((?:[^()]|\([^()]*\))+?)\s*\)/g;
    let m: RegExpExecArray | null;
    const seen = new Set<number>();
    while ((m = bigO.exec(sentence)) !== null) {
      seen.add(m.index);
      out.push({ notation: normalizeBigO(m[1] ?? ''), about: classify(sentence, m.index, m[0].length), sentence });
    }
    for (const [re, notation] of WORD_FORMS) {
      const w = re.exec(sentence);
      if (!w || /\b[oO]\s*\(/.test(sentence)) continue;
      const about = /space|memory/i.test(w[0]) ? 'space' : /time/i.test(w[0]) ? 'time' : classify(sentence, w.index, w[0].length);
      out.push({ notation, about, sentence });
    }
  }
  return out;
}
