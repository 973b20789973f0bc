/**
 * Renders Mermaid text to SVG in the browser. Mermaid is loaded on first use (it is large), parsed
 * before rendering so invalid text gives a message instead of an error graphic, and rendered with
 * strict security (labels are sanitised).
 */
import type { Mermaid } from 'mermaid';

type MermaidApi = Mermaid;

let loading: Promise<MermaidApi> | undefined;
let counter = 0;

function load(): Promise<MermaidApi> {
  loading ??= import('mermaid').then((m) => {
    m.default.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral', logLevel: 'fatal', flowchart: { htmlLabels: false } });
    return m.default;
  });
  return loading;
}

export type RenderResult = { ok: true; svg: string } | { ok: false; message: string };

export async function renderMermaid(text: string): Promise<RenderResult> {
  const mermaid = await load();
  try {
    const valid = await mermaid.parse(text, { suppressErrors: true });
    if (!valid) return { ok: false, message: 'Mermaid cannot read this yet — check the first line (e.g. "flowchart LR") and the arrows.' };
    counter += 1;
    const { svg } = await mermaid.render(`design-diagram-${counter}`, text);
    return { ok: true, svg };
  } catch (err) {
    return { ok: false, message: `Mermaid cannot draw this: ${(err as Error).message.split('\n')[0] ?? 'unknown error'}` };
  }
}
