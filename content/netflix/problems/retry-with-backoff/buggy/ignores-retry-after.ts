// Classic mistake: ignores the server's Retry-After on a 429.
interface Reply {
  status: number;
  retryAfterMs?: number;
  body?: string;
}

interface Deps {
  transport(request: unknown): Promise<Reply>;
  sleep(ms: number): Promise<void>;
  now(): number;
  rng(): number;
}

interface Policy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  deadlineMs: number;
}

function retryable(reply: Reply): boolean {
  return reply.status >= 500 || reply.status === 429;
}

export async function fetchWithRetry(request: unknown, deps: Deps, policy: Policy): Promise<Reply> {
  const start = deps.now();
  for (let attempt = 1; ; attempt++) {
    let reply: Reply | undefined;
    let failure: unknown;
    try {
      reply = await deps.transport(request);
    } catch (err) {
      failure = err;
    }
    if (reply !== undefined && !retryable(reply)) return reply;
    const giveUp = (): Reply => {
      if (reply !== undefined) return reply;
      throw failure;
    };
    if (attempt >= policy.maxAttempts) return giveUp();
    const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    const delay = Math.floor(deps.rng() * backoff);
        if (deps.now() + delay > start + policy.deadlineMs) return giveUp();
    await deps.sleep(delay);
  }
}
