/**
 * Behavioral analysis speed: `analysis.behavioral.400w` times `analyzeBehavioral` on a realistic
 * 400-word answer with the shipped pack and a question (target: p50 ≤ 5 ms, p99 ≤ 20 ms).
 * Also reported: `analysis.behavioral.capped`, a ~90,000-character input, of which the engine analyses
 * the first 12,000 characters (its cap), for the worst case of a long paste.
 */
import { join } from 'node:path';
import { loadPack } from '../src/content/load-pack.js';
import { analyzeBehavioral } from '../src/core/analysis/index.js';
import type { Pack } from '../src/core/pack/index.js';
import { timeIt, type BenchResult } from './stats.js';

const ANSWER_400 = [
  'Two years ago I was the tech lead for the billing pipeline at a subscription company, which processed about four million invoices a month and could not lose a single event.',
  'Our VP of engineering decided that every team would move to a shared Kafka cluster by the end of the quarter, and billing was on the list for the first wave.',
  'I had to decide whether to follow the plan or make the case that billing should wait, knowing that pushing back on a VP in my first year would not be popular.',
  'I started by pulling our last six months of incident data, and I found that the shared cluster had dropped messages twice during partition rebalances.',
  'Then I estimated what a single lost batch would cost us, which came to roughly eighty thousand dollars in manual reconciliation and a lot of angry customers.',
  'I wrote a two-page note with the risk, the cost estimate and an alternative: move billing last, after the replication fix that the platform team had already scheduled.',
  'I asked the VP for twenty minutes and walked her through the note one to one, instead of raising it in the big planning meeting where it would have felt like an ambush.',
  'She asked hard questions about the estimate, so I showed her the raw incident timelines and offered to run a failure drill with the platform team to check my numbers.',
  'We ran the drill the following week, and it reproduced the message loss within an hour, which settled the question for everyone.',
  'She agreed to move billing into the following quarter, and the platform team shipped the replication fix two weeks ahead of their plan.',
  'When we finally migrated, we had zero lost invoices, p99 publish latency dropped from 850 ms to 120 ms, and our infrastructure bill for the pipeline fell by about 30%.',
  'The VP later asked me to review the migration order for the remaining teams, and two of them moved their dates based on the same kind of analysis.',
  'I learned that disagreeing with data and a concrete alternative gets a very different reaction than disagreeing with an opinion.',
  'Since then I bring a written note and a proposal to every difficult conversation with leadership, and I ask them to find the holes in it before we decide.',
  'Looking back, I would also involve the platform team earlier, because their fix turned out to be the key to the whole plan.',
].join(' ');

export default async function bench(): Promise<BenchResult[]> {
  const loaded = await loadPack(join(import.meta.dirname, '..', 'content', 'netflix'));
  if (!loaded.ok) throw new Error('content/netflix does not load');
  const pack: Pack = loaded.pack;
  const question = pack.questions.find((q) => q.id === 'courage-challenged-senior') ?? pack.questions[0];
  const words = ANSWER_400.split(/\s+/).length;
  const results: BenchResult[] = [];
  results.push({ ...(await timeIt('analysis.behavioral.400w', 500, () => analyzeBehavioral(ANSWER_400, { pack, ...(question ? { question } : {}) }), 50)), words });
  const hostile = `${ANSWER_400} `.repeat(40);
  results.push({ ...(await timeIt('analysis.behavioral.capped', 30, () => analyzeBehavioral(hostile, { pack }), 3)), chars: hostile.length });
  return results;
}
