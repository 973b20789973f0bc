/** Download buttons for the PDF reports (attempt, mock loop debrief, progress). */

export type ReportKind = 'attempt' | 'loop' | 'progress';

export function reportUrl(kind: ReportKind, id?: string): string {
  if (kind === 'progress') return `/api/reports/progress.pdf?tz=${-new Date().getTimezoneOffset()}`;
  return `/api/reports/${kind === 'attempt' ? 'attempts' : 'loops'}/${encodeURIComponent(id ?? '')}.pdf`;
}

export function ReportButton({ kind, id, label }: { kind: ReportKind; id?: string; label?: string }) {
  const text = label ?? (kind === 'attempt' ? 'Download PDF report' : kind === 'loop' ? 'Download debrief (PDF)' : 'Download progress report (PDF)');
  return (
    <a className="button ghost" href={reportUrl(kind, id)} download>
      {text}
    </a>
  );
}
