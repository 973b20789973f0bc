// Classic mistake: fixed windows; a burst just before and just after an edge doubles the limit.
export class RateLimiter {
  private readonly counts = new Map<string, { window: number; count: number }>();
  constructor(private readonly limit: number, private readonly windowMs: number) {}
  allow(clientId: string, timestampMs: number): boolean {
    const window = Math.floor(timestampMs / this.windowMs);
    const c = this.counts.get(clientId);
    if (c === undefined || c.window !== window) {
      this.counts.set(clientId, { window, count: 1 });
      return true;
    }
    if (c.count >= this.limit) return false;
    c.count++;
    return true;
  }
}
