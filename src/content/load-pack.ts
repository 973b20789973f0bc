/**
 * Reads a content pack from a folder of YAML files, validates it and reports every problem
 * as `path:line: message` (line numbers point into the YAML file).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { buildPack, type Pack, type PackEntry, type PackIssue } from '../core/pack/index.js';

export interface LocatedIssue {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export type LoadResult = { ok: true; pack: Pack } | { ok: false; issues: LocatedIssue[] };

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const items = await readdir(d, { withFileTypes: true });
    for (const item of items) {
      if (item.name.startsWith('.')) continue;
      const full = join(d, item.name);
      if (item.isDirectory()) await walk(full);
      else out.push(full);
    }
  };
  await walk(dir);
  return out.sort();
}

/** Line (1-based) of the node at `path` inside a YAML document, or of the deepest existing parent. */
function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: readonly (string | number)[]): number {
  let node: unknown = doc.contents;
  let best = 1;
  const lineAt = (n: unknown): number | undefined => {
    const range = (n as Node | undefined)?.range;
    return range ? counter.linePos(range[0]).line : undefined;
  };
  best = lineAt(node) ?? 1;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      best = lineAt(pair.key) ?? best;
      node = pair.value;
      best = lineAt(node) ?? best;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (!node) break;
      best = lineAt(node) ?? best;
    } else break;
  }
  return best;
}

export async function loadPack(dir: string): Promise<LoadResult> {
  let files: string[];
  try {
    files = await listFiles(dir);
  } catch (err) {
    return { ok: false, issues: [{ file: dir, line: 0, message: `cannot read pack folder: ${(err as Error).message}` }] };
  }
  const entries: PackEntry[] = [];
  const docs = new Map<string, { doc: ReturnType<typeof parseDocument>; counter: LineCounter }>();
  const issues: LocatedIssue[] = [];
  for (const full of files) {
    const rel = relative(dir, full).split(sep).join('/');
    if (!rel.endsWith('.yaml') && !rel.endsWith('.yml')) {
      // Non-YAML files may sit beside problems (starter code etc.) and in docs; only YAML is data.
      if (rel.startsWith('problems/') || rel.toLowerCase().endsWith('.md')) continue;
      issues.push({ file: rel, line: 0, message: 'not a YAML file: pack data files end in .yaml' });
      continue;
    }
    const source = await readFile(full, 'utf8');
    const counter = new LineCounter();
    const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        issues.push({ file: rel, line: e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line, message: `YAML syntax: ${e.message.split('\n')[0]}` });
      }
      continue;
    }
    docs.set(rel, { doc, counter });
    entries.push({ path: rel, data: doc.toJS({ maxAliasCount: 100 }) as unknown });
  }
  const built = buildPack(entries);
  if (built.ok && issues.length === 0) return built;
  const located = built.ok ? [] : built.issues.map((i: PackIssue) => locate(i, docs));
  return { ok: false, issues: [...issues, ...located] };
}

function locate(issue: PackIssue, docs: Map<string, { doc: ReturnType<typeof parseDocument>; counter: LineCounter }>): LocatedIssue {
  const d = docs.get(issue.file);
  const line = d ? lineOf(d.doc, d.counter, issue.path) : 0;
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { file: issue.file, line, message: `${where}${issue.message}` };
}

export function formatIssue(dir: string, issue: LocatedIssue): string {
  return `${join(dir, issue.file)}:${issue.line}: ${issue.message}`;
}
