import type { StarLabel } from './types.js';

/** Background tints for the answer text, one per STAR part. */
export const STAR_TINT: Record<StarLabel, string | null> = {
  situation: '#DCEBFA',
  task: '#ECE3F9',
  action: '#DDF2E3',
  result: '#FFEFC7',
  other: null,
};

/** Stronger colours of the same hues, for charts and legends. */
export const STAR_COLOR: Record<StarLabel, string> = {
  situation: '#3F7FC1',
  task: '#8464C4',
  action: '#35915A',
  result: '#CF8C12',
  other: '#A3A3A3',
};

export const INK = '#1F2328';
export const MUTED = '#5F6670';
export const RULE = '#D5D9DE';
export const ACCENT = '#B20710';
export const EVIDENCE = '#B20710';

const VERDICT_COLOR: Record<string, string> = {
  'strong-no-hire': '#9E1C14',
  'no-hire': '#D4583F',
  hire: '#35915A',
  'strong-hire': '#1C6535',
  accepted: '#35915A',
  offer: '#1C6535',
  'no-offer': '#9E1C14',
};

export function verdictColor(verdict: string): string {
  return VERDICT_COLOR[verdict] ?? (/no|fail|error|wrong|limit/i.test(verdict) ? '#D4583F' : MUTED);
}

/** Colour for a score on a scale: red below 40 %, amber to 70 %, green above. */
export function scoreColor(score: number, min: number, max: number): string {
  const share = max > min ? (score - min) / (max - min) : 0;
  if (share < 0.4) return '#D4583F';
  if (share < 0.7) return '#CF8C12';
  return '#35915A';
}

export const SERIES_COLORS = ['#B20710', '#3F7FC1', '#35915A', '#CF8C12', '#8464C4', '#2A9D9A', '#C4487E', '#6B6B6B'];
