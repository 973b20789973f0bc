/**
 * Generic cue phrases for the parts of a design answer that are not question-specific: the phases
 * of a good answer and the Netflix-scale topics. Same cue syntax as the pack (see text/cue.ts).
 */
import type { PhaseName, ScaleTopic } from './types.js';

export const PHASE_LABELS: Record<PhaseName, string> = {
  requirements: 'Requirements',
  capacity: 'Capacity estimates',
  api: 'API',
  'data-model': 'Data model',
  'high-level': 'High-level design',
  'deep-dives': 'Deep dives',
  'failure-handling': 'Bottlenecks and failure handling',
  'trade-offs': 'Trade-offs',
  'wrap-up': 'Wrap-up',
};

export const PHASE_HINTS: Record<PhaseName, string> = {
  requirements: 'Open by pinning down what the system must do (functional) and how well (latency, availability, consistency, scale) before drawing boxes.',
  capacity: 'Put rough numbers on the load — peak requests per second, bandwidth, storage — and let them pick the design.',
  api: 'Name the two or three calls the clients make, with their inputs and outputs.',
  'data-model': 'Say what you store, how it is keyed and partitioned, and which store fits that access pattern.',
  'high-level': 'Sketch the main components and the request path end to end (a diagram helps).',
  'deep-dives': 'Pick the one or two hardest parts and go deep: the algorithm, the data flow, the numbers.',
  'failure-handling': 'Walk through what breaks first under load and what happens when a node, a dependency or a whole region fails.',
  'trade-offs': 'State the choices you made against their alternatives and why ("X instead of Y because …").',
  'wrap-up': 'Close with a short recap, the main risks and what you would build or measure next.',
};

/** Heading words → phases (a heading may name several). */
export const HEADING_PATTERNS: readonly [RegExp, PhaseName][] = [
  [/requirement|scope|goals?\b|clarif|assumption|use cases?|features?\b|problem statement/i, 'requirements'],
  [/estimat|capacity|sizing|back.of|numbers|math|traffic|load profile/i, 'capacity'],
  [/\bapis?\b|interface|endpoints?|contract|protocol/i, 'api'],
  [/data ?model|schema|storage|database|\bdata\b|tables?\b|entit/i, 'data-model'],
  [/high.level|architecture|overview|components|diagram|request (path|flow)|\bflow\b/i, 'high-level'],
  [/deep|detail|dive|zoom|internals|algorithm|how it works/i, 'deep-dives'],
  [/fail|reliab|resilien|availability|bottleneck|fault|disaster|outage|recovery|chaos|redundan|degrad/i, 'failure-handling'],
  [/trade|alternative|decisions?\b|why not|options|choices/i, 'trade-offs'],
  [/summary|wrap|conclu|next steps|future|recap|closing|improvements|what.s next|monitoring/i, 'wrap-up'],
];

export const FUNCTIONAL_CUES = [
  'functional requirement',
  '[user|member|viewer|customer|client|caller|advertiser|subscriber|service|operator] [can|should|must|need|want|be able]',
  '[must|should|need to|needs to|has to] support',
  'the system [must|should|need|needs|has to]',
  'it [must|should|needs to]',
  'in scope',
  'out of scope',
  'clarify',
  "[i'd|i would|let me|first] * [ask|clarify|confirm]",
  'use case',
  'core feature',
  'assume',
  'assumption',
  'requirement',
  'the goal is',
  'we [need|want] to',
];

export const NON_FUNCTIONAL_CUES = [
  'non functional',
  'nonfunctional',
  'availability',
  '[high|highly] available',
  '[low|p99|p95|p50|tail] latency',
  'latency',
  '[p99|p95|p999]',
  'latency [budget|target|under|below|of]',
  'consistency',
  '[eventual|eventually|strong|strongly] [consistency|consistent]',
  'durable',
  'durability',
  'scalable',
  '[sla|slo|slos|slas]',
  'throughput',
  'fault tolerant',
  'reliable',
  'nines',
  'four nines',
  '99.99',
  '99.9',
];

export const CAPACITY_CUES = [
  'back of * envelope',
  'estimate',
  'rough [number|numbers|math|sizing]',
  'capacity',
  '[peak|average|steady] [traffic|load|qps|rps|rate|concurrency|bandwidth]',
  'order of magnitude',
  'per second',
  'a second',
  'per day',
  'storage [need|needs|requirement|footprint|total]',
  'how many [server|servers|node|nodes|machine|machines|box|boxes]',
];

