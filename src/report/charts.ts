/**
 * Small SVG charts (strings), drawn into the PDF with svg-to-pdfkit. Every text goes through the
 * caller's cleaner so the standard fonts never see characters they cannot show.
 */
import { INK, MUTED, RULE, STAR_COLOR, scoreColor } from './palette.js';
import type { StarLabel } from './types.js';

export interface SvgChart {
  svg: string;
  width: number;
  height: number;
}

type Clean = (s: string) => string;

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

const fmt = (n: number): string => (Math.round(n * 100) / 100).toString();

function textEl(x: number, y: number, s: string, clean: Clean, attrs = ''): string {
  return `<text x="${fmt(x)}" y="${fmt(y)}" font-family="Helvetica" ${attrs}>${escapeXml(clean(s))}</text>`;
}

export interface BarItem {
  label: string;
  value: number;
  /** Printed after the bar; defaults to the value. */
  valueLabel?: string;
  color?: string;
}

/** Horizontal bars on a shared scale (dimension scores 1–4, coverage 0–100 …). */
export function barChartSvg(
  items: BarItem[],
  opts: { min: number; max: number; width: number; clean: Clean; labelWidth?: number; ticks?: number[] },
): SvgChart {
  const rowH = 18;
  const labelW = opts.labelWidth ?? 120;
  const valueW = 40;
  const top = 14;
  const barW = Math.max(40, opts.width - labelW - valueW);
  const height = top + items.length * rowH + 6;
  const x0 = labelW;
  const scale = (v: number): number => {
    const span = opts.max - opts.min || 1;
    return (Math.min(Math.max(v, opts.min), opts.max) - opts.min) / span * barW;
  };
  const parts: string[] = [];
  for (const t of opts.ticks ?? [opts.min, opts.max]) {
    const x = x0 + scale(t);
    parts.push(`<line x1="${fmt(x)}" y1="${top - 4}" x2="${fmt(x)}" y2="${height - 4}" stroke="${RULE}" stroke-width="0.6"/>`);
    parts.push(textEl(x, top - 6, String(t), opts.clean, `font-size="7" fill="${MUTED}" text-anchor="middle"`));
  }
  items.forEach((item, i) => {
    const y = top + i * rowH;
    const w = Math.max(1.5, scale(item.value));
    const color = item.color ?? scoreColor(item.value, opts.min, opts.max);
    parts.push(textEl(x0 - 6, y + 11.5, item.label, opts.clean, `font-size="8.5" fill="${INK}" text-anchor="end"`));
    parts.push(`<rect x="${x0}" y="${y + 3}" width="${fmt(w)}" height="11" rx="2" fill="${color}"/>`);
    parts.push(textEl(x0 + w + 4, y + 11.5, item.valueLabel ?? fmt(item.value), opts.clean, `font-size="8" fill="${MUTED}"`));
  });
  return { svg: wrap(parts, opts.width, height), width: opts.width, height };
}

/** One bar split into the STAR shares, with a legend underneath. */
export function starBalanceSvg(shares: Partial<Record<StarLabel, number>>, opts: { width: number; clean: Clean }): SvgChart {
  const order: StarLabel[] = ['situation', 'task', 'action', 'result', 'other'];
  const total = order.reduce((s, k) => s + Math.max(0, shares[k] ?? 0), 0) || 1;
  const parts: string[] = [];
  let x = 0;
  for (const k of order) {
    const share = Math.max(0, shares[k] ?? 0) / total;
    if (share <= 0) continue;
    const w = share * opts.width;
    parts.push(`<rect x="${fmt(x)}" y="0" width="${fmt(w)}" height="14" fill="${STAR_COLOR[k]}"/>`);
    if (w > 26) parts.push(textEl(x + w / 2, 10, `${Math.round(share * 100)}%`, opts.clean, 'font-size="7.5" fill="#FFFFFF" text-anchor="middle"'));
    x += w;
  }
  let lx = 0;
  for (const k of order.slice(0, 4)) {
    parts.push(`<rect x="${fmt(lx)}" y="21" width="8" height="8" fill="${STAR_COLOR[k]}"/>`);
    parts.push(textEl(lx + 11, 28, k.charAt(0).toUpperCase() + k.slice(1), opts.clean, `font-size="8" fill="${MUTED}"`));
    lx += 72;
  }
  return { svg: wrap(parts, opts.width, 32), width: opts.width, height: 32 };
}

