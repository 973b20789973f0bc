/** Just enough Markdown for problem statements: paragraphs, bullet and numbered lists, `code`, **bold**. */
import type { ReactNode } from 'react';

function inline(text: string, key: string): ReactNode[] {
  const parts = text.split(/(`[^`]+`|\*\*[^*]+\*\*)/g);
  return parts.map((p, i) => {
    if (p.startsWith('`') && p.endsWith('`') && p.length > 1) return <code key={`${key}-${i}`}>{p.slice(1, -1)}</code>;
    if (p.startsWith('**') && p.endsWith('**') && p.length > 3) return <strong key={`${key}-${i}`}>{p.slice(2, -2)}</strong>;
    return p;
  });
}

type Block = { kind: 'p'; text: string } | { kind: 'ul' | 'ol'; items: string[] };

function blocks(source: string): Block[] {
  const out: Block[] = [];
  for (const line of source.split('\n')) {
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+\.\s+(.*)$/.exec(line);
    const last = out[out.length - 1];
    if (bullet || numbered) {
      const kind = bullet ? 'ul' : 'ol';
      const text = (bullet ?? numbered)?.[1] ?? '';
      if (last && last.kind === kind) last.items.push(text);
      else out.push({ kind, items: [text] });
    } else if (line.trim() === '') {
      out.push({ kind: 'p', text: '' });
    } else if (last && last.kind !== 'p' && /^\s+/.test(line)) {
      last.items[last.items.length - 1] += ` ${line.trim()}`;
    } else if (last && last.kind === 'p' && last.text !== '') {
      last.text += ` ${line.trim()}`;
    } else {
      out.push({ kind: 'p', text: line.trim() });
    }
  }
  return out.filter((b) => b.kind !== 'p' || b.text !== '');
}

export function Markdown({ source }: { source: string }) {
  return (
    <div className="markdown">
      {blocks(source).map((b, i) =>
        b.kind === 'p' ? (
          <p key={i}>{inline(b.text, `p${i}`)}</p>
        ) : b.kind === 'ul' ? (
          <ul key={i}>{b.items.map((t, k) => <li key={k}>{inline(t, `u${i}-${k}`)}</li>)}</ul>
        ) : (
          <ol key={i}>{b.items.map((t, k) => <li key={k}>{inline(t, `o${i}-${k}`)}</li>)}</ol>
        ),
      )}
    </div>
  );
}
