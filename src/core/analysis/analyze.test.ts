import { describe, expect, it } from 'vitest';
import { analyzeBehavioral, type BehavioralContext } from './analyze.js';
import { TEST_PACK } from './test-pack.js';
import { STAR_LABELS, type BehavioralAnalysis } from './types.js';

const question = (asks: NonNullable<BehavioralContext['question']>['asks'], values: string[] = ['courage']): NonNullable<BehavioralContext['question']> => ({
  id: 'q-test',
  asks,
  values,
  followUps: ['What would you have done if they had said no?', 'How did your relationship change?'],
});

const STRONG = [
  'Two years ago our VP decided that every team would move to a shared message cluster by the end of the quarter.',
  'I was the tech lead for billing, which handled four million invoices a month and could not lose an event.',
  'I had to decide whether to follow the plan or push back.',
  'I pulled six months of incident data and found that the shared cluster had dropped messages twice during rebalances.',
  'I wrote a two-page note with the risk, a cost estimate and an alternative, and I asked the VP for twenty minutes to walk her through it.',
  'She agreed to move billing to the next quarter, and when we migrated we lost zero invoices.',
  'I learned that disagreeing with data and an alternative gets a very different reaction than disagreeing with an opinion.',
].join(' ');

const codes = (a: BehavioralAnalysis) => a.flags.map((f) => f.code);

describe('analyzeBehavioral: the contract', () => {
  it('returns the CONTRACTS.md shape', () => {
    const a = analyzeBehavioral(STRONG, { pack: TEST_PACK, question: question('conflict') });
    expect(a.kind).toBe('behavioral');
    expect(a.score).toBeGreaterThanOrEqual(0);
    expect(a.score).toBeLessThanOrEqual(100);
    expect(['strong-no-hire', 'no-hire', 'hire', 'strong-hire']).toContain(a.verdict);
    for (const s of a.sentences) {
      expect(STRAR(s.star)).toBe(true);
      expect(STRONG.slice(s.start, s.end)).toBe(s.text);
    }
    expect(a.sentences.map((s) => s.index)).toEqual(a.sentences.map((_, i) => i));
    expect(a.dimensions.map((d) => d.name)).toEqual(['structure', 'specificity', 'ownership', 'values', 'reflection', 'fit', 'delivery']);
    for (const d of a.dimensions) {
      expect([1, 2, 3, 4]).toContain(d.score);
      expect(d.reason.length).toBeGreaterThan(10);
      for (const e of d.evidence) expect(e).toBeLessThan(a.sentences.length);
    }
    expect(a.fixes.length).toBeLessThanOrEqual(3);
    expect(a.followUp.length).toBeGreaterThan(5);
    expect(a.questionId).toBe('q-test');
  });

  it('rates a strong answer as a hire with all STAR parts and the target value', () => {
    const a = analyzeBehavioral(STRONG, { pack: TEST_PACK, question: question('conflict') });
    expect(a.star.missing).toEqual([]);
    expect(a.values.find((v) => v.value === 'courage')?.target).toBe(true);
    expect(a.verdict === 'hire' || a.verdict === 'strong-hire').toBe(true);
    expect(codes(a)).not.toContain('blame');
  });

  it('is deterministic: same input, byte-identical JSON', () => {
    const ctx = { pack: TEST_PACK, question: question('conflict') };
    expect(JSON.stringify(analyzeBehavioral(STRONG, ctx))).toBe(JSON.stringify(analyzeBehavioral(STRONG, ctx)));
  });
});

