/** Plain-text layout for terminal output. */

/**
 * Wraps `text` at word boundaries so that no line, indent included, is wider than `width`.
 * The first line starts with `firstIndent`, the others with `restIndent`.
 */
export function wrapText(text: string, width: number, firstIndent: string, restIndent: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length + 1 > width - restIndent.length) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? firstIndent : restIndent) + l).join('\n');
}
