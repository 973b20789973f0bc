/** The PDF progress summary: readiness, trends per dimension and per value, checklist, plan. */
import { ReportWriter } from './writer.js';
import { barChartSvg, gaugeSvg, lineChartSvg } from './charts.js';
import { ACCENT, INK, MUTED, SERIES_COLORS, scoreColor } from './palette.js';
import type { ProgressSeries, ProgressSummary, RenderOptions } from './types.js';

function shortDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(5, 10);
}

/** Small multiples: one line chart per series, two per row. */
function smallMultiples(w: ReportWriter, list: ProgressSeries[], colorOffset: number): void {
  const gap = 18;
  const cw = (w.width - gap) / 2;
  const ch = 92;
  for (let i = 0; i < list.length; i += 2) {
    w.ensureSpace(ch + 8);
    const y = w.doc.y;
    for (let j = 0; j < 2; j++) {
      const s = list[i + j];
      if (!s) continue;
      const chart = lineChartSvg(
        s.name,
        s.points.map((p) => ({ label: shortDate(p.at), value: p.score })),
        { min: s.min, max: s.max, width: cw, height: ch, color: SERIES_COLORS[(i + j + colorOffset) % SERIES_COLORS.length] ?? ACCENT, clean: w.clean },
      );
      w.drawSvg(chart, w.left + j * (cw + gap), y);
    }
    w.doc.x = w.left;
    w.doc.y = y + ch + 10;
  }
}

function checkbox(w: ReportWriter, x: number, y: number, done: boolean): void {
  w.doc.save().lineWidth(0.9).strokeColor(done ? '#35915A' : MUTED).rect(x, y, 9, 9).stroke().restore();
  if (done) {
    w.doc.save().lineWidth(1.6).strokeColor('#35915A').moveTo(x + 1.8, y + 4.6).lineTo(x + 3.8, y + 7).lineTo(x + 7.6, y + 1.8).stroke().restore();
  }
}

function checklist(w: ReportWriter, items: ProgressSummary['checklist']): void {
  const done = items.filter((i) => i.done).length;
  w.heading(`Checklist \u2014 ${done} of ${items.length} done`);
  for (const item of items) {
    w.ensureSpace(16);
    const y = w.doc.y;
    checkbox(w, w.left, y + 1, item.done);
    w.font(false, 10, item.done ? INK : INK).doc.text(w.clean(item.text), w.left + 16, y, { width: w.width - 110 });
    const endY = w.doc.y;
    w.font(false, 8, MUTED).doc.text(item.auto ? 'ticked from your data' : 'ticked by you', w.left + w.width - 90, y + 1, {
      width: 90,
      align: 'right',
      lineBreak: false,
    });
    w.doc.x = w.left;
    w.doc.y = endY + 3;
  }
}

function plan(w: ReportWriter, p: NonNullable<ProgressSummary['plan']>): void {
  w.heading(p.title);
  for (const item of p.items) {
    w.ensureSpace(16);
    const y = w.doc.y;
    checkbox(w, w.left, y + 1, Boolean(item.done));
    w.font(true, 9.5, MUTED).doc.text(w.clean(item.date), w.left + 16, y, { width: 70, lineBreak: false });
    w.font(false, 10, INK).doc.text(w.clean(item.text), w.left + 90, y, { width: w.width - 90 });
    w.doc.x = w.left;
    w.doc.y = Math.max(w.doc.y, y + 14) + 2;
  }
}

export async function renderProgressPdf(summary: ProgressSummary, opts: RenderOptions = {}): Promise<Buffer> {
  const w = new ReportWriter('Progress report', opts);
  const meta = [
    summary.candidate,
    summary.interviewDate ? `interview ${summary.interviewDate}` : undefined,
    summary.attempts !== undefined ? `${summary.attempts} attempts` : undefined,
    opts.generatedAt ? `generated ${opts.generatedAt.slice(0, 10)}` : undefined,
  ].filter(Boolean);
  w.title('Progress report', meta.join(' \u00b7 '));

  w.heading('Readiness', 110);
  const y = w.doc.y;
  const overall = summary.readiness.overall;
  w.drawSvg(gaugeSvg(overall / 100, { size: 86, color: scoreColor(overall, 0, 100), label: 'overall', clean: w.clean }), w.left, y);
  const rounds = summary.readiness.rounds;
  if (rounds.length > 0) {
    w.drawSvg(
      barChartSvg(
        rounds.map((r) => ({ label: r.name, value: r.score, valueLabel: `${Math.round(r.score)}%` })),
        { min: 0, max: 100, ticks: [0, 50, 100], width: w.width - 110, clean: w.clean, labelWidth: 120 },
      ),
      w.left + 110,
      y,
    );
  }
  w.doc.x = w.left;
  w.doc.y = y + Math.max(104, 14 + rounds.length * 18 + 12);
  for (const r of rounds.filter((r) => r.note)) {
    w.paragraph(`${r.name}: ${r.note ?? ''}`, { size: 9, color: MUTED });
  }

  w.heading('Scores by dimension over time', 100);
  if (summary.dimensions.length === 0) w.paragraph('No analysed attempts yet.', { color: MUTED });
  smallMultiples(w, summary.dimensions, 0);

  w.heading('Values over time', 100);
  if (summary.values.length === 0) w.paragraph('No value evidence yet.', { color: MUTED });
  smallMultiples(w, summary.values, 2);

  checklist(w, summary.checklist);
  if (summary.plan && summary.plan.items.length > 0) plan(w, summary.plan);
  return w.finish();
}
