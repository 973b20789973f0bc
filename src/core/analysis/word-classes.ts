/**
 * Semantic classes of common English verbs and nouns in work stories. They let the labeller
 * generalise from the verbs it has seen ("profiled") to ones it has not ("audited"): both are
 * `analyse`. Generic vocabulary, nothing company-specific.
 */

const VERB_CLASSES: Record<string, readonly string[]> = {
  build: [
    'build', 'write', 'create', 'design', 'implement', 'prototype', 'draft', 'develop', 'code', 'add', 'introduce', 'set', 'automate', 'instrument', 'refactor',
    'rewrite', 'migrate', 'move', 'port', 'deploy', 'configure', 'script', 'extend', 'replace', 'remove', 'delete', 'fix', 'patch', 'change', 'update', 'tune',
    'optimise', 'optimize', 'parallelise', 'parallelize', 'batch', 'cache', 'merge', 'rebuild', 'redesign', 'restructure', 'wire', 'integrate', 'install',
    'upgrade', 'pin', 'turn', 'switch', 'roll', 'revert', 'backfill', 'label', 'train', 'retrain', 'ship', 'release', 'publish', 'expose', 'lower', 'raise',
  ],
  analyse: [
    'analyze', 'analyse', 'investigate', 'profile', 'trace', 'debug', 'reproduce', 'measure', 'benchmark', 'compare', 'review', 'audit', 'check', 'verify',
    'validate', 'test', 'model', 'simulate', 'estimate', 'calculate', 'dig', 'look', 'examine', 'explore', 'read', 'study', 'research', 'sample', 'survey',
    'map', 'find', 'discover', 'identify', 'spot', 'diff', 'query', 'rank', 'break', 'segment', 'replay', 'watch', 'track', 'list', 'collect', 'gather', 'pull',
    'dig', 'go', 'sit', 'shadow', 'observe', 'rerun', 'load-test', 'spike',
  ],
  communicate: [
    'talk', 'speak', 'meet', 'call', 'message', 'email', 'tell', 'ask', 'explain', 'present', 'share', 'show', 'walk', 'document', 'demo', 'propose', 'suggest',
    'recommend', 'argue', 'convince', 'persuade', 'negotiate', 'escalate', 'flag', 'invite', 'inform', 'report', 'announce', 'answer', 'reply', 'listen',
    'post', 'send', 'write', 'book', 'schedule', 'host', 'run', 'facilitate', 'brief', 'pitch', 'interview', 'warn', 'remind', 'mention', 'say', 'object',
    'disagree', 'challenge', 'question', 'push', 'apologise', 'apologize', 'admit', 'confirm', 'restate', 'summarise', 'summarize', 'thank', 'credit',
  ],
  decide: [
    'decide', 'choose', 'pick', 'prioritize', 'prioritise', 'plan', 'scope', 'cut', 'defer', 'drop', 'pause', 'stop', 'cancel', 'commit', 'allocate', 'assign',
    'delegate', 'hire', 'reorganize', 'reorganise', 'split', 'keep', 'accept', 'reject', 'bet', 'opt', 'agree', 'settle', 'limit', 'block', 'quarantine', 'freeze',
  ],
  help: ['help', 'coach', 'mentor', 'teach', 'support', 'unblock', 'pair', 'encourage', 'include', 'onboard', 'guide', 'cover', 'volunteer', 'offer', 'lend', 'hand', 'protect', 'step'],
  change: [
    'fall', 'rise', 'grow', 'increase', 'decrease', 'reduce', 'improve', 'double', 'halve', 'triple', 'shrink', 'recover', 'stabilize', 'stabilise', 'save', 'earn',
    'win', 'lose', 'hit', 'reach', 'exceed', 'beat', 'achieve', 'become', 'stay', 'remain', 'end', 'finish', 'succeed', 'land', 'close', 'renew', 'adopt',
    'approve', 'promote', 'sign', 'complete', 'jump', 'climb', 'decline', 'disappear', 'vanish', 'hold', 'catch', 'prevent', 'avoid', 'free', 'recur', 'outlast',
    'pay', 'launch', 'go-live', 'work', 'help',
  ],
  fail: ['fail', 'crash', 'slip', 'miss', 'break', 'lose', 'time', 'leak', 'drop', 'stall', 'backfire', 'collapse', 'flop', 'degrade', 'go', 'page', 'error'],
  state: [
    'be', 'have', 'use', 'own', 'manage', 'lead', 'handle', 'serve', 'process', 'contain', 'include', 'depend', 'belong', 'exist', 'live', 'know', 'want', 'need',
    'expect', 'believe', 'think', 'feel', 'seem', 'like', 'love', 'hate', 'rely', 'involve', 'cost', 'take', 'sit', 'mean', 'struggle', 'grow', 'keep', 'happen',
  ],
  reflect: ['learn', 'realize', 'realise', 'understand', 'remember', 'reflect', 'appreciate', 'recognize', 'recognise', 'wish', 'regret', 'teach', 'remind', 'show', 'reinforce'],
  oblige: ['need', 'have', 'must', 'aim', 'try', 'intend', 'hope', 'want', 'mean', 'suppose', 'expect', 'ask', 'task', 'charge'],
};

/** Nouns that name an outcome measure, the context, or a goal. */
const NOUN_CLASSES: Record<string, readonly string[]> = {
  measure: [
    'latency', 'cost', 'costs', 'revenue', 'rate', 'conversion', 'incident', 'incidents', 'complaint', 'complaints', 'churn', 'retention', 'engagement', 'bill',
    'spend', 'throughput', 'uptime', 'availability', 'error', 'errors', 'crash', 'crashes', 'ticket', 'tickets', 'page', 'pages', 'outage', 'outages', 'score',
    'time', 'sign-up', 'signups', 'sign-ups', 'usage', 'adoption', 'satisfaction', 'nps', 'lift', 'growth', 'savings', 'margin', 'load', 'traffic', 'speed',
  ],
  context: ['company', 'team', 'startup', 'org', 'organisation', 'organization', 'department', 'job', 'role', 'product', 'service', 'system', 'platform', 'codebase', 'customer', 'customers', 'client', 'market', 'industry', 'quarter', 'year'],
  goal: ['goal', 'task', 'target', 'deadline', 'responsibility', 'mandate', 'mission', 'objective', 'ask', 'challenge', 'brief', 'job', 'assignment', 'owner'],
  lesson: ['lesson', 'lessons', 'takeaway', 'learning', 'learnings', 'hindsight', 'retrospect', 'reminder', 'habit'],
};

function invert(classes: Record<string, readonly string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [cls, words] of Object.entries(classes)) {
    for (const w of words) {
      const list = out.get(w) ?? [];
      if (!list.includes(cls)) list.push(cls);
      out.set(w, list);
    }
  }
  return out;
}

const VERBS = invert(VERB_CLASSES);
const NOUNS = invert(NOUN_CLASSES);

/** Semantic classes of a verb lemma (possibly several, e.g. "drop": decide and change). */
export function verbClasses(lemma: string): readonly string[] {
  return VERBS.get(lemma) ?? [];
}

/** Semantic classes of a noun lemma. */
export function nounClasses(lemma: string): readonly string[] {
  return NOUNS.get(lemma) ?? [];
}
