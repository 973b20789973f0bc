/**
 * Reads the words out of Mermaid diagram source: node labels, edge labels, subgraph titles,
 * sequence messages, notes and entity names. Each meaningful line becomes one statement in
 * reading order ("Client → API gateway: play request"). Not a full Mermaid parser: it only
 * needs the text a reader would see. Pure.
 */

export interface DiagramLine {
  /** Offsets of the source line inside the diagram source. */
  readonly start: number;
  readonly end: number;
  /** Human-readable text of the line's labels. */
  readonly text: string;
}

const HEADER = /^(graph|flowchart|sequenceDiagram|classDiagram|stateDiagram(-v2)?|erDiagram|journey|gantt|pie|mindmap|timeline|C4\w*|block-beta|architecture-beta|requirementDiagram|gitGraph|quadrantChart|xychart-beta|sankey-beta)\b/i;
const SKIP = /^(%%|style\b|classDef\b|class\b|linkStyle\b|click\b|end\b|direction\b|autonumber\b|activate\b|deactivate\b|accTitle|accDescr|---$|title\s*:?\s*$)/i;

// Node shapes: id followed by an opening bracket sequence and its label.
const NODE = /([A-Za-z_][\w.-]*)\s*(\[\[|\[\(|\(\(\(|\(\(|\(\[|\[\/|\[\\|\{\{|\[|\(|\{|>)\s*("[^"]*"|[^\])}"]*?)\s*(\]\]|\)\]|\)\)\)|\)\)|\]\)|\/\]|\\\]|\\\/|\/\\|\}\}|\]|\)|\})/g;
// Edge with an inline label: -- text -->, -. text .->, == text ==>
const INLINE_EDGE_LABEL = /(?:--|==|-\.)\s*([^-=.|>][^|>]*?)\s*(?:-->|==>|\.->|---|-\.-)/g;
// Edge with a piped label: -->|text|
const PIPED_LABEL = /\|\s*("[^"]*"|[^|]*)\s*\|/g;
const ARROW = /<?(?:-{2,}|={2,}|-\.+-?|~{3})[>xo]?|<?-+>>?|-[x)]|--[x)]/;
const SEQUENCE = /^([\w\s"]+?)\s*(-{1,2}>>|-{1,2}>|-{1,2}x|-{1,2}\)|<<-{1,2}>>)\s*[+-]?\s*([\w\s"]+?)\s*:\s*(.+)$/;
const PARTICIPANT = /^(?:participant|actor)\s+(\S+)(?:\s+as\s+(.+))?$/i;
const NOTE = /^note\s+(?:over|left of|right of)\s+[^:]+:\s*(.+)$/i;
const BLOCK = /^(?:loop|alt|else|opt|par|and|critical|break|rect|box)\b\s*(.*)$/i;
const SUBGRAPH = /^subgraph\s+([\w.-]+)?\s*(?:\[\s*"?([^\]"]*)"?\s*\])?\s*("?[^"]*"?)?$/i;
const ER = /^([\w-]+)\s*[|}o{.-]{2,}[|}o{.-]*\s*([\w-]+)\s*:\s*"?([^"]*)"?$/;

function clean(label: string): string {
  return label
    .replace(/^"|"$/g, '')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/`/g, '')
    .replace(/&\w+;/g, ' ')
    .replace(/[\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function humanize(id: string): string {
  // CamelCase and snake_case ids read as words ("PlaybackService" → "Playback Service").
  return id.replace(/[_-]+/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');
}

/** Parses diagram source into readable lines; lines without any words are dropped. */
export function readMermaid(source: string): DiagramLine[] {
  const out: DiagramLine[] = [];
  const labels = new Map<string, string>();
  const aliases = new Map<string, string>();
  let pos = 0;
  let sequence = false;
  for (const raw of source.split('\n')) {
    const start = pos;
    const end = pos + raw.length;
    pos = end + 1;
    const line = raw.replace(/\r$/, '').replace(/%%.*$/, '').trim();
    if (line === '') continue;
    if (HEADER.test(line)) {
      if (/^sequenceDiagram/i.test(line)) sequence = true;
      const rest = line.replace(HEADER, '').replace(/^\s*(TB|TD|BT|RL|LR)\b/i, '').trim();
      if (rest) out.push({ start, end, text: clean(rest) });
      continue;
    }
    if (SKIP.test(line)) continue;
    const text = sequence ? readSequenceLine(line, aliases) : readGraphLine(line, labels);
    if (text && /[A-Za-z0-9]/.test(text)) out.push({ start, end, text });
  }
  return out;
}

function readSequenceLine(line: string, aliases: Map<string, string>): string | undefined {
  const p = PARTICIPANT.exec(line);
  if (p) {
    const name = clean(p[2] ?? p[1] ?? '');
    aliases.set(p[1] ?? '', name);
    return name;
  }
  const note = NOTE.exec(line);
  if (note) return clean(note[1] ?? '');
  const block = BLOCK.exec(line);
  if (block) return clean(block[1] ?? '') || undefined;
  const m = SEQUENCE.exec(line);
  if (m) {
    const from = clean(m[1] ?? '');
    const to = clean(m[3] ?? '');
    return `${aliases.get(from) ?? humanize(from)} → ${aliases.get(to) ?? humanize(to)}: ${clean(m[4] ?? '')}`;
  }
  return clean(line.replace(/[-=>.|:;]+/g, ' '));
}

function readGraphLine(line: string, labels: Map<string, string>): string | undefined {
  const sub = SUBGRAPH.exec(line);
  if (sub) return clean(sub[2] || sub[3] || humanize(sub[1] ?? '')) || undefined;
  const er = ER.exec(line);
  if (er) return `${humanize(er[1] ?? '')} → ${humanize(er[2] ?? '')}: ${clean(er[3] ?? '')}`;

  // Collect node labels defined on this line, then the edge labels.
  const edgeLabels: string[] = [];
  let rest = line.replace(PIPED_LABEL, (_m, l: string) => {
    edgeLabels.push(clean(l));
    return ' ';
  });
  rest = rest.replace(INLINE_EDGE_LABEL, (m, l: string) => {
    if (ARROW.test(l)) return m;
    edgeLabels.push(clean(l));
    return ' --> ';
  });
  rest = rest.replace(NODE, (_m, id: string, _open: string, label: string) => {
    const text = clean(label);
    labels.set(id, text || humanize(id));
    return ` ${id} `;
  });
  // What remains: ids joined by arrows (and "&" for fan-out).
  const parts = rest
    .split(/\s*(?:<?(?:-{2,}|={2,}|-\.+-?|~{3})[>xo]?|&|:::\w+|;)\s*/)
    .map((p) => p.trim())
    .filter((p) => /[A-Za-z0-9]/.test(p));
  const names = parts.map((p) => (p.includes(' ') ? clean(p) : labels.get(p) ?? humanize(p)));
  if (names.length === 0 && edgeLabels.length === 0) return undefined;
  const body = names.join(' → ');
  return edgeLabels.length > 0 ? `${body}: ${edgeLabels.filter((l) => l).join('; ')}` : body;
}
