import { loadPack } from '/work/main/src/content/load-pack.ts';
import { analyzeDesign } from '/work/main/src/core/design/index.ts';
import { loadDesignCorpus } from '/work/main/scripts/eval-design.ts';
const r = await loadPack('/work/main/content/netflix'); if (!r.ok) throw new Error('pack');
const label = process.argv[2] ?? 'heldout';
for (const a of loadDesignCorpus().filter(a => a.label === label)) {
  const q = r.pack.questions.find(x => x.id === a.questionId)!;
  const res = analyzeDesign(a.text, { pack: r.pack, question: q, diagram: a.diagram });
  for (const p of res.rubric.points) {
    const lab = a.covers.includes(p.id);
    if (lab && !p.covered) console.log(`MISS ${a.file} ${p.id}`);
    if (!lab && p.covered) console.log(`EXTRA ${a.file} ${p.id}: ${p.hits.map(h => h.cue + ' <- ' + res.sentences[h.sentence]?.text.slice(0, 100)).join(' | ')}`);
  }
}
