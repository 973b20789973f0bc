import { loadPack } from '/work/main/src/content/load-pack.ts';
import { analyzeDesign } from '/work/main/src/core/design/index.ts';
import { loadDesignCorpus } from '/work/main/scripts/eval-design.ts';
const r = await loadPack('/work/main/content/netflix'); if (!r.ok) throw new Error('pack');
const qs = r.pack.questions.filter(q => q.category === 'system-design');
const byLabel: Record<string, {worstDiff: number, worstRatio: number, fails: string[]}> = {};
for (const a of loadDesignCorpus()) {
  const own = analyzeDesign(a.text, { pack: r.pack, question: qs.find(q=>q.id===a.questionId)!, diagram: a.diagram, compareOtherQuestions: false }).rubric.coverage;
  const L = byLabel[a.label] ??= { worstDiff: 9, worstRatio: 0, fails: [] };
  for (const q of qs) { if (q.id === a.questionId) continue;
    const c = analyzeDesign(a.text, { pack: r.pack, question: q, diagram: a.diagram, compareOtherQuestions: false }).rubric.coverage;
    L.worstDiff = Math.min(L.worstDiff, own - c); L.worstRatio = Math.max(L.worstRatio, c/own);
    if (c >= own) L.fails.push(`${a.file} vs ${q.id}: ${own.toFixed(2)} ${c.toFixed(2)}`);
  }
}
console.log(JSON.stringify(byLabel, null, 1));
