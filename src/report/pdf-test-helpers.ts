/** Test helpers: look at a PDF the way a person would, with poppler-utils (pdfinfo, pdftotext, pdftoppm). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPORT_OUTPUT_DIR = resolve('test-output/reports');

export interface InspectedPdf {
  pages: number;
  text: string;
  /** Text per page (pdftotext separates pages with form feeds). */
  pageTexts: string[];
}

export function inspectPdf(pdf: Buffer, name: string, opts: { screenshotPages?: number } = {}): InspectedPdf {
  const dir = mkdtempSync(join(tmpdir(), 'keeper-pdf-'));
  try {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const pageTexts = text.split('\f').slice(0, pages);
    const shots = opts.screenshotPages ?? 1;
    if (shots > 0) {
      mkdirSync(REPORT_OUTPUT_DIR, { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', String(shots), file, join(dir, 'page')]);
      for (let p = 1; p <= Math.min(shots, pages); p++) {
        const suffix = pages >= 10 ? String(p).padStart(2, '0') : String(p);
        copyFileSync(join(dir, `page-${suffix}.png`), join(REPORT_OUTPUT_DIR, `${name}-page${p}.png`));
      }
      copyFileSync(file, join(REPORT_OUTPUT_DIR, `${name}.pdf`));
    }
    return { pages, text, pageTexts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Collapse whitespace so assertions do not depend on line wrapping. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