export const API_CUES = [
  'endpoint',
  'api [call|calls|endpoint|surface|design|contract|take|takes|return|returns|look|looks]',
  '[rpc|grpc|rest|graphql|websocket|http] [call|api|endpoint|interface|request]',
  '[request|response] [body|payload|field|fields|contains|includes]',
  'the client [call|calls|sends]',
  'returns a [list|page|url|token|manifest|response]',
  '[get|post|put|delete|patch] [request|call|endpoint]',
  'idempotency key',
  'signature',
];

export const DATA_MODEL_CUES = [
  'data model',
  'schema',
  'table',
  '[partition|primary|row|sort|clustering|shard|hash|composite] key',
  '[keyed|partitioned|sharded|indexed] by',
  'key by',
  'key is',
  'column',
  'index on',
  'store [each|every|one|a|the] * [row|record|document|item|entry]',
  '[cassandra|dynamodb|mysql|postgres|postgresql|bigtable|hbase|redis|elasticsearch|s3|kv|key value] [table|row|column|keyspace|record|item|store|stores|hash|sorted set|bucket|index]',
  'record',
  'entity',
  'stored as',
  'store it as',
  'time series',
];

export const HIGH_LEVEL_CUES = [
  'high level',
  'architecture',
  'component',
  '[client|clients|app|device|devices|player|browser|user|users|member|members|viewer|viewers] * [call|calls|talk|talks|send|sends|hit|hits|request|requests|fetch|fetches|connect|connects]',
  '[api gateway|load balancer|gateway|zuul|edge service]',
  'service [call|calls|talk|talks|send|sends|publish|publishes|read|reads|write|writes|forward|forwards]',
  'request [path|flow]',
  'data flow',
  'flow is',
  'microservice',
  'control plane',
  'data plane',
  'end to end',
  'the [main|key|core] [pieces|parts|components|services|blocks]',
  'sits [in front of|behind|between]',
];

export const DEEP_DIVE_CUES = [
  'deep dive',
  'dive into',
  'dive deeper',
  'zoom in',
  'in [more|greater|some] detail',
  'drill [into|down]',
  'go deeper',
  'dig into',
  'let me explain how',
  'the [interesting|hard|hardest|tricky|trickiest|difficult] part',
  'under the hood',
  'look closer',
  'more closely',
];

export const FAILURE_CUES = [
  'fail',
  'failure',
  'outage',
  '[go|goes|went|is|are|be|gone] down',
  'crash',
  'fallback',
  'fall back',
  'retry',
  'timeout',
  'time out',
  'circuit breaker',
  'bulkhead',
  'bottleneck',
  'hot [key|keys|spot|spots|partition|partitions|shard]',
  'single point of failure',
  'degrade',
  'graceful degradation',
  'redundant',
  'redundancy',
  'replica',
  'replicate',
  'failover',
  'fail over',
  'evacuate',
  'evacuation',
  'chaos',
  'thundering herd',
  'load shedding',
  'shed load',
  'shed [traffic|requests]',
  'backpressure',
  'back pressure',
  'overload',
  'disaster recovery',
  '[lose|losing|lost] [a|an|one|the|whole|entire] [region|zone|node|datacenter|az]',
  '[region|node|zone|az|datacenter|broker|cluster] [failure|outage|loss|down|dies|dying]',
  'dead letter',
  'jitter',
  'backoff',
];

export const WRAP_UP_CUES = [
  'in summary',
  'to summarize',
  'summarize',
  'to sum up',
  'wrap up',
  'recap',
  'in conclusion',
  'next step',
  'next steps',
  '[if|with|given] * more time',
  'future [work|improvement|improvements|iteration]',
  "[i'd|i would|we would|we'd] [monitor|measure|track|watch|revisit|add next|iterate]",
  'to close',
  'overall',
  'finally',
  'the main [risk|risks|open question|open questions]',
  'open question',
];

export const TRADE_OFF_CUES = [
  'trade off',
  'tradeoff',
  'instead of',
  'rather than',
  'at the [cost|expense] of',
  'downside',
  'in exchange',
  'the price',
  'versus',
  'vs',
  'vs.',
  'pros and cons',
  'on the other hand',
  'we [give up|lose|accept|sacrifice]',
  'the catch',
  'compromise',
  '[chose|choose|pick|picked|prefer|preferred|favor|favour] * over',
  'as opposed to',
  'cost is',
];

