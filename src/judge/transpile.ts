/**
 * TypeScript (or JavaScript) → JavaScript for the sandbox, with esbuild's transform (no type check),
 * and the mapping from positions in the output back to the submission's own lines.
 */
import { transform, type Message } from 'esbuild';
import { SourceMap, type Position } from './source-map.js';
import type { CompileDiagnostic } from './types.js';

/** The module name the sandbox gives the submission; stack frames mention it. */
export const SOLUTION_URL = 'file:///solution.js';
/** What we call the submission in messages. */
export const SOLUTION_NAME = 'solution.ts';
/** The export the footer adds so the host can find the entry however the user declared it. */
export const ENTRY_EXPORT = '__keeperEntry';
export const MAX_SOURCE_CHARS = 200_000;

export type TranspileResult =
  | { readonly ok: true; readonly js: string; readonly source: MappedSource }
  | { readonly ok: false; readonly diagnostics: CompileDiagnostic[] };

/** The transpiled submission with its source map; maps positions and stacks back to user lines. */
export class MappedSource {
  constructor(
    private readonly map: SourceMap,
    private readonly lineCount: number,
  ) {}

  /** 1-based generated position → 1-based position in the submission (clamped to its last line). */
  position(line: number, column: number): Position {
    const p = this.map.original(line, column) ?? { line, column };
    return p.line > this.lineCount ? { line: this.lineCount, column: 1 } : p;
  }

  /** Rewrites `file:///solution.js:L:C` references into `solution.ts:L:C` with the user's lines. */
  rewrite(text: string): string {
    return text.replace(/file:\/\/\/solution\.js:(\d+):(\d+)/g, (_m, l: string, c: string) => {
      const p = this.position(Number(l), Number(c));
      return `${SOLUTION_NAME}:${p.line}:${p.column}`;
    });
  }

  /** The first position inside the submission that a stack mentions, if any. */
  firstFrame(stack: string): Position | undefined {
    const m = /file:\/\/\/solution\.js:(\d+):(\d+)/.exec(stack);
    return m ? this.position(Number(m[1]), Number(m[2])) : undefined;
  }
}

function diagnostic(m: Message): CompileDiagnostic {
  return { line: m.location?.line ?? 1, column: (m.location?.column ?? 0) + 1, message: m.text };
}

/** Transpiles a submission and appends the footer that exports `entryName` under ENTRY_EXPORT. */
export async function transpile(code: string, entryName: string): Promise<TranspileResult> {
  if (code.length > MAX_SOURCE_CHARS) {
    return { ok: false, diagnostics: [{ line: 1, column: 1, message: `the submission is ${code.length} characters; the limit is ${MAX_SOURCE_CHARS}` }] };
  }
  try {
    const out = await transform(code, {
      loader: 'ts',
      format: 'esm',
      target: 'es2022',
      sourcemap: 'external',
      sourcefile: SOLUTION_NAME,
      logLevel: 'silent',
    });
    const footer = `\nexport const ${ENTRY_EXPORT} = typeof ${entryName} === 'undefined' ? undefined : ${entryName};\n`;
    const lineCount = code.split('\n').length;
    return { ok: true, js: out.code + footer, source: new MappedSource(SourceMap.fromJson(out.map), lineCount) };
  } catch (err) {
    const errors = (err as { errors?: Message[] }).errors;
    if (Array.isArray(errors) && errors.length > 0) return { ok: false, diagnostics: errors.map(diagnostic) };
    throw err;
  }
}

/** Line of the first `import … 'spec'` (or `import('spec')`) in the submission, for an import diagnostic. */
export function importLine(code: string, specifier: string): number {
  const lines = code.split('\n');
  const quoted = [`'${specifier}'`, `"${specifier}"`, `\`${specifier}\``];
  const idx = lines.findIndex((l) => /\bimport\b|\bfrom\b/.test(l) && quoted.some((q) => l.includes(q)));
  return idx >= 0 ? idx + 1 : 1;
}
