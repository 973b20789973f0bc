/**
 * Evaluates the behavioral engine on the labelled corpus (test/fixtures/behavioral): per-label
 * precision/recall/F1, sentence accuracy, macro-F1 and flag precision/recall for the dev and
 * held-out parts, plus two variant checks generated from the corpus: the result moved to the
 * front (sentence accuracy) and each STAR part removed (how often it is reported missing).
 *
 *   npm run eval                      # report (dev and held-out)
 *   npm run eval -- --json            # one JSON line per part
 *   npm run eval -- --errors          # also list dev-part mistakes (never held-out ones)
 *   npm run eval -- --cv              # only the 5-fold cross-validation of the labeller on dev
 *   npm run eval -- --no-cv           # skip the cross-validation (faster)
 *   npm run eval -- --train           # fit the labeller on dev; rewrites src/core/analysis/star-weights.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPack } from '../src/content/load-pack.js';
import { STAR_PRIOR, trainStarModel, type StarModel } from '../src/core/analysis/index.js';
import type { Pack } from '../src/core/pack/index.js';
import { evaluateSplit, labelStarWith, loadCorpus, removedRate, trainingSequences, type CorpusAnswer, type SplitReport } from '../test/analysis/behavioral-corpus.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const WEIGHTS_FILE = join(root, 'src', 'core', 'analysis', 'star-weights.ts');
/** Training settings, chosen on dev only (`--cv`, and training on one writing session of dev, testing on the other). */
export const TRAIN_OPTIONS = { iterations: 100, l2: 3, prior: STAR_PRIOR, transitionScale: 1.5 } as const;
/**
 * Posterior evidence needed to keep a part (see `StarModel.presence`): when no sentence labelled
 * with the part reaches this probability, the part is reported missing and the answer is decoded
 * again without it. Chosen on dev only: leaving out each of the eight later writing sessions in
 * turn, these values maximise the lower of sentence accuracy and "removed part reported missing"
 * (accuracy unchanged at 87.2%, removed part 84.2% → 87.2%; a higher bar for the situation raised the
 * removed-part figure further but cost accuracy).
 */
export const PRESENCE: NonNullable<StarModel['presence']> = { situation: 0.5, task: 0.6, action: 0.6, result: 0.6 };

/** Fits the labeller on these answers (plus their generated variants) with the dev-chosen settings. */
export function fitStar(answers: readonly CorpusAnswer[]): StarModel {
  return { ...trainStarModel(trainingSequences(answers), TRAIN_OPTIONS), presence: PRESENCE };
}

/** The acceptance bar (issue 4), checked on the held-out part. */
export const TARGETS = { accuracy: 0.9, macroF1: 0.85, flagRecall: 0.8, resultFirst: 0.85, removed: 0.9 } as const;

async function pack(): Promise<Pack> {
  const shipped = await loadPack(join(root, 'content', 'netflix'));
  if (shipped.ok) return shipped.pack;
  const mini = await loadPack(join(root, 'test', 'fixtures', 'pack-mini'));
  if (mini.ok) {
    console.error('eval: content/netflix does not load; using test/fixtures/pack-mini (values only affect the values dimension)');
    return mini.pack;
  }
  throw new Error('eval: no pack loads (content/netflix or test/fixtures/pack-mini)');
}