describe('analyzeBehavioral: judgements', () => {
  it('flags blame and caps the verdict', () => {
    const text = 'Our launch slipped by a month. The QA team dropped the ball and their lead was honestly incompetent. It was not my fault. I moved on to the next project and shipped it in two weeks.';
    const a = analyzeBehavioral(text, { pack: TEST_PACK, question: question('failure') });
    expect(codes(a)).toContain('blame');
    expect(a.verdict === 'no-hire' || a.verdict === 'strong-no-hire').toBe(true);
    expect(a.followUp).toMatch(/own|fail/i);
  });

  it('flags "never failed" and an answer that is not a failure', () => {
    const a = analyzeBehavioral("Honestly, I've never really failed at anything. I always prepare carefully and ask questions early.", { pack: TEST_PACK, question: question('failure') });
    expect(codes(a)).toEqual(expect.arrayContaining(['never-failed', 'off-question', 'no-example']));
  });

  it('does not call a denial of blame or a hypothetical breakage blame', () => {
    const text = [
      'Last spring an engineer on another team committed a production key to a public repository.',
      'I called him, not to blame him, but to understand how it happened.',
      'I rotated the key within the hour and added a scanner that would break the build on any new secret.',
      'We found no use of the leaked key, and the scanner has caught three more since.',
    ].join(' ');
    expect(codes(analyzeBehavioral(text, { pack: TEST_PACK, question: question('failure') }))).not.toContain('blame');
  });

  it('hears a denial typed in a hurry and a lesson told as a new habit', () => {
    const denial = analyzeBehavioral("honestly cant think of a real failure. I can't really think of a time I failed, I test carefully.", { pack: TEST_PACK, question: question('failure') });
    expect(codes(denial)).toEqual(expect.arrayContaining(['never-failed', 'off-question']));
    const habit = [
      'Our quarterly forecast missed by forty percent and finance had already committed the budget.',
      'I rebuilt the model with the ranges it had hidden and presented both numbers to the finance lead.',
      'Finance held back fifteen percent of the budget, and the revised range covered the actual number.',
      'Since then I never hand over a single number for a forecast; I give the range and its assumptions.',
    ].join(' ');
    expect(codes(analyzeBehavioral(habit, { pack: TEST_PACK, question: question('failure') }))).not.toContain('no-reflection');
  });

  it('flags "we" throughout and asks what *you* did', () => {
    const text = 'Our app was slow and users complained. We profiled the API and found slow queries. We rewrote the queries and added caching. We also load-tested everything before release. Page load time fell by 40 percent.';
    const a = analyzeBehavioral(text, { pack: TEST_PACK, question: question('success') });
    expect(codes(a)).toContain('we-heavy');
    expect(a.ownership.weActions).toBeGreaterThan(a.ownership.iActions);
    expect(a.dimensions.find((d) => d.name === 'ownership')?.reason).toMatch(/"we"/);
    expect(a.followUp).toMatch(/you personally/);
  });

  it('flags a self-description given to a story question', () => {
    const a = analyzeBehavioral('I always speak up when I disagree. I believe candour matters. People usually appreciate that I am direct.', { pack: TEST_PACK, question: question('conflict') });
    expect(codes(a)).toContain('no-example');
    expect(a.dimensions.find((d) => d.name === 'fit')?.score).toBeLessThanOrEqual(2);
  });

  it('does not ask for a story when the question asks for a view', () => {
    const a = analyzeBehavioral('I do my best work with clear goals and room to decide how to reach them. I want direct feedback early, even when it is uncomfortable.', {
      pack: TEST_PACK,
      question: question('self-description', []),
    });
    expect(codes(a).filter((c) => c.startsWith('missing-'))).toEqual([]);
  });

  it('flags fillers, hedges, vague wording and length', () => {
    const text = 'Um, so I think we had, like, a lot of stuff going on, you know, and various things were kind of broken. I guess I basically fixed some issues and maybe it probably helped.';
    const a = analyzeBehavioral(text, { pack: TEST_PACK, question: question('success') });
    expect(codes(a)).toEqual(expect.arrayContaining(['fillers', 'hedging', 'vague', 'too-short']));
  });

  it('flags a missing result and no reflection on a failure question', () => {
    const text = 'Last spring I owned our release pipeline. I pushed a config change without the staging check. I rolled it back and wrote the incident review.';
    const a = analyzeBehavioral(text, { pack: TEST_PACK, question: question('failure') });
    expect(codes(a)).toEqual(expect.arrayContaining(['missing-result', 'no-reflection', 'no-metrics']));
  });

  it('scores quality monotonically: adding a measured result and a lesson raises the score', () => {
    const base = 'Last spring our checkout kept timing out. I was asked to fix it before the sale. I profiled the slow requests and moved the reservation step to a queue.';
    const better = `${base} Errors fell from six percent to 0.3 percent during the sale.`;
    const best = `${better} I learned to profile before guessing, and I now do it first.`;
    const score = (t: string) => analyzeBehavioral(t, { pack: TEST_PACK, question: question('decision', []) }).score;
    expect(score(better)).toBeGreaterThan(score(base));
    expect(score(best)).toBeGreaterThan(score(better));
  });

  it('uses measured delivery and says when filler counts cannot be trusted', () => {
    const a = analyzeBehavioral(STRONG, {
      pack: TEST_PACK,
      question: question('conflict'),
      delivery: { durationSeconds: 50, wpm: 210, pauses: { count: 5, longestSeconds: 7 }, fillers: 1, transcriptKeepsFillers: false },
    });
    expect(a.delivery).toMatchObject({ measured: true, wpm: 210, seconds: 50, fillersTrusted: false });
    expect(codes(a)).toEqual(expect.arrayContaining(['pace-fast', 'long-pauses']));
    expect(a.dimensions.find((d) => d.name === 'delivery')?.reason).toMatch(/lower bound/);
  });

  it('judges a follow-up answer as a second turn, not a full story', () => {
    const text = 'If she had said no, I would have committed to her plan and asked for a failure drill first.';
    const asStory = analyzeBehavioral(text, { pack: TEST_PACK, question: question('conflict') });
    const asFollowUp = analyzeBehavioral(text, { pack: TEST_PACK, question: question('conflict'), followUp: true });
    expect(codes(asStory)).toEqual(expect.arrayContaining(['missing-situation', 'too-short']));
    expect(codes(asFollowUp).filter((c) => c.startsWith('missing-') || c === 'too-short' || c === 'no-example')).toEqual([]);
    expect(asFollowUp.score).toBeGreaterThan(asStory.score);
  });

  it('picks the follow-up from the biggest gap, or the question when there is none', () => {
    const a = analyzeBehavioral('I led the migration.', { pack: TEST_PACK, question: question('success') });
    expect(a.followUp.length).toBeGreaterThan(10);
    expect(a.fixes.length).toBe(3);
  });
});

