import { describe, expect, it } from 'vitest';
import { questionSchema, type Pack, type Question } from '../pack/index.js';
import { analyzeDesign } from './analyze.js';

const base = { round: 'system-design', category: 'system-design', roles: ['swe'], levels: ['L5'], why: 'w', howToAnswer: 'h', evaluated: ['e'], followUps: ['What changes at ten times the load?', 'b'], redFlags: ['r'], sample: { outline: ['Requirements first', 'Then the edge'] }, asks: 'technical' };

const cdn: Question = questionSchema.parse({
  ...base,
  id: 'cdn',
  text: 'Design a CDN',
  keyPoints: [
    { id: 'push-fill', text: 'Fill caches proactively off-peak.', why: 'Demand is predictable.', concepts: ['push * [isp|edge] cache', 'proactive fill'], numbers: ['1.2 Gbps'] },
    { id: 'embedded', text: 'Embed appliances inside ISPs.', concepts: ['[inside|within] * isp'], numbers: ['18,000 servers'] },
    { id: 'steering', text: 'Steer clients to the best appliance.', concepts: ['steering'] },
    { id: 'regions', text: 'Run active-active regions.', concepts: ['active active', 'region * [evacuate|failover]'] },
  ],
});
const limiter: Question = questionSchema.parse({
  ...base,
  id: 'limiter',
  text: 'Design a rate limiter',
  keyPoints: [
    { id: 'bucket', text: 'Token bucket.', concepts: ['token bucket'] },
    { id: 'redis', text: 'Atomic counters in Redis.', concepts: ['redis'] },
  ],
});
const pack = { questions: [cdn, limiter] } as unknown as Pack;

const strong = [
  '## Requirements',
  'Members must be able to start video in two seconds with 99.99% availability.',
  '## Estimates',
  'At peak 40M concurrent streams at 5 Mbps is 200 Tbps, so we cannot serve from the cloud.',
  '## High-level design',
  'We push content to ISP caches overnight from appliances that sit inside the ISP network.',
  'A steering service returns a ranked list of servers.',
  'We chose push fill instead of pull caching because demand is predictable.',
  '## Failure handling',
  'We run active-active and evacuate a region when it fails.',
  '## Wrap-up',
  'In summary, the next step is measuring offload per ISP.',
].join('\n');

describe('analyzeDesign', () => {
  it('returns the contract shape with valid offsets and evidence', () => {
    const r = analyzeDesign(strong, { pack, question: cdn });
    expect(r.kind).toBe('design');
    expect(r.questionId).toBe('cdn');
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(100);
    expect(['strong-no-hire', 'no-hire', 'hire', 'strong-hire']).toContain(r.verdict);
    for (const s of r.sentences) if (s.source === 'text' && s.kind !== 'diagram') expect(strong.slice(s.start, s.end)).toBe(s.text);
    const n = r.sentences.length;
    for (const p of r.rubric.points) for (const i of p.evidence) expect(i).toBeLessThan(n);
    for (const p of r.phases) for (const i of p.evidence) expect(i).toBeLessThan(n);
    expect(r.outline).toEqual(['Requirements first', 'Then the edge']);
  });

  it('covers rubric points, cites sentences and quotes the numbers', () => {
    const r = analyzeDesign(strong, { pack, question: cdn });
    expect(r.rubric.coverage).toBe(1);
    const push = r.rubric.points.find((p) => p.id === 'push-fill');
    expect(push?.evidence.map((i) => r.sentences[i]?.text)).toEqual(['We push content to ISP caches overnight from appliances that sit inside the ISP network.']);
  });

  it('finds phases from headings, estimates used in decisions, and complete trade-offs', () => {
    const r = analyzeDesign(strong, { pack, question: cdn });
    const present = r.phases.filter((p) => p.present).map((p) => p.name);
    expect(present).toEqual(expect.arrayContaining(['requirements', 'capacity', 'high-level', 'failure-handling', 'trade-offs', 'wrap-up']));
    expect(r.quantitative.usedInDecisions).toBe(true);
    expect(r.quantitative.kinds).toEqual(expect.arrayContaining(['bandwidth', 'count']));
    expect(r.tradeOffs[0]).toMatchObject({ alternative: 'pull caching', reason: 'demand is predictable', complete: true });
  });

  it('counts Mermaid labels as part of the answer', () => {
    const text = 'We keep it simple and serve everything from one origin for a start, then see what breaks under real load from members.';
    const without = analyzeDesign(text, { pack, question: cdn });
    const withDiagram = analyzeDesign(text, { pack, question: cdn, diagram: 'flowchart LR\n  S[Steering service] -->|ranked URLs| C[Client]' });
    expect(without.rubric.points.find((p) => p.id === 'steering')?.covered).toBe(false);
    const steering = withDiagram.rubric.points.find((p) => p.id === 'steering');
    expect(steering?.covered).toBe(true);
    expect(withDiagram.sentences[steering?.evidence[0] ?? -1]).toMatchObject({ source: 'diagram', kind: 'diagram' });
  });

  it('asks how the design survives losing a region when failure handling is missing', () => {
    const r = analyzeDesign('We push content to ISP caches and a steering service picks servers for 40M streams.', { pack, question: cdn });
    expect(r.followUp).toBe('How does this survive losing a region?');
    expect(r.flags.map((f) => f.code)).toEqual(expect.arrayContaining(['too-short', 'no-failure-handling', 'missing-requirements']));
    expect(r.fixes).toHaveLength(3);
  });

  it('flags an answer that fits another question better', () => {
    const r = analyzeDesign('I would use a token bucket per client with counters kept in Redis, refilled lazily on each request.', { pack, question: cdn });
    expect(r.flags.map((f) => f.code)).toContain('off-question');
  });

  it('never throws on empty, odd or huge input', () => {
    expect(analyzeDesign('', { pack, question: cdn }).rubric.coverage).toBe(0);
    expect(() => analyzeDesign('```mermaid\n%%\n', { pack, question: cdn, diagram: '-->||' })).not.toThrow();
    const huge = analyzeDesign('We push content to ISP caches overnight. '.repeat(5000), { pack, question: cdn });
    expect(huge.stats.truncated).toBe(true);
  });
});
