/**
 * Line layout for styled runs of text (the answer with STAR tints and evidence highlights).
 * pdfkit cannot paint a background behind wrapped text, so we wrap ourselves: pure, measured by a
 * function passed in, tested without a PDF.
 */

export interface Run {
  text: string;
  bold?: boolean;
  /** Background colour behind the run, or null. */
  background?: string | null;
  color?: string;
  /** Colour of an underline, or null. */
  underline?: string | null;
}

export interface Fragment {
  text: string;
  x: number;
  width: number;
  bold: boolean;
  background: string | null;
  color: string | null;
  underline: string | null;
}

export type Line = Fragment[];

export type Measure = (text: string, bold: boolean) => number;

interface Token {
  word: string;
  space: string;
  run: Run;
  newline: boolean;
}

function tokenize(runs: Run[]): Token[] {
  const tokens: Token[] = [];
  for (const run of runs) {
    run.text.split('\n').forEach((piece, i) => {
      if (i > 0) tokens.push({ word: '', space: '', run, newline: true });
      // Whitespace before the first word joins the previous word ("end. Next" across runs).
      if (/^\s/.test(piece)) {
        const prev = tokens[tokens.length - 1];
        if (prev && !prev.newline) prev.space = ' ';
      }
      for (const m of piece.matchAll(/(\S+)(\s*)/g)) {
        tokens.push({ word: m[1] ?? '', space: (m[2] ?? '') === '' ? '' : ' ', run, newline: false });
      }
    });
  }
  return tokens;
}

function sameStyle(a: Fragment, run: Run): boolean {
  return (
    a.bold === Boolean(run.bold) &&
    a.background === (run.background ?? null) &&
    a.color === (run.color ?? null) &&
    a.underline === (run.underline ?? null)
  );
}

/** Split a word that is wider than the line into pieces that fit. */
function splitLongWord(word: string, bold: boolean, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const ch of word) {
    if (current !== '' && measure(current + ch, bold) > width) {
      pieces.push(current);
      current = ch;
    } else {
      current += ch;
    }
  }
  if (current !== '') pieces.push(current);
  return pieces;
}

/**
 * Wrap runs into lines no wider than `width`. Each fragment keeps its run's style; a trailing
 * space belongs to the fragment (so a tint is continuous inside a sentence) except at line ends.
 */
export function layoutRuns(runs: Run[], width: number, measure: Measure): Line[] {
  const lines: Line[] = [];
  let line: Line = [];
  let x = 0;
  const spaceWidth = (bold: boolean): number => measure(' ', bold);

  const endLine = (): void => {
    const last = line[line.length - 1];
    if (last && last.text.endsWith(' ')) {
      last.text = last.text.slice(0, -1);
      last.width -= spaceWidth(last.bold);
    }
    lines.push(line);
    line = [];
    x = 0;
  };

  const place = (text: string, run: Run, w: number): void => {
    const last = line[line.length - 1];
    if (last && sameStyle(last, run) && Math.abs(last.x + last.width - x) < 0.01) {
      last.text += text;
      last.width += w;
    } else {
      line.push({
        text,
        x,
        width: w,
        bold: Boolean(run.bold),
        background: run.background ?? null,
        color: run.color ?? null,
        underline: run.underline ?? null,
      });
    }
    x += w;
  };

  for (const token of tokenize(runs)) {
    if (token.newline) {
      endLine();
      continue;
    }
    const bold = Boolean(token.run.bold);
    const wordW = measure(token.word, bold);
    if (x > 0 && x + wordW > width + 0.01) endLine();
    if (wordW > width) {
      const pieces = splitLongWord(token.word, bold, width, measure);
      pieces.forEach((piece, i) => {
        if (i > 0) endLine();
        place(piece, token.run, measure(piece, bold));
      });
    } else {
      place(token.word, token.run, wordW);
    }
    if (token.space !== '') place(' ', token.run, spaceWidth(bold));
  }
  if (line.length > 0) endLine();
  return lines;
}
