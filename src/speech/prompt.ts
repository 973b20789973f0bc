/**
 * The engine prompt: the question's vocabulary, so "rate limit" is not heard as "ray limit" and
 * "Rust" not as "REST". Whisper reads only the last ~224 tokens of a prompt, so keep it short.
 */

/** Terms that come up across Netflix-style loops and that speech models often mishear. */
const COMMON_TERMS = [
  'Netflix', 'STAR', 'p99', 'p50', 'QPS', 'SLA', 'SLO', 'CDN', 'Open Connect', 'EVCache', 'Cassandra', 'Kafka',
  'Flink', 'Spark', 'Zuul', 'gRPC', 'REST', 'API', 'microservices', 'idempotent', 'sharding', 'rate limit',
  'token bucket', 'TTL', 'LRU', 'backoff', 'jitter', 'A/B test', 'chaos engineering', 'Kubernetes', 'Rust',
  'TypeScript', 'latency', 'throughput',
];

export interface PromptSource {
  text: string;
  keyPoints?: ({ text: string } | string)[];
  values?: string[];
  terms?: string[];
}

/** Words that look technical: contain digits, capitals inside, hyphens or slashes, or are acronyms. */
export function technicalTerms(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z0-9][\w./+-]*[\w+]/g)) {
    const word = m[0].replace(/[./]+$/, '');
    if (word.length < 2 || !/[A-Za-z]/.test(word)) continue;
    const technical = /\d/.test(word) || /[A-Z]{2,}/.test(word) || /[a-z][A-Z]/.test(word) || /[-/.]/.test(word.slice(1, -1));
    if (technical) found.add(word);
  }
  return [...found];
}

export function vocabularyPrompt(source: PromptSource, maxChars = 600): string {
  const points = (source.keyPoints ?? []).map((p) => (typeof p === 'string' ? p : p.text));
  const terms = new Set<string>([
    ...(source.terms ?? []),
    ...technicalTerms([source.text, ...points].join(' ')),
    ...(source.values ?? []),
  ]);
  const lowerAll = [source.text, ...points].join(' ').toLowerCase();
  // Common terms that the question mentions come first, then the rest while there is room.
  const common = [...COMMON_TERMS].sort((a, b) => Number(lowerAll.includes(b.toLowerCase())) - Number(lowerAll.includes(a.toLowerCase())));
  let prompt = `Interview answer to: ${source.text.trim()}`;
  const add = (term: string): boolean => {
    const next = `${prompt}${prompt.includes(' Terms: ') ? ', ' : ' Terms: '}${term}`;
    if (next.length > maxChars) return false;
    prompt = next;
    return true;
  };
  for (const term of [...terms, ...common]) {
    if (prompt.toLowerCase().includes(term.toLowerCase())) continue;
    if (!add(term)) break;
  }
  return prompt.length > maxChars ? prompt.slice(0, maxChars) : prompt;
}
