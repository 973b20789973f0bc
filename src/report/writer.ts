/**
 * A thin layer over pdfkit for our reports: A4 pages, a header line, page numbers, headings,
 * wrapped paragraphs, styled answer text, SVG charts, and "keep this block on one page".
 */
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { cleanerFor, toWinAnsi, type TextCleaner } from './text.js';
import { layoutRuns, type Run } from './rich-text.js';
import { INK, MUTED, RULE, ACCENT } from './palette.js';
import type { SvgChart } from './charts.js';
import type { RenderOptions } from './types.js';

const MARGIN = 50;
const FOOTER = 30;

export class ReportWriter {
  readonly doc: PDFKit.PDFDocument;
  readonly clean: TextCleaner;
  private readonly regular: string;
  private readonly bold: string;
  private readonly headerText: string;

  constructor(title: string, opts: RenderOptions & { subject?: string }) {
    const created = opts.generatedAt ? new Date(opts.generatedAt) : undefined;
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { top: MARGIN + 10, bottom: MARGIN + FOOTER - 10, left: MARGIN, right: MARGIN },
      bufferPages: true,
      autoFirstPage: true,
      compress: true,
      info: {
        Title: title,
        Author: 'Keeper',
        Creator: 'Keeper',
        Producer: 'Keeper (pdfkit)',
        ...(opts.subject ? { Subject: opts.subject } : {}),
        ...(created && !Number.isNaN(created.getTime()) ? { CreationDate: created, ModDate: created } : {}),
      },
    });
    if (opts.fonts) {
      this.doc.registerFont('Body', opts.fonts.regular);
      this.doc.registerFont('Body-Bold', opts.fonts.bold);
      this.regular = 'Body';
      this.bold = 'Body-Bold';
    } else {
      this.regular = 'Helvetica';
      this.bold = 'Helvetica-Bold';
    }
    this.clean = cleanerFor(Boolean(opts.fonts));
    this.headerText = this.clean(title);
    this.doc.font(this.regular).fontSize(10).fillColor(INK);
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Start a new page when fewer than `height` points are left on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  font(bold: boolean, size: number, color = INK): this {
    this.doc.font(bold ? this.bold : this.regular).fontSize(size).fillColor(color);
    return this;
  }

  title(text: string, subtitle?: string): void {
    this.font(true, 20, INK).doc.text(this.clean(text), this.left, this.doc.y, { width: this.width });
    if (subtitle) this.font(false, 10, MUTED).doc.text(this.clean(subtitle), { width: this.width });
    this.doc.moveDown(0.4);
    this.rule(ACCENT, 1.5);
    this.doc.moveDown(0.6);
  }

  /** A section heading; `keepWith` is the room the block after it needs on the same page. */
  heading(text: string, keepWith = 40): void {
    this.ensureSpace(30 + keepWith);
    this.doc.moveDown(0.5);
    this.font(true, 13, INK).doc.text(this.clean(text), this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.25);
  }

  subheading(text: string, color = INK): void {
    this.ensureSpace(36);
    this.font(true, 10.5, color).doc.text(this.clean(text), this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.15);
  }

  paragraph(text: string, opts: { size?: number; color?: string; bold?: boolean; indent?: number } = {}): void {
    const indent = opts.indent ?? 0;
    this.font(Boolean(opts.bold), opts.size ?? 10, opts.color ?? INK);
    const cleaned = this.clean(text);
    const h = this.doc.heightOfString(cleaned, { width: this.width - indent });
    if (h < 120) this.ensureSpace(h + 2);
    this.doc.text(cleaned, this.left + indent, this.doc.y, { width: this.width - indent });
  }

  /** Source code in a monospaced font on a light panel, breaking across pages line by line. */
  code(text: string, size = 8.5): void {
    const lines = toWinAnsi(text).replace(/\t/g, '  ').split('\n');
    const lineH = size * 1.3;
    for (const line of lines) {
      this.ensureSpace(lineH);
      const y = this.doc.y;
      this.doc.save().rect(this.left, y - 1, this.width, lineH).fill('#F4F5F7').restore();
      this.doc.font('Courier').fontSize(size).fillColor(INK).text(line === '' ? ' ' : line, this.left + 6, y, { width: this.width - 12, lineBreak: false, ellipsis: true });
      this.doc.x = this.left;
      this.doc.y = y + lineH;
    }
    this.font(false, 10, INK);
  }

  /** A list with a marker per item (bullet or number). */
  list(items: string[], opts: { numbered?: boolean; color?: string; size?: number } = {}): void {
    items.forEach((item, i) => {
      const marker = opts.numbered ? `${i + 1}.` : '\u2022';
      this.font(false, opts.size ?? 10, opts.color ?? INK);
      const cleaned = this.clean(item);
      const h = this.doc.heightOfString(cleaned, { width: this.width - 16 });
      this.ensureSpace(Math.min(h, 100) + 3);
      const y = this.doc.y;
      this.font(true, opts.size ?? 10, ACCENT).doc.text(marker, this.left, y, { width: 14, lineBreak: false });
      this.font(false, opts.size ?? 10, opts.color ?? INK).doc.text(cleaned, this.left + 16, y, { width: this.width - 16 });
      this.doc.moveDown(0.2);
    });
  }

  /** "Label   value" pairs in two columns. */
  facts(pairs: [string, string][]): void {
    const labelW = 110;
    for (const [label, value] of pairs) {
      this.ensureSpace(16);
      const y = this.doc.y;
      this.font(false, 9, MUTED).doc.text(this.clean(label), this.left, y, { width: labelW, lineBreak: false });
      this.font(true, 10, INK).doc.text(this.clean(value), this.left + labelW, y, { width: this.width - labelW });
      this.doc.moveDown(0.15);
    }
  }

  /** A coloured pill with a word in it (verdicts). */
  badge(text: string, color: string, x: number, y: number, size = 10): number {
    const label = this.clean(text).toUpperCase();
    this.font(true, size, '#FFFFFF');
    const w = this.doc.widthOfString(label) + 14;
    const h = size + 8;
    this.doc.save().roundedRect(x, y, w, h, h / 2).fill(color).restore();
    this.font(true, size, '#FFFFFF').doc.text(label, x + 7, y + 4.5, { lineBreak: false });
    this.doc.fillColor(INK);
    return w;
  }

  rule(color = RULE, width = 0.6): void {
    const y = this.doc.y;
    this.doc.save().moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(width).strokeColor(color).stroke().restore();
  }

  /** Draw an SVG chart at the current position (moving to a new page if it does not fit). */
  chart(chart: SvgChart, x = this.left): void {
    this.ensureSpace(chart.height + 4);
    const y = this.doc.y;
    this.drawSvg(chart, x, y);
    this.doc.x = this.left;
    this.doc.y = y + chart.height + 4;
  }

  drawSvg(chart: SvgChart, x: number, y: number): void {
    SVGtoPDF(this.doc, chart.svg, x, y, {
      width: chart.width,
      height: chart.height,
      assumePt: true,
      fontCallback: (_family: string, bold: boolean) => (bold ? this.bold : this.regular),
      warningCallback: () => undefined,
    });
  }

  /** Wrapped runs of styled text (backgrounds, bold, underlines), breaking across pages. */
  richText(runs: Run[], opts: { size?: number; lineGap?: number } = {}): void {
    const size = opts.size ?? 10.5;
    const lineH = size * 1.25 + (opts.lineGap ?? 3);
    const cleaned = runs.map((r) => ({ ...r, text: this.clean(r.text) }));
    const measure = (text: string, bold: boolean): number => {
      this.doc.font(bold ? this.bold : this.regular).fontSize(size);
      return this.doc.widthOfString(text);
    };
    const lines = layoutRuns(cleaned, this.width, measure);
    for (const line of lines) {
      this.ensureSpace(lineH);
      const y = this.doc.y;
      for (const f of line) {
        if (f.background) {
          this.doc.save().rect(this.left + f.x, y - 1.5, f.width, size * 1.25 + 1.5).fill(f.background).restore();
        }
      }
      for (const f of line) {
        this.font(f.bold, size, f.color ?? INK).doc.text(f.text, this.left + f.x, y, { lineBreak: false });
        if (f.underline) {
          const uy = y + size * 1.08;
          this.doc.save().moveTo(this.left + f.x, uy).lineTo(this.left + f.x + f.width, uy).lineWidth(1.1).strokeColor(f.underline).stroke().restore();
        }
      }
      this.doc.x = this.left;
      this.doc.y = y + lineH;
    }
    this.font(false, 10, INK);
  }

  /** Header and "Page i of n" on every page; then the finished PDF as a Buffer. */
  finish(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (c: Buffer) => chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const { margins } = this.doc.page;
      const savedBottom = margins.bottom;
      margins.bottom = 0;
      const footerY = this.doc.page.height - MARGIN + 8;
      this.doc
        .save()
        .moveTo(this.left, footerY - 6)
        .lineTo(this.left + this.width, footerY - 6)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke()
        .restore();
      this.font(false, 8, MUTED).doc.text(`Keeper \u00b7 ${this.headerText}`, this.left, footerY, { width: this.width / 2, lineBreak: false, height: 10, ellipsis: true });
      this.font(false, 8, MUTED).doc.text(`Page ${i - range.start + 1} of ${range.count}`, this.left + this.width / 2, footerY, {
        width: this.width / 2,
        align: 'right',
        lineBreak: false,
      });
      margins.bottom = savedBottom;
    }
    this.doc.end();
    return done;
  }
}
