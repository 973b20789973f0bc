import { describe, expect, it } from 'vitest';
import { compileCue, matchCue } from './cue.js';
import { prepareAnswer } from './prepare.js';

/** Does the cue cover anything (deferred mentions excluded)? */
function covers(cue: string, text: string): boolean {
  return matchCue(prepareAnswer(text), compileCue(cue)).length > 0;
}

describe('deferred scope', () => {
  it('does not credit topics the answer defers or skips', () => {
    for (const text of [
      "I didn't get to failover.",
      'I did not get to failover or what happens when a box dies.',
      "Things I'd add with more time: failover and explore versus exploit.",
      'If I had more time I would go into failover.',
      "**Didn't cover:** failover.",
      "What I haven't covered: failover (I'd guess DNS), and cost.",
      'I ran out of time before failover.',
      'Next topics if there were time: failover, search.',
      "I'll skip failover for now.",
      'Failover is out of scope.',
      "I'm less sure about failover.",
    ]) {
      expect(covers('failover', text), text).toBe(false);
    }
  });

  it('limits the scope to the clause of the marker', () => {
    expect(covers('shard', 'We shard by user id, but caching is out of scope.')).toBe(true);
    expect(covers('cache', 'We shard by user id, but caching is out of scope.')).toBe(false);
    expect(covers('replicate * zone', 'We replicate to every zone (cross-region is out of scope).')).toBe(true);
    expect(covers('cross region', 'We replicate to every zone (cross-region is out of scope).')).toBe(false);
    expect(covers('rebuild', "I'm less sure how the index stays fresh, but I'd rebuild it nightly.")).toBe(true);
  });

  it('defers a whole section under a deferral heading, and list items under a lead-in line', () => {
    const text = '## Caching\nWe cache rows.\n\n### Not covered yet\n- How clients learn the server list\n- Failover\n\n## Wrap-up\nFailover drills run monthly.';
    const a = prepareAnswer(text);
    expect(matchCue(a, compileCue('server list')).length).toBe(0);
    expect(matchCue(a, compileCue('failover')).map((m) => a.sentences[m.sentence]?.text)).toEqual(['Failover drills run monthly.']);
    expect(matchCue(a, compileCue('cache')).length).toBe(2);
    expect(matchCue(a, compileCue('server list'), { includeDeferred: true }).length).toBe(1);
    const lead = prepareAnswer('Out of scope:\n- live events\n- downloads\n\nWe cache manifests.');
    expect(matchCue(lead, compileCue('download')).length).toBe(0);
    expect(matchCue(lead, compileCue('cache')).length).toBe(1);
  });

  it('keeps design statements that happen to be negative', () => {
    expect(covers('pull', "Push, don't pull.")).toBe(true);
    expect(covers('store * card', 'We never store raw card numbers.')).toBe(true);
    expect(covers('[flap|flapping]', "Don't flap between levels.")).toBe(true);
    expect(covers('single point of failure', 'There is no single point of failure.')).toBe(true);
    expect(covers('analysis', "I've spent more time on the analysis side than on serving.")).toBe(true);
    expect(covers('evict', 'If a heartbeat did not get to the registry, the instance is evicted.')).toBe(true);
    expect(covers('assume', "I don't know the exact figure, so I'll assume 200M members.")).toBe(true);
  });
});
