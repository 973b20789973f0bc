import { describe, expect, it } from 'vitest';
import { readMermaid } from './mermaid.js';

describe('readMermaid', () => {
  it('reads node and edge labels of a flowchart, resolving ids defined earlier', () => {
    const src = ['flowchart LR', '  C[Client app] -->|play request| Z(Zuul gateway)', '  Z --> S{Steering service}', '  S -- ranked OCA URLs --> C', '  classDef hot fill:#f00'].join('\n');
    const lines = readMermaid(src);
    expect(lines.map((l) => l.text)).toEqual(['Client app → Zuul gateway: play request', 'Zuul gateway → Steering service', 'Steering service → Client app: ranked OCA URLs']);
    // Offsets point at the source line.
    const first = lines[0];
    expect(first && src.slice(first.start, first.end)).toBe('  C[Client app] -->|play request| Z(Zuul gateway)');
  });

  it('reads database shapes, subgraph titles and quoted labels', () => {
    const lines = readMermaid('graph TD\nsubgraph AWS [Control plane on AWS]\n  DB[(Cassandra)] --- EV[["EVCache cluster"]]\nend');
    expect(lines.map((l) => l.text)).toEqual(['Control plane on AWS', 'Cassandra → EVCache cluster']);
  });

  it('reads sequence diagrams with participant aliases and notes', () => {
    const lines = readMermaid('sequenceDiagram\nparticipant P as Player\nP->>Edge: GET segment 42\nNote over P,Edge: abandon slow download\nloop every segment\nend');
    expect(lines.map((l) => l.text)).toEqual(['Player', 'Player → Edge: GET segment 42', 'abandon slow download', 'every segment']);
  });

  it('ignores comments, styles and empty input without throwing', () => {
    expect(readMermaid('')).toEqual([]);
    expect(readMermaid('%% just a comment\nstyle A fill:#fff\n-->')).toEqual([]);
  });
});
