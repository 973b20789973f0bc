import { STAR_PRIOR, trainStarModel } from '../src/core/analysis/index.js';
import { labelStarWith, loadCorpus, trainingSequences } from '../test/analysis/behavioral-corpus.js';
const opts = JSON.parse(process.argv[2] ?? '{}');
const grid: number[][] = JSON.parse(process.argv[3] ?? '[[0,0,0,0]]');
const wl2 = opts.wl2 ?? 1;
const dev = loadCorpus('dev');
const files = [...new Set(dev.map((a) => a.file))].sort();
const K = 5;
const sums = grid.map(() => ({ correct: 0, total: 0, rfCorrect: 0, rfTotal: 0, removed: 0, removedOf: 0, parts: {} as Record<string, number[]> }));
for (let fold = 0; fold < K; fold++) {
  const ff = (a: { file: string }) => files.indexOf(a.file) % K;
  const model = trainStarModel(trainingSequences(dev.filter((a) => ff(a) !== fold)), { iterations: 100, l2: 3, prior: STAR_PRIOR, transitionScale: 1.5, ...opts, l2Scale: (f: string) => (f.startsWith('w=') ? wl2 : 1) });
  const test = dev.filter((a) => ff(a) === fold);
  grid.forEach((g, gi) => {
    const m = { ...model, presence: { situation: g[0], task: g[1], action: g[2], result: g[3] } };
    const r = labelStarWith(m, test);
    const s = sums[gi]!;
    for (const k of ['correct', 'total', 'rfCorrect', 'rfTotal', 'removed', 'removedOf'] as const) s[k] += r[k];
    for (const [p, [a, b]] of Object.entries(r.byPart)) { const x = (s.parts[p] ??= [0, 0]); x[0] += a; x[1] += b; }
  });
}
const pct = (a: number, b: number) => ((100 * a) / b).toFixed(1);
grid.forEach((g, gi) => {
  const s = sums[gi]!;
  console.log(JSON.stringify(opts), JSON.stringify(g), `acc ${pct(s.correct, s.total)} rf ${pct(s.rfCorrect, s.rfTotal)} removed ${pct(s.removed, s.removedOf)} (${Object.entries(s.parts).map(([p, [a, b]]) => `${p[0]} ${a}/${b}`).join(' ')})`);
});
