/**
 * The standard PDF fonts (Helvetica) only encode Windows-1252. Anything else would print as
 * garbage, so it is transliterated where a close Latin form exists and replaced by "?" otherwise.
 */

/** The code points above Latin-1 that Windows-1252 (WinAnsiEncoding) can show. */
const CP1252_EXTRA = new Set(
  [
    0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
    0x017d, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
    0x0153, 0x017e, 0x0178,
  ],
);

const TRANSLITERATIONS: Record<string, string> = {
  Ł: 'L', ł: 'l', Đ: 'D', đ: 'd', Ħ: 'H', ħ: 'h', ı: 'i', Ŀ: 'L', ŀ: 'l', ŉ: "'n", Ŋ: 'N', ŋ: 'n',
  Ŧ: 'T', ŧ: 't', ĸ: 'k', ſ: 's', Ə: 'E', ə: 'e',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2015': '-', '\u2212': '-',
  '\u2032': "'", '\u2033': '"', '\u2190': '<-', '\u2192': '->', '\u2194': '<->', '\u21d2': '=>',
  '\u2264': '<=', '\u2265': '>=', '\u2260': '!=', '\u2248': '~', '\u2009': ' ',
  '\u200a': ' ', '\u202f': ' ', '\u2002': ' ', '\u2003': ' ', '\u2713': 'v', '\u2714': 'v',
  '\u2717': 'x', '\u2718': 'x', '\u25cf': '\u2022', '\u25aa': '\u2022',
};

export function isWinAnsi(codePoint: number): boolean {
  if (codePoint === 0x09 || codePoint === 0x0a || codePoint === 0x0d) return true;
  if (codePoint >= 0x20 && codePoint <= 0x7e) return true;
  if (codePoint >= 0xa0 && codePoint <= 0xff) return true;
  return CP1252_EXTRA.has(codePoint);
}

/** Make a string safe for the standard fonts. Never throws; keeps the text readable. */
export function toWinAnsi(input: string): string {
  let out = '';
  for (const ch of input) {
    const cp = ch.codePointAt(0) ?? 0x3f;
    if (isWinAnsi(cp)) {
      out += ch;
      continue;
    }
    const mapped = TRANSLITERATIONS[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    // Strip accents: "ő" -> "o" + combining mark; keep the parts that can be shown.
    const decomposed = ch.normalize('NFKD');
    let kept = '';
    for (const part of decomposed) {
      const partCp = part.codePointAt(0) ?? 0;
      if (partCp >= 0x300 && partCp <= 0x36f) continue;
      if (isWinAnsi(partCp)) kept += part;
    }
    if (kept !== '') {
      out += kept;
      continue;
    }
    // Control characters vanish; zero-width and variation selectors vanish; the rest is "?".
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) {
      continue;
    }
    out += '?';
  }
  return out;
}

/** Drop control characters other than tab and newlines. */
function stripControls(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d) out += ch;
  }
  return out;
}

/** A text cleaner chosen by the font in use: identity for Unicode fonts, toWinAnsi otherwise. */
export type TextCleaner = (s: string) => string;

export function cleanerFor(unicodeFont: boolean): TextCleaner {
  return unicodeFont ? stripControls : toWinAnsi;
}

/** Shorten text to at most `max` characters, ending with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}\u2026`;
}

/** "strong-no-hire" -> "Strong no hire". */
export function humanize(code: string): string {
  const words = code.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
