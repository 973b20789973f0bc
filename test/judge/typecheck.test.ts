/**
 * The reference solutions and buggy variants are real TypeScript: they must type-check under the
 * project's strict settings (they live in content/, outside the main tsconfig).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PACK_DIR } from './helpers.js';

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return tsFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

describe('problem sources', () => {
  it('type-check strictly', () => {
    const files = tsFiles(join(PACK_DIR, 'problems'));
    expect(files.length).toBeGreaterThan(40);
    const diagnostics: string[] = [];
    // Each file is its own program: every submission is a module of its own.
    const options: ts.CompilerOptions = {
      strict: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleDetection: ts.ModuleDetectionKind.Force,
      lib: ['lib.es2023.d.ts'],
      types: [],
      skipLibCheck: true,
    };
    const program = ts.createProgram(files, options);
    for (const d of ts.getPreEmitDiagnostics(program)) {
      const where = d.file ? `${d.file.fileName.replace(PACK_DIR, '')}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : '';
      diagnostics.push(`${where} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
    }
    expect(diagnostics).toEqual([]);
  });
});
