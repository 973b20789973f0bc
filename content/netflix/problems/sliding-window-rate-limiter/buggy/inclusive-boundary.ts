// Classic mistake: a request exactly windowMs old still counts (off by one at the boundary).
export class RateLimiter {
  private readonly logs = new Map<string, number[]>();
  constructor(private readonly limit: number, private readonly windowMs: number) {}
  allow(clientId: string, timestampMs: number): boolean {
    const log = (this.logs.get(clientId) ?? []).filter((t) => t >= timestampMs - this.windowMs);
    this.logs.set(clientId, log);
    if (log.length >= this.limit) return false;
    log.push(timestampMs);
    return true;
  }
}
