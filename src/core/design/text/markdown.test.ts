import { describe, expect, it } from 'vitest';
import { layoutMarkdown } from './markdown.js';

describe('layoutMarkdown', () => {
  const text = '## API\n- POST /play returns a **manifest**\n\n```mermaid\nA[Client] --> B[Edge]\n```\nDone.';
  const layout = layoutMarkdown(text);

  it('keeps offsets: the masked text has the same length', () => {
    expect(layout.masked.length).toBe(text.length);
  });

  it('finds headings and blanks their markers', () => {
    expect(layout.headings.map((h) => h.text)).toEqual(['API']);
    expect(layout.masked.startsWith('   API')).toBe(true);
    expect(layout.masked).not.toContain('**');
  });

  it('cuts sentences at list items and pulls fenced Mermaid out of the prose', () => {
    expect(layout.breaks).toContain(text.indexOf('- POST'));
    expect(layout.diagrams).toHaveLength(1);
    expect(layout.diagrams[0]?.source).toBe('A[Client] --> B[Edge]');
    expect(layout.masked).not.toContain('Client');
  });
});
