/** The PDF debrief of a mock loop: panel decision, verdict per round, evidence quotes, top fixes. */
import { ReportWriter } from './writer.js';
import { barChartSvg } from './charts.js';
import { ACCENT, INK, MUTED, RULE, verdictColor } from './palette.js';
import { humanize } from './text.js';
import type { LoopDebrief, LoopRoundReport, RenderOptions } from './types.js';

function dateLabel(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 10);
}

function panelBlock(w: ReportWriter, debrief: LoopDebrief): void {
  w.heading('Panel decision');
  w.ensureSpace(40);
  const y = w.doc.y;
  const bw = w.badge(humanize(debrief.panel.decision), verdictColor(debrief.panel.decision), w.left, y, 13);
  if (debrief.panel.unanimous !== undefined) {
    w.font(false, 10, MUTED).doc.text(
      debrief.panel.unanimous ? 'The panel was unanimous.' : 'The panel was not unanimous.',
      w.left + bw + 12,
      y + 6,
      { lineBreak: false },
    );
  }
  w.doc.x = w.left;
  w.doc.y = y + 30;
  if (debrief.panel.rule) w.paragraph(`Decision rule: ${debrief.panel.rule}`, { size: 9, color: MUTED });
  w.doc.moveDown(0.3);
  w.list(debrief.panel.reasons);
}

function verdictTable(w: ReportWriter, rounds: LoopRoundReport[]): void {
  w.heading('Verdict per round');
  for (const round of rounds) {
    w.ensureSpace(24);
    const y = w.doc.y;
    w.font(true, 10.5, INK).doc.text(w.clean(round.title), w.left, y + 3, { width: 200, lineBreak: false, ellipsis: true });
    w.badge(humanize(round.verdict), verdictColor(round.verdict), w.left + 210, y, 9);
    if (round.score !== undefined) {
      w.font(false, 9.5, MUTED).doc.text(`${Math.round(round.score)} / 100`, w.left + 330, y + 3.5, { lineBreak: false });
    }
    w.doc.x = w.left;
    w.doc.y = y + 22;
  }
  const scored = rounds.filter((r): r is LoopRoundReport & { score: number } => r.score !== undefined);
  if (scored.length > 0) {
    w.doc.moveDown(0.4);
    w.chart(
      barChartSvg(
        scored.map((r) => ({ label: r.title, value: r.score, valueLabel: String(Math.round(r.score)), color: verdictColor(r.verdict) })),
        { min: 0, max: 100, ticks: [0, 25, 50, 75, 100], width: w.width, clean: w.clean, labelWidth: 130 },
      ),
    );
  }
}

function quote(w: ReportWriter, text: string, note: string | undefined): void {
  w.font(false, 9.5, INK);
  const body = w.clean(`\u201c${text}\u201d`);
  const h = w.doc.heightOfString(body, { width: w.width - 20 });
  w.ensureSpace(h + 14);
  const y = w.doc.y;
  w.doc.save().rect(w.left + 4, y, 2.5, h + (note ? 11 : 0)).fill(RULE).restore();
  w.font(false, 9.5, INK).doc.text(body, w.left + 14, y, { width: w.width - 20 });
  if (note) w.font(false, 8, MUTED).doc.text(w.clean(note), w.left + 14, w.doc.y, { width: w.width - 20 });
  w.doc.moveDown(0.35);
}

function roundSection(w: ReportWriter, round: LoopRoundReport): void {
  w.ensureSpace(90);
  w.doc.moveDown(0.5);
  const y = w.doc.y;
  w.font(true, 12.5, INK).doc.text(w.clean(round.title), w.left, y, { lineBreak: false });
  const titleW = w.doc.widthOfString(w.clean(round.title));
  w.badge(humanize(round.verdict), verdictColor(round.verdict), w.left + titleW + 10, y - 1, 9);
  w.doc.x = w.left;
  w.doc.y = y + 22;
  if (round.questions && round.questions.length > 0) {
    w.paragraph(`Asked: ${round.questions.join(' \u00b7 ')}`, { size: 9, color: MUTED });
    w.doc.moveDown(0.2);
  }
  w.subheading('Why');
  w.list(round.reasons, { size: 9.5 });
  if (round.evidence.length > 0) {
    w.subheading('In your words');
    for (const e of round.evidence) quote(w, e.quote, e.note);
  }
}

export async function renderLoopPdf(debrief: LoopDebrief, opts: RenderOptions = {}): Promise<Buffer> {
  const w = new ReportWriter('Mock loop debrief', { ...opts, subject: debrief.title });
  const meta = [
    debrief.candidate,
    debrief.role ? debrief.role.toUpperCase() : undefined,
    debrief.level,
    dateLabel(debrief.finishedAt) ? `finished ${dateLabel(debrief.finishedAt)}` : undefined,
    dateLabel(opts.generatedAt) ? `generated ${dateLabel(opts.generatedAt)}` : undefined,
  ].filter(Boolean);
  w.title('Mock loop debrief', meta.join(' \u00b7 '));
  w.paragraph(debrief.title, { size: 12.5, bold: true });
  panelBlock(w, debrief);
  verdictTable(w, debrief.rounds);
  if (debrief.topFixes.length > 0) {
    w.heading('Top fixes before the real loop');
    w.list(debrief.topFixes, { numbered: true });
  }
  w.heading('Round by round');
  w.rule();
  for (const round of debrief.rounds) roundSection(w, round);
  if (debrief.rounds.length === 0) w.paragraph('No round was finished in this loop.', { color: ACCENT });
  return w.finish();
}
