/** The PDF report of one attempt: question, score, charts, the tinted answer, dimensions, fixes. */
import { ReportWriter } from './writer.js';
import { answerMarks, answerRuns, quoteSentences } from './answer-runs.js';
import { barChartSvg, lineChartSvg, starBalanceSvg } from './charts.js';
import { ACCENT, EVIDENCE, INK, MUTED, STAR_TINT, scoreColor, verdictColor } from './palette.js';
import { humanize, truncate } from './text.js';
import type { AttemptReportData, RenderOptions, ReportAnalysis, StarLabel } from './types.js';

function dateLabel(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toISOString().slice(0, 10);
}

function scoreBlock(w: ReportWriter, analysis: ReportAnalysis): void {
  w.ensureSpace(48);
  const y = w.doc.y;
  w.font(true, 28, scoreColor(analysis.score, 0, 100)).doc.text(String(Math.round(analysis.score)), w.left, y, { lineBreak: false });
  const scoreW = w.doc.widthOfString(String(Math.round(analysis.score)));
  w.font(false, 11, MUTED).doc.text('/ 100', w.left + scoreW + 4, y + 13, { lineBreak: false });
  w.badge(humanize(analysis.verdict), verdictColor(analysis.verdict), w.left + scoreW + 44, y + 8);
  w.font(false, 9, MUTED).doc.text(
    analysis.kind === 'design' ? 'System-design analysis' : 'Behavioral analysis',
    w.left + scoreW + 44,
    y + 30,
    { lineBreak: false },
  );
  w.doc.x = w.left;
  w.doc.y = y + 48;
}

function legend(w: ReportWriter, star: boolean): void {
  w.ensureSpace(18);
  const y = w.doc.y;
  let x = w.left;
  const labels: StarLabel[] = star ? ['situation', 'task', 'action', 'result'] : [];
  for (const label of labels) {
    w.doc.save().rect(x, y, 9, 9).fill(STAR_TINT[label] ?? '#FFFFFF').restore();
    w.font(false, 8, MUTED).doc.text(humanize(label), x + 12, y + 1, { lineBreak: false });
    x += 66;
  }
  w.font(true, 8, INK).doc.text('Bold = evidence', x, y + 1, { lineBreak: false });
  x += 70;
  w.doc.save().moveTo(x, y + 9).lineTo(x + 14, y + 9).lineWidth(1.1).strokeColor(EVIDENCE).stroke().restore();
  w.font(false, 8, MUTED).doc.text('flagged', x + 17, y + 1, { lineBreak: false });
  w.doc.x = w.left;
  w.doc.y = y + 16;
}

function dimensions(w: ReportWriter, analysis: ReportAnalysis): void {
  const dims = analysis.dimensions ?? [];
  if (dims.length === 0) return;
  const chart = barChartSvg(
    dims.map((d) => ({ label: humanize(d.name), value: d.score, valueLabel: `${d.score} / 4` })),
    { min: 0, max: 4, ticks: [0, 1, 2, 3, 4], width: w.width, clean: w.clean, labelWidth: 130 },
  );
  w.heading('Scores by dimension', chart.height);
  w.chart(chart);
  for (const d of dims) {
    w.subheading(`${humanize(d.name)} \u2014 ${d.score} / 4`);
    w.paragraph(d.reason, { size: 9.5 });
    for (const quote of quoteSentences(analysis.sentences, d.evidence).slice(0, 3)) {
      w.paragraph(`\u201c${truncate(quote, 220)}\u201d`, { size: 9, color: MUTED, indent: 12 });
    }
    w.doc.moveDown(0.3);
  }
}

function valuesSection(w: ReportWriter, data: AttemptReportData): void {
  const analysis = data.analysis;
  if (analysis.kind !== 'behavioral') return;
  const shown = analysis.values ?? [];
  const targets = data.question.values ?? [];
  const names = [...new Set([...targets, ...shown.map((v) => v.value)])];
  if (names.length === 0) return;
  const count = (name: string): number => shown.find((v) => v.value === name)?.evidence.length ?? 0;
  const max = Math.max(3, ...names.map(count));
  w.heading('Values shown', 14 + names.length * 18 + 6);
  w.chart(
    barChartSvg(
      names.map((n) => ({
        label: `${humanize(n)}${targets.includes(n) ? ' (target)' : ''}`,
        value: count(n),
        valueLabel: `${count(n)} sentence${count(n) === 1 ? '' : 's'}`,
        color: count(n) > 0 ? '#35915A' : '#D4583F',
      })),
      { min: 0, max, width: w.width, clean: w.clean, labelWidth: 130, ticks: [0, max] },
    ),
  );
  for (const v of shown) {
    const quote = quoteSentences(analysis.sentences, v.evidence)[0];
    if (quote) w.paragraph(`${humanize(v.value)}: \u201c${truncate(quote, 200)}\u201d`, { size: 9, color: MUTED });
  }
  const missing = targets.filter((t) => count(t) === 0);
  if (missing.length > 0) {
    w.paragraph(`Targeted by the question but not shown: ${missing.map(humanize).join(', ')}.`, { size: 9.5, color: ACCENT });
  }
}

