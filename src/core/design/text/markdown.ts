/**
 * Markdown awareness for design answers. Produces a masked copy of the text with exactly the same
 * length (markup replaced by spaces, so offsets stay valid), the headings, the places where a
 * sentence must end (blank lines, list items, headings, table rows) and the fenced Mermaid blocks,
 * which are parsed as diagrams instead of prose. Pure.
 */

export interface Heading {
  /** Offsets of the heading's words (without the leading #s). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly level: number;
}

export interface FencedDiagram {
  /** Offsets of the block's content (between the fences). */
  readonly start: number;
  readonly end: number;
  readonly source: string;
}

export interface MarkdownLayout {
  /** Same length as the input; markup and Mermaid blocks replaced by spaces. */
  readonly masked: string;
  readonly headings: Heading[];
  /** Sorted offsets at which a new sentence must start. */
  readonly breaks: number[];
  readonly diagrams: FencedDiagram[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})\s*([\w-]*)/;
const HEADING = /^(\s{0,3})(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST = /^(\s*)([-*+•]|\d{1,3}[.)])\s+/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const ENDS_SENTENCE = /[.!?:;)\]]\s*$/;

function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
}

export function layoutMarkdown(text: string): MarkdownLayout {
  const chars = text.split('');
  const headings: Heading[] = [];
  const breaks: number[] = [];
  const diagrams: FencedDiagram[] = [];

  const lines: { start: number; end: number; text: string }[] = [];
  let pos = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: pos, end: pos + line.length, text: line.replace(/\r$/, '') });
    pos += line.length + 1;
  }

  let fence: { marker: string; mermaid: boolean; contentStart: number } | undefined;
  let previous = '';
  for (const line of lines) {
    const { start, end } = line;
    if (fence) {
      const close = FENCE.exec(line.text);
      if (close && close[1]?.startsWith(fence.marker[0] ?? '`') && (close[1]?.length ?? 0) >= fence.marker.length && !close[2]) {
        if (fence.mermaid) diagrams.push({ start: fence.contentStart, end: Math.max(fence.contentStart, start - 1), source: text.slice(fence.contentStart, Math.max(fence.contentStart, start - 1)) });
        blank(chars, start, end);
        breaks.push(start);
        fence = undefined;
      } else if (fence.mermaid) {
        blank(chars, start, end);
      } else {
        // Code lines (API sketches, schemas) stay as text, one statement per line.
        breaks.push(start);
      }
      previous = '';
      continue;
    }
    const open = FENCE.exec(line.text);
    if (open) {
      const lang = (open[2] ?? '').toLowerCase();
      fence = { marker: open[1] ?? '```', mermaid: lang === 'mermaid' || lang === 'mmd', contentStart: end + 1 };
      blank(chars, start, end);
      breaks.push(start);
      previous = '';
      continue;
    }
    if (line.text.trim() === '' || RULE.test(line.text) || TABLE_RULE.test(line.text)) {
      blank(chars, start, end);
      breaks.push(start);
      previous = '';
      continue;
    }
    const heading = HEADING.exec(line.text);
    if (heading) {
      const hashes = heading[2] ?? '#';
      const lead = (heading[1] ?? '').length;
      blank(chars, start + lead, start + lead + hashes.length);
      const title = heading[3] ?? '';
      const titleStart = start + line.text.indexOf(title, lead + hashes.length);
      // Trailing #s of a closed ATX heading.
      blank(chars, titleStart + title.length, end);
      headings.push({ start: titleStart, end: titleStart + title.length, text: title, level: hashes.length });
      breaks.push(start);
      breaks.push(end);
      previous = '';
      continue;
    }
    const list = LIST.exec(line.text);
    const trimmed = line.text.trimStart();
    if (list) {
      const markerStart = start + (list[1] ?? '').length;
      blank(chars, markerStart, markerStart + (list[2] ?? '').length);
      breaks.push(start);
    } else if (trimmed.startsWith('>') || trimmed.startsWith('|')) {
      breaks.push(start);
    } else if (previous !== '' && (ENDS_SENTENCE.test(previous) || !/^[a-z(]/.test(trimmed))) {
      // A new line that does not look like a soft-wrapped continuation starts a new statement.
      breaks.push(start);
    }
    // Inline markup: emphasis, code ticks, table pipes, quote markers.
    for (let i = start; i < end; i++) {
      const c = chars[i];
      if (c === '`' || c === '*' || c === '|' || (c === '_' && (chars[i + 1] === '_' || chars[i - 1] === '_'))) chars[i] = ' ';
    }
    if (trimmed.startsWith('>')) chars[start + line.text.indexOf('>')] = ' ';
    previous = line.text;
  }
  if (fence?.mermaid) diagrams.push({ start: fence.contentStart, end: text.length, source: text.slice(fence.contentStart) });

  const unique = [...new Set(breaks)].filter((b) => b > 0).sort((a, b) => a - b);
  return { masked: chars.join(''), headings, breaks: unique, diagrams };
}
