// Classic mistake: one shared window for everybody instead of one per client.
export class RateLimiter {
  private log: number[] = [];
  constructor(private readonly limit: number, private readonly windowMs: number) {}
  allow(_clientId: string, timestampMs: number): boolean {
    this.log = this.log.filter((t) => t > timestampMs - this.windowMs);
    if (this.log.length >= this.limit) return false;
    this.log.push(timestampMs);
    return true;
  }
}
