import { describe, expect, it } from 'vitest';
import { readAnswer } from './pipeline.js';
import { labelStar, summarizeStar } from './star.js';
import { emissionScores, featureVectors, FeatureScorer, viterbi, type StarModel } from './star-decoder.js';
import { STAR_WEIGHTS } from './star-weights.js';
import { narratesInPresent, sequenceFeatures, writeSequenceFeatures } from './star-features.js';

const label = (text: string) => {
  const sentences = readAnswer(text).sentences;
  const { labels, confidence, why } = labelStar(sentences);
  return { labels, confidence, why, summary: summarizeStar(sentences, labels) };
};

const STORY = [
  'Last year our checkout service kept timing out during peak hours.',
  'I was asked to get the error rate under one percent before the holiday sale.',
  'I profiled the slowest requests and found a lock in the inventory database.',
  'Then I moved the reservation step to an asynchronous queue and load-tested it.',
  'Errors fell from six percent to 0.3 percent, and the sale ran without an incident.',
  'I learned to profile before guessing.',
];

describe('labelStar', () => {
  it('labels a plain STAR answer in order', () => {
    const { labels, summary } = label(STORY.join(' '));
    expect(labels).toEqual(['situation', 'task', 'action', 'action', 'result', 'result']);
    expect(summary.missing).toEqual([]);
    expect(summary.sequence).toBe('STAARR');
    const shares = Object.values(summary.shares).reduce((a, b) => a + b, 0);
    expect(shares).toBeGreaterThan(0.95);
  });

  it('handles an answer that leads with the result', () => {
    const text = [STORY[4], STORY[0], STORY[1], STORY[2], STORY[3]].join(' ');
    expect(label(text).labels).toEqual(['result', 'situation', 'task', 'action', 'action']);
  });

  it('reports a part that is not there', () => {
    const noResult = label([STORY[0], STORY[1], STORY[2], STORY[3]].join(' '));
    expect(noResult.summary.missing).toContain('result');
    const noAction = label([STORY[0], STORY[1], STORY[4]].join(' '));
    expect(noAction.summary.missing).toContain('action');
  });

  it('respects labels the candidate wrote', () => {
    const { labels } = label('Task: we were three engineers.\nResult: I wrote the migration plan.');
    expect(labels).toEqual(['task', 'result']);
  });

  it('labels talk about the answer and habits as other', () => {
    const { labels } = label('Great question, let me think. I always try to be fair with everyone.');
    expect(labels).toEqual(['other', 'other']);
  });

  it('explains each label with readable signals and a confidence', () => {
    const { why, confidence } = label(STORY.join(' '));
    expect(why[1]?.join(' ')).toMatch(/goal|responsib/);
    expect(why[5]?.join(' ')).toMatch(/lesson/);
    for (const c of confidence) expect(c).toBeGreaterThanOrEqual(0);
  });
});

describe('viterbi', () => {
  it('trades emissions against transitions and honours pinned labels', () => {
    const model: StarModel = { emit: {}, trans: { 'START>situation': 1, 'situation>action': 2, 'action>action': 1 } };
    // Emissions slightly prefer "task" for the second sentence; the transition wins.
    const emissions = [
      [1, 0, 0, 0, 0],
      [0, 0.5, 0, 0, 0],
    ];
    expect(viterbi(model, emissions)).toEqual(['situation', 'action']);
    expect(viterbi(model, emissions, [undefined, 'task'])).toEqual(['situation', 'task']);
  });
});

describe('labelStar presence evidence', () => {
  it('drops a part whose best sentence is below the required posterior and decodes again without it', () => {
    const sentences = readAnswer(STORY.slice(0, 4).join(' ')).sentences;
    const plain = labelStar(sentences).labels;
    expect(plain).toContain('situation');
    const strict = labelStar(sentences, { ...STAR_WEIGHTS, presence: { situation: 1.01 } }).labels;
    expect(strict).not.toContain('situation');
    expect(strict).toHaveLength(plain.length);
    const lax = labelStar(sentences, { ...STAR_WEIGHTS, presence: { situation: 0 } }).labels;
    expect(lax).toEqual(plain);
  });
});

describe('answers told in the present tense', () => {
  const PRESENT = [
    'So it is a Friday and our revenue report is eight percent low for three days.',
    'I am on call for the data platform that week.',
    'I compare our totals with the raw payment exports and I find the gap in one region.',
    'Then I tell finance which numbers they can trust and I backfill that region over the weekend.',
    'The board deck goes out on Monday with the corrected figure.',
  ];

  it('are read as narration, with the same labels as the past-tense telling', () => {
    const sentences = readAnswer(PRESENT.join(' ')).sentences;
    expect(narratesInPresent(sentences)).toBe(true);
    const features = sequenceFeatures(sentences);
    expect(features[2]).toContain('narr=present');
    expect(features[2]).toContain('i-action');
    expect(features[2]).not.toContain('only-present');
    expect(label(PRESENT.join(' ')).labels.slice(2, 4)).toEqual(['action', 'action']);
  });

  it('are not confused with habits or opinions in the present', () => {
    const habits = readAnswer('I always write a design doc first. I usually ask for a review from someone outside the team. I think that catches most problems.').sentences;
    expect(narratesInPresent(habits)).toBe(false);
    expect(narratesInPresent(readAnswer(STORY.join(' ')).sentences)).toBe(false);
  });

  it('marks framing phrases: a summary up front, a step back to context', () => {
    const [summary, context] = sequenceFeatures(readAnswer('The short version is that the launch held at five times normal traffic. I should say that I had joined the team a month before.').sentences);
    expect(summary).toContain('frame=summary');
    expect(context).toContain('frame=context');
  });
});

describe('scoring without feature names', () => {
  it('gives exactly emissionScores of the feature names, and keeps the known features in order', () => {
    const texts = [STORY.join(' '), 'So it is a Friday and I am on call. I compare the totals and I find the gap. Then I tell finance and I backfill the region. Task: fix it. Result: done.'];
    // The fitted weights, and a model that knows only some of the features (the rest count 0).
    const partial: StarModel = { emit: Object.fromEntries(Object.entries(STAR_WEIGHTS.emit).filter((_, i) => i % 3 === 0)), trans: STAR_WEIGHTS.trans };
    for (const model of [STAR_WEIGHTS, partial]) {
      for (const text of texts) {
        const sentences = readAnswer(text).sentences;
        const names = sequenceFeatures(sentences);
        const scorer = new FeatureScorer(model, sentences.length);
        writeSequenceFeatures(sentences, scorer);
        const known = featureVectors(model);
        names.forEach((fs, k) => {
          expect(Array.from(scorer.emissions.subarray(k * 5, k * 5 + 5))).toEqual(emissionScores(model, fs));
          expect((scorer.features[k] ?? []).map((id) => scorer.name(id))).toEqual(fs.filter((f) => known.has(f)));
        });
      }
    }
  });
});