export interface LinePoint {
  label: string;
  value: number;
}

/** A small line chart of one series over attempts, on a fixed scale. */
export function lineChartSvg(
  title: string,
  points: LinePoint[],
  opts: { min: number; max: number; width: number; height: number; color: string; clean: Clean },
): SvgChart {
  const padL = 22;
  const padR = 8;
  const padT = 16;
  const padB = 16;
  const w = opts.width - padL - padR;
  const h = opts.height - padT - padB;
  const span = opts.max - opts.min || 1;
  const y = (v: number): number => padT + h - ((Math.min(Math.max(v, opts.min), opts.max) - opts.min) / span) * h;
  const x = (i: number): number => padL + (points.length <= 1 ? w / 2 : (i / (points.length - 1)) * w);
  const parts: string[] = [];
  parts.push(textEl(0, 9, title, opts.clean, `font-size="8.5" font-weight="bold" fill="${INK}"`));
  const last = points[points.length - 1];
  if (last) {
    parts.push(textEl(opts.width, 9, `latest ${fmt(last.value)}`, opts.clean, `font-size="7.5" fill="${MUTED}" text-anchor="end"`));
  }
  for (const t of [opts.min, (opts.min + opts.max) / 2, opts.max]) {
    parts.push(`<line x1="${padL}" y1="${fmt(y(t))}" x2="${padL + w}" y2="${fmt(y(t))}" stroke="${RULE}" stroke-width="0.5"/>`);
    parts.push(textEl(padL - 3, y(t) + 2.5, fmt(t), opts.clean, `font-size="6.5" fill="${MUTED}" text-anchor="end"`));
  }
  if (points.length === 0) {
    parts.push(textEl(padL + w / 2, padT + h / 2, 'no attempts yet', opts.clean, `font-size="7.5" fill="${MUTED}" text-anchor="middle"`));
  } else {
    const coords = points.map((p, i) => `${fmt(x(i))},${fmt(y(p.value))}`).join(' ');
    if (points.length > 1) {
      parts.push(`<polyline points="${coords}" fill="none" stroke="${opts.color}" stroke-width="1.4"/>`);
    }
    points.forEach((p, i) => parts.push(`<circle cx="${fmt(x(i))}" cy="${fmt(y(p.value))}" r="1.8" fill="${opts.color}"/>`));
    const first = points[0];
    if (first) parts.push(textEl(padL, opts.height - 3, first.label, opts.clean, `font-size="6.5" fill="${MUTED}"`));
    if (last && points.length > 1) {
      parts.push(textEl(padL + w, opts.height - 3, last.label, opts.clean, `font-size="6.5" fill="${MUTED}" text-anchor="end"`));
    }
  }
  return { svg: wrap(parts, opts.width, opts.height), width: opts.width, height: opts.height };
}

/** A ring showing a share 0..1 with the percentage in the middle. */
export function gaugeSvg(share: number, opts: { size: number; color: string; label: string; clean: Clean }): SvgChart {
  const r = opts.size / 2 - 5;
  const c = opts.size / 2;
  const s = Math.min(Math.max(share, 0), 0.9999);
  const angle = s * 2 * Math.PI;
  const ex = c + r * Math.sin(angle);
  const ey = c - r * Math.cos(angle);
  const large = s > 0.5 ? 1 : 0;
  const parts = [
    `<circle cx="${c}" cy="${c}" r="${fmt(r)}" fill="none" stroke="${RULE}" stroke-width="7"/>`,
    s > 0
      ? `<path d="M ${c} ${fmt(c - r)} A ${fmt(r)} ${fmt(r)} 0 ${large} 1 ${fmt(ex)} ${fmt(ey)}" fill="none" stroke="${opts.color}" stroke-width="7"/>`
      : '',
    textEl(c, c + 4, `${Math.round(share * 100)}%`, opts.clean, `font-size="13" font-weight="bold" fill="${INK}" text-anchor="middle"`),
    textEl(c, opts.size + 10, opts.label, opts.clean, `font-size="8" fill="${MUTED}" text-anchor="middle"`),
  ];
  return { svg: wrap(parts, opts.size, opts.size + 14), width: opts.size, height: opts.size + 14 };
}

function wrap(parts: string[], width: number, height: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(width)}" height="${fmt(height)}" viewBox="0 0 ${fmt(width)} ${fmt(height)}">${parts.join('')}</svg>`;
}