describe('analyzeBehavioral: hostile input', () => {
  const hostile: [string, string][] = [
    ['empty', ''],
    ['whitespace', ' \n\t '],
    ['punctuation only', '?!.,;:'.repeat(3000)],
    ['emoji', '🎉😀👍🏽 '.repeat(2000)],
    ['html', '<script>alert(1)</script><p>I <b>fixed</b> it.</p>'.repeat(200)],
    ['mixed scripts', '家族 与 работа مرحبا I built it in 2 weeks. '.repeat(100)],
    ['1 MB', 'I cut latency by 40% in two weeks. '.repeat(30_000)],
    ['one huge word', 'a'.repeat(1_000_000)],
    ['lone surrogates', '\uD800 text \uDC00 more'],
  ];
  for (const [name, text] of hostile) {
    it(`returns a sensible analysis for ${name}`, () => {
      const a = analyzeBehavioral(text, { pack: TEST_PACK });
      expect(a.kind).toBe('behavioral');
      expect(Number.isFinite(a.score)).toBe(true);
      expect(() => JSON.stringify(a)).not.toThrow();
      for (const s of a.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
      if (a.sentences.length === 0) expect(codes(a)).toContain('empty');
      if (text.length > 20_000) expect(codes(a)).toContain('truncated');
    });
  }
});

function STRAR(label: string): boolean {
  return (STAR_LABELS as readonly string[]).includes(label);
}
