import { loadPack } from '/work/main/src/content/load-pack.ts';
import { analyzeDesign, coverageOf, prepareAnswer } from '/work/main/src/core/design/index.ts';
import { loadDesignCorpus } from '/work/main/scripts/eval-design.ts';
const r = await loadPack('/work/main/content/netflix'); if (!r.ok) throw new Error('pack');
const qs = r.pack.questions.filter(q => q.category === 'system-design');
let worst: any[] = [];
for (const a of loadDesignCorpus()) {
  const prep = prepareAnswer(a.text, a.diagram);
  const own = analyzeDesign(a.text, { pack: r.pack, question: qs.find(q=>q.id===a.questionId)!, diagram: a.diagram }).rubric.coverage;
  for (const q of qs) { if (q.id === a.questionId) continue;
    const c = analyzeDesign(a.text, { pack: r.pack, question: q, diagram: a.diagram, compareOtherQuestions: false }).rubric.coverage;
    worst.push({ file: a.file, q: q.id, own: +own.toFixed(2), other: +c.toFixed(2), ratio: +(c/own).toFixed(2) });
  }
}
worst.sort((x,y)=>y.ratio-x.ratio);
console.log(worst.slice(0, 25).map(w=>JSON.stringify(w)).join('\n'));
