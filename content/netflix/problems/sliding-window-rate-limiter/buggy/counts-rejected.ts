// Classic mistake: every request is logged, so rejected ones keep the client blocked.
export class RateLimiter {
  private readonly logs = new Map<string, number[]>();
  constructor(private readonly limit: number, private readonly windowMs: number) {}
  allow(clientId: string, timestampMs: number): boolean {
    const log = (this.logs.get(clientId) ?? []).filter((t) => t > timestampMs - this.windowMs);
    log.push(timestampMs);
    this.logs.set(clientId, log);
    return log.length <= this.limit;
  }
}
