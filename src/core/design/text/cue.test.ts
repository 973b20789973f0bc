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