function weightsSource(model: StarModel): string {
  const lines = (obj: Readonly<Record<string, number>>): string =>
    Object.keys(obj)
      .sort()
      .map((k) => `    ${JSON.stringify(k)}: ${obj[k]},`)
      .join('\n');
  return [
    '/**',
    ' * STAR labeller weights, fitted on the dev corpus (test/fixtures/behavioral/dev) by',
    ' * `npm run eval -- --train` (scripts/eval-behavioral.ts): a linear-chain CRF started from',
    ' * star-prior.ts. Generated file: do not edit by hand.',
    ' */',
    "import type { StarModel } from './star-decoder.js';",
    '',
    'export const STAR_WEIGHTS: StarModel = {',
    '  emit: {',
    lines(model.emit),
    '  },',
    '  trans: {',
    lines(model.trans),
    '  },',
    ...(model.presence && Object.keys(model.presence).length > 0 ? ['  presence: {', lines(model.presence), '  },'] : []),
    '};',
    '',
  ].join('\n');
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function printReport(name: string, r: SplitReport): void {
  console.log(`\n== ${name}: ${r.answers} answers, ${r.sentences} sentences`);
  console.log(`sentence accuracy ${pct(r.accuracy)}   macro-F1 ${r.macroF1.toFixed(3)}`);
  console.log(`  by writing session: ${Object.entries(r.byFile).map(([f, [c, t]]) => `${f.replace(/\.yaml$/, '')} ${pct(c / Math.max(1, t))} (${t})`).join(', ')}`);
  console.log('label        precision  recall   F1     support');
  for (const l of r.labels) console.log(`${l.label.padEnd(12)} ${l.precision.toFixed(3).padStart(9)} ${l.recall.toFixed(3).padStart(7)} ${l.f1.toFixed(3).padStart(6)} ${String(l.support).padStart(8)}`);
  console.log(`flags: precision ${pct(r.flags.precision)}  recall ${pct(r.flags.recall)}  (tp ${r.flags.tp}, fp ${r.flags.fp}, fn ${r.flags.fn})`);
  const codes = Object.keys(r.flags.perCode).sort();
  console.log(`  per flag: ${codes.map((c) => { const x = r.flags.perCode[c]; return x ? `${c} ${x.tp}/${x.tp + x.fn}${x.fp ? ` +${x.fp}` : ''}` : c; }).join(', ')}`);
  console.log(`variant result-first: ${r.resultFirst.answers} answers, sentence accuracy ${pct(r.resultFirst.accuracy)}`);
  const parts = Object.entries(r.removed).map(([p, v]) => `${p} ${v.reportedMissing}/${v.variants}`).join(', ');
  console.log(`variant part removed: reported missing ${pct(removedRate(r))} (${parts})`);
}

function checkTargets(r: SplitReport): string[] {
  const fails: string[] = [];
  if (r.accuracy < TARGETS.accuracy) fails.push(`sentence accuracy ${pct(r.accuracy)} < ${pct(TARGETS.accuracy)}`);
  if (r.macroF1 < TARGETS.macroF1) fails.push(`macro-F1 ${r.macroF1} < ${TARGETS.macroF1}`);
  if (r.flags.recall < TARGETS.flagRecall) fails.push(`flag recall ${pct(r.flags.recall)} < ${pct(TARGETS.flagRecall)}`);
  if (r.resultFirst.accuracy < TARGETS.resultFirst) fails.push(`result-first accuracy ${pct(r.resultFirst.accuracy)} < ${pct(TARGETS.resultFirst)}`);
  if (removedRate(r) < TARGETS.removed) fails.push(`removed part reported missing ${pct(removedRate(r))} < ${pct(TARGETS.removed)}`);
  return fails;
}

/** 5-fold cross-validation of the labeller on dev (sentence accuracy of the held-back folds). */
function crossValidate(dev: readonly CorpusAnswer[]): void {
  const K = 5;
  const sum = { correct: 0, total: 0, rfCorrect: 0, rfTotal: 0, removed: 0, removedOf: 0 };
  const parts: Record<string, [number, number]> = {};
  const files = [...new Set(dev.map((a) => a.file))].sort();
  for (let fold = 0; fold < K; fold++) {
    // Folds by file, so answers written together (similar wording) never straddle train and test.
    const fileFold = (a: CorpusAnswer): number => files.indexOf(a.file) % K;
    const train = dev.filter((a) => fileFold(a) !== fold);
    const test = dev.filter((a) => fileFold(a) === fold);
    const model = fitStar(train);
    const r = labelStarWith(model, test);
    for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += r[k];
    for (const [p, [m, n]] of Object.entries(r.byPart)) {
      const acc = (parts[p] ??= [0, 0]);
      acc[0] += m;
      acc[1] += n;
    }
  }
  const of = (a: number, b: number): string => pct(a / Math.max(1, b));
  console.log(`dev 5-fold cross-validation: sentence accuracy ${of(sum.correct, sum.total)} (${sum.total} sentences), result-first ${of(sum.rfCorrect, sum.rfTotal)}, removed part reported missing ${of(sum.removed, sum.removedOf)} (${Object.entries(parts).map(([p, [m, n]]) => `${p} ${m}/${n}`).join(', ')})`);
}

export default async function evalBehavioral(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const dev = loadCorpus('dev');
  const heldout = loadCorpus('heldout');
  const p = await pack();
  if (args.includes('--train')) {
    const model = fitStar(dev);
    writeFileSync(WEIGHTS_FILE, weightsSource(model));
    console.log(`trained on ${dev.length} dev answers: ${Object.keys(model.emit).length} emission and ${Object.keys(model.trans).length} transition weights → ${WEIGHTS_FILE}`);
    console.log('re-run `npm run eval` to evaluate the new weights (a fresh process loads them).');
    return;
  }
  if (args.includes('--cv')) {
    crossValidate(dev);
    return;
  }
  const reports: [string, SplitReport][] = [
    ['dev', evaluateSplit(dev, p)],
    ['heldout', evaluateSplit(heldout, p)],
  ];
  if (!json) console.log('Note: the labeller is fitted on dev, so the dev STAR figures are training figures; see the cross-validation line for dev.');
  for (const [name, r] of reports) {
    if (json) {
      const { errors: _e, flagErrors: _f, ...rest } = r;
      console.log(JSON.stringify({ engine: 'behavioral', split: name, ...rest, removedRate: removedRate(r) }));
    } else printReport(name, r);
  }
  if (args.includes('--errors')) {
    const dr = reports[0]?.[1];
    if (dr) {
      console.log('\n-- dev labelling mistakes');
      for (const e of dr.errors) console.log(`${e.id}: ${e.gold} → ${e.predicted}: ${e.text}`);
      console.log('\n-- dev flag mistakes');
      for (const e of dr.flagErrors) console.log(`${e.id}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}]`);
    }
  }
  if (!json && !args.includes('--no-cv')) {
    console.log('');
    crossValidate(dev);
  }
  const held = reports[1]?.[1];
  if (held && !json) {
    const fails = checkTargets(held);
    console.log(fails.length === 0 ? '\nheld-out: all acceptance targets met' : `\nheld-out: below target: ${fails.join('; ')}`);
  }
}