function designSection(w: ReportWriter, analysis: ReportAnalysis): void {
  if (analysis.kind !== 'design') return;
  if (analysis.rubric) {
    w.heading(`Rubric coverage \u2014 ${Math.round(analysis.rubric.coverage * 100)}%`);
    for (const p of analysis.rubric.points) {
      const quote = p.covered ? quoteSentences(analysis.sentences, p.evidence)[0] : undefined;
      w.paragraph(`${p.covered ? '[covered]' : '[missing]'} ${p.text}`, { size: 9.5, color: p.covered ? INK : ACCENT });
      if (quote) w.paragraph(`\u201c${truncate(quote, 180)}\u201d`, { size: 8.5, color: MUTED, indent: 12 });
    }
  }
  if (analysis.phases && analysis.phases.length > 0) {
    w.heading('Phases of the answer', 14 + analysis.phases.length * 18 + 6);
    w.chart(
      barChartSvg(
        analysis.phases.map((p) => ({
          label: humanize(p.name),
          value: p.present ? 1 : 0.02,
          valueLabel: p.present ? 'present' : 'missing',
          color: p.present ? '#35915A' : '#D4583F',
        })),
        { min: 0, max: 1, ticks: [], width: w.width, clean: w.clean, labelWidth: 130 },
      ),
    );
  }
}

export async function renderAttemptPdf(data: AttemptReportData, opts: RenderOptions = {}): Promise<Buffer> {
  const { analysis } = data;
  const w = new ReportWriter('Answer report', { ...opts, subject: data.question.text });
  const meta = [
    data.candidate,
    data.question.round ? humanize(data.question.round) : undefined,
    dateLabel(data.createdAt) ? `answered ${dateLabel(data.createdAt)}` : undefined,
    dateLabel(opts.generatedAt) ? `generated ${dateLabel(opts.generatedAt)}` : undefined,
  ].filter(Boolean);
  w.title('Answer report', meta.join(' \u00b7 '));

  w.subheading('Question', MUTED);
  w.paragraph(data.question.text, { size: 12.5, bold: true });
  w.doc.moveDown(0.6);
  scoreBlock(w, analysis);

  if (analysis.kind === 'behavioral' && analysis.star) {
    w.subheading('STAR balance');
    w.chart(starBalanceSvg(analysis.star.shares, { width: w.width, clean: w.clean }));
    if (analysis.star.missing.length > 0) {
      w.paragraph(`Missing: ${analysis.star.missing.map(humanize).join(', ')}.`, { size: 9.5, color: ACCENT });
    }
  }

  if (analysis.fixes && analysis.fixes.length > 0) {
    w.heading('What to fix first');
    w.list(analysis.fixes.slice(0, 3), { numbered: true });
  }
  if (analysis.followUp) {
    w.heading('The follow-up a sceptical interviewer would ask');
    w.paragraph(`\u201c${analysis.followUp}\u201d`, { size: 11, bold: true });
  }

  if (data.judge && analysis.sentences.length === 0) {
    w.heading('Your code');
    w.code(data.answer);
  } else {
    w.heading('Your answer');
    legend(w, analysis.sentences.some((s) => s.star !== undefined && s.star !== 'other'));
    w.richText(answerRuns(data.answer, analysis.sentences, answerMarks(analysis)));
  }

  valuesSection(w, data);
  designSection(w, analysis);
  dimensions(w, analysis);

  const flags = analysis.flags ?? [];
  if (flags.length > 0) {
    w.heading('Flags');
    for (const f of flags) {
      w.subheading(humanize(f.code), ACCENT);
      w.paragraph(f.message, { size: 9.5 });
      const quote = quoteSentences(analysis.sentences, f.evidence)[0];
      if (quote) w.paragraph(`\u201c${truncate(quote, 200)}\u201d`, { size: 9, color: MUTED, indent: 12 });
    }
  }

  if (data.delivery) deliverySection(w, data);
  if (data.judge) judgeSection(w, data);

  const history = data.history ?? [];
  if (history.length >= 2) {
    w.heading('Your score on this question over time', 110);
    w.chart(
      lineChartSvg('Overall score', history.map((h) => ({ label: dateLabel(h.at) ?? h.at, value: h.score })), {
        min: 0,
        max: 100,
        width: w.width,
        height: 110,
        color: ACCENT,
        clean: w.clean,
      }),
    );
  }
  return w.finish();
}

function deliverySection(w: ReportWriter, data: AttemptReportData): void {
  const d = data.delivery;
  if (!d) return;
  w.heading('Delivery (from the recording)');
  const pairs: [string, string][] = [];
  if (d.wordsPerMinute !== undefined) pairs.push(['Pace', `${Math.round(d.wordsPerMinute)} words per minute`]);
  if (d.timeToFirstWordSec !== undefined) pairs.push(['First word after', `${d.timeToFirstWordSec.toFixed(1)} s`]);
  if (d.pauses) pairs.push(['Pauses over 2 s', String(d.pauses.length)]);
  if (d.fillerCount !== undefined) pairs.push(['Fillers', String(d.fillerCount)]);
  w.facts(pairs);
  if (d.fillerNote) w.paragraph(d.fillerNote, { size: 9, color: MUTED });
}

function judgeSection(w: ReportWriter, data: AttemptReportData): void {
  const j = data.judge;
  if (!j) return;
  w.heading(`Code judge \u2014 ${humanize(j.verdict)}`);
  w.facts([
    ['Problem', j.problem],
    ['Tests passed', `${j.passed} of ${j.total}`],
    ...(j.ms !== undefined ? ([['Time', `${j.ms.toFixed(1)} ms`]] as [string, string][]) : []),
  ]);
  for (const t of (j.tests ?? []).filter((t) => !t.passed).slice(0, 12)) {
    const detail = t.visibility === 'public' && t.message ? `: ${truncate(t.message, 160)}` : '';
    w.paragraph(`Failed (${t.visibility}) ${t.name}${detail}`, { size: 9, color: ACCENT });
  }
}
