import { describe, expect, it } from 'vitest';
import { compileCue, matchCue } from './cue.js';
import { prepareAnswer } from './prepare.js';

function matches(cue: string, text: string): boolean {
  return matchCue(prepareAnswer(text), compileCue(cue)).length > 0;
}

describe('cue matching', () => {
  it('matches by lemma and stem, case-insensitively', () => {
    expect(matches('cache', 'We are Caching the results.')).toBe(true);
    expect(matches('encode chunk', 'It encodes chunks in parallel.')).toBe(true);
  });

  it('needs the words in order, with * allowing up to three tokens between them', () => {
    expect(matches('push * [isp|edge] cache', 'We push content to ISP caches overnight.')).toBe(true);
    expect(matches('push * [isp|edge] cache', 'We push the new season content files to the ISP caches.')).toBe(false);
    expect(matches('cache push', 'We push to the cache.')).toBe(false);
  });

  it('supports multi-word alternatives and joins hyphenated or slashed words', () => {
    expect(matches('[open connect|oca] appliance', 'Open Connect appliances sit in ISPs.')).toBe(true);
    expect(matches('a/b test', 'Every change ships as an A/B-test.')).toBe(true);
    expect(matches('rate limit', 'We rate-limit each key.')).toBe(true);
  });

  it('skips articles and possessives between cue words but never crosses sentences', () => {
    expect(matches('fill cache', 'We fill the caches at night.')).toBe(true);
    expect(matches('fill * cache', 'We fill. The cache is warm.')).toBe(false);
  });

  it('matches diagram labels like prose', () => {
    const a = prepareAnswer('Short prose.', 'graph LR\nA[Steering service] -->|ranked list| B[Client]');
    expect(matchCue(a, compileCue('ranked list')).length).toBe(1);
  });
});

describe('cue matching: word variants', () => {
  it('takes a stem only when the words are forms of the same word', () => {
    expect(matches('caching', 'We cache the manifest.')).toBe(true);
    expect(matches('personalization', 'Rows are personalised per member.')).toBe(true);
    expect(matches('localization', 'A push at 3 am local time is held.')).toBe(false);
    expect(matches('person', 'We personalise the rows.')).toBe(false);
    expect(matches('experiment', 'Quality of experience matters.')).toBe(false);
    expect(matches('directs', 'Clients connect directly to the node.')).toBe(false);
  });

  it('matches British and American spellings', () => {
    expect(matches('catalog', 'The whole catalogue does not fit.')).toBe(true);
    expect(matches('prioritize', 'We prioritise play starts.')).toBe(true);
  });

  it('matches hyphenated, spaced and closed compounds alike', () => {
    expect(matches('multi region', 'We run multi-region.')).toBe(true);
    expect(matches('multiregion', 'We run multi-region.')).toBe(true);
    expect(matches('fail over', 'DNS failover moves traffic.')).toBe(true);
    expect(matches('failover', 'Clients fail-over to the next URL.')).toBe(true);
    expect(matches('pre position', 'We pre-position content.')).toBe(true);
  });

  it('reads a slash before a time unit as "per", and small numbers either way', () => {
    expect(matches('impressions per day', 'That is 800M impressions/day.')).toBe(true);
    expect(matches('requests per second', 'About 30k requests/s at peak.')).toBe(true);
    expect(matches('a/b test', 'Every change ships as an A/B test.')).toBe(true);
    expect(matches('[three|several] regions', 'We run in 3 regions.')).toBe(true);
    expect(matches('30 ms', 'It must answer within 30 ms.')).toBe(true);
  });
});

describe('cue matching: contractions', () => {
  it('matches a contracted cue against the written-out form and back', () => {
    expect(matches("don't * serve * video", 'We do not serve video from the cloud.')).toBe(true);
    expect(matches('do not * serve * video', "We don't serve video from the cloud.")).toBe(true);
    expect(matches("can't * reach", 'If the node cannot reach its peers.')).toBe(true);
  });
});
