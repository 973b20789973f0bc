/**
 * Trade-off statements ("X instead of Y because …", "at the cost of …") and quantitative
 * reasoning (figures, arithmetic, figures that drive a decision). Pure.
 */
import { TRADE_OFF_CUES } from './lexicon.js';
import type { Quantity } from './quantities.js';
import { compileCue, matchCue, type CompiledCue } from './text/cue.js';
import type { PreparedAnswer } from './text/prepare.js';
import type { Estimate, EstimateKind, Quantitative, TradeOff } from './types.js';

let tradeCues: CompiledCue[] | undefined;

const UNTIL = String.raw`((?:(?!\b(?:because|since|so that|as|given|which|but|while|whereas)\b)[^,.;:])+)`;
const ALTERNATIVE = new RegExp(String.raw`\b(?:instead of|rather than|versus|vs\.?|as opposed to|compared (?:to|with)|in place of)\s+` + UNTIL, 'i');
const CHOSE_OVER = new RegExp(String.raw`\b(?:chose|choose|choosing|pick|picked|prefer|preferred|favou?r|favou?red|went with|go with)\b[^.;]*?\bover\s+` + UNTIL, 'i');
const REASON = /\b(?:because|since|so that|as it|given that|which means|the reason is|due to|that way|otherwise)\s+([^.;]+)/i;
const MARKER = /\btrade-?offs?\b|\bat the (?:cost|expense) of\b|\bdownside\b|\bin exchange\b|\bthe price (?:is|we pay)\b|\bwe (?:give up|lose|accept|sacrifice)\b|\bpros and cons\b|\bon the other hand\b|\bthe catch\b|\bcompromise\b|\bthe cost is\b/i;

function trim(s: string | undefined): string | undefined {
  const t = s?.trim().replace(/\s+/g, ' ');
  return t ? (t.length > 120 ? `${t.slice(0, 117)}…` : t) : undefined;
}

export function findTradeOffs(a: PreparedAnswer): TradeOff[] {
  tradeCues ??= TRADE_OFF_CUES.map(compileCue);
  const sentences = new Set<number>();
  for (const cue of tradeCues) for (const m of matchCue(a, cue)) sentences.add(m.sentence);
  return [...sentences]
    .sort((x, y) => x - y)
    .flatMap((i) => {
      const s = a.sentences[i];
      if (!s || s.kind === 'heading') return [];
      const alternative = trim(ALTERNATIVE.exec(s.text)?.[1] ?? CHOSE_OVER.exec(s.text)?.[1]);
      const reason = trim(REASON.exec(s.text)?.[1]);
      const marker = MARKER.test(s.text);
      if (!alternative && !marker) return [];
      const complete = Boolean(alternative && reason) || (marker && Boolean(reason || alternative || /\bbut\b|\bwhile\b|\bwhereas\b/i.test(s.text)));
      return [{ sentence: i, text: s.text, ...(alternative ? { alternative } : {}), ...(reason ? { reason } : {}), complete }];
    });
}

const DECISION = /\b(?:so|therefore|thus|hence|which means|that means|means|meaning|we(?:'d| would)? need|requires?|enough|fits?|exceeds?|too (?:big|large|much|many|slow)|can(?:'t|not)|budget|headroom|that's why|which is why|dominat\w*|drives?|rules out|justif\w*|worth)\b|→|=>/i;
const CALCULATION = /\d\s*(?:[x×*/÷]|times|divided by|multiplied by)\s*~?\$?\d|[≈=]\s*~?\$?\d|\bper\b.*\d.*\bper\b|\d\s*(?:k|M|B)?\s*\/\s*\d/i;
const FOLLOW_ON = /^(?:so|that|this|therefore|which|hence|thus)\b/i;

export function quantitative(a: PreparedAnswer, quantities: readonly (readonly Quantity[])[]): Quantitative {
  const estimates: Estimate[] = [];
  const decision = new Set<number>();
  const calculations: number[] = [];
  quantities.forEach((qs, i) => {
    const s = a.sentences[i];
    if (!s || qs.length === 0) return;
    for (const q of qs) estimates.push({ sentence: i, text: q.text, value: q.value, unit: q.unit, kind: q.kind });
    const calc = CALCULATION.test(s.text);
    if (calc) calculations.push(i);
    const next = a.sentences[i + 1];
    if (DECISION.test(s.text) || (next && FOLLOW_ON.test(next.text.trim()) && (calc || qs.length > 1))) decision.add(i);
  });
  const kinds = [...new Set(estimates.map((e) => e.kind))] as EstimateKind[];
  return { estimates, kinds, usedInDecisions: decision.size > 0, decisionEvidence: [...decision].sort((x, y) => x - y), calculations };
}