export const SCALE_CUES: Record<ScaleTopic, readonly string[]> = {
  regions: [
    'multi region',
    'multiregion',
    'active active',
    'region',
    'regions',
    'cross region',
    'evacuate',
    'evacuation',
    'chaos kong',
    'availability zone',
  ],
  cdn: ['cdn', 'open connect', 'oca', 'ocas', 'edge [server|cache|caches|node|nodes|location|locations|pop|pops]', 'content delivery', 'isp', 'isps', 'ixp', 'point of presence', 'points of presence'],
  caching: ['cache', 'caching', 'evcache', 'memcached', 'redis', 'in memory'],
  chaos: ['chaos', 'fault injection', 'failure injection', 'game day', 'gameday', 'chaos monkey', 'kill [instance|instances|node|nodes]', 'drill', 'drills'],
  experimentation: ['a/b', 'ab test', 'experiment', 'experimentation', 'canary', 'control group', 'treatment [group|cell]', 'holdout', 'sequential test'],
  'scale-numbers': [
    '[million|millions|billion|billions|trillion|trillions] of',
    '[hundreds|tens] of millions',
    '[200|300|301|250] million',
    '[200m|300m|301m]',
    'netflix scale',
    'global scale',
    'planet scale',
  ],
  observability: ['metric', 'metrics', 'dashboard', 'alert', 'alerting', 'monitor', 'monitoring', 'observability', 'qoe', 'sli', 'slo', 'tracing', 'telemetry', 'play delay', 'rebuffer'],
};

/** What the candidate says about covering or skipping a topic ("I didn't get to", "talk about"). */
const META = '[get to|get into|get around to|cover|go into|go over|talk about|discuss|touch on|say much|say anything|say a lot|mention|address|dig into|dive into|elaborate|detail|explain|explore|go deep|go deeper|have time|spend time|spend much time|focus on|think about|look into]';

/**
 * Deferral and meta-negation markers: the clause they sit in names a topic without covering it
 * ("I didn't get to failover", "caching is out of scope", "with more time I'd add X"). Matched by
 * `text/deferral.ts`; cue matches inside that clause do not cover a key point. A "we" in a design
 * answer is usually the system ("we don't touch the database"), so most markers need an "I" or a
 * perfect tense.
 */
export const DEFERRAL_CUES = [
  `[i|i'm] * not ${META}`,
  `we [have|did|had] not ${META}`,
  `[i|i'm|we|we're] * not [going to|gonna|able to|have time to|get a chance to|get the chance to|manage to] ${META}`,
  '[did|have|has] not [cover|covered]',
  'not [covered|discussed|addressed] [yet|here|so far|in this|today|above]',
  '[out of|outside|outside of|beyond] * scope',
  '[non goal|non goals|nongoal|nongoals]',
  '[if|when] * [had|have|were|was|get|got] * more time',
  '[with|given] more time',
  'if there [were|was|is] [time|more time]',
  'if time [permit|permits|permitted|allow|allows|allowed]',
  '[ran|run|running] out of time',
  'no time for',
  'i * [no|not enough|little] time [to|for|left]',
  "[i'll|i will|i'd|i would|i'm going to|i am going to|i'm gonna|let's|let me|i'm] [skip|skipping]",
  'skip * for now',
  '[leave|leaving|left] * [for later|for now|as an exercise|for another|for a follow up|for follow up]',
  "[i'll|i'd|i|let's|let me] * [leave|left|leaving] * [out|aside]",
  "[i'll|i'd|let's|let me] set * aside",
  '[would|will] be next',
  'would do next',
  'i * next [talk|go|cover|look|dig|dive|add|discuss|tackle|explore]',
  '[happy|glad] to [go|dig|dive|talk|expand|elaborate|get]',
  "[i'm|i] * [less|not] sure",
  'i * not know',
];

/** Section headings (and lead-in lines ending in a colon) whose whole section is deferred. */
export const DEFERRAL_HEADING_CUES = [
  'future work',
  'open [question|questions|qs|issue|issues|item|items]',
  'not covered',
  'not [yet|discussed]',
  'left out',
  'parking lot',
  'next topics',
  'later',
  'what * next',
];
