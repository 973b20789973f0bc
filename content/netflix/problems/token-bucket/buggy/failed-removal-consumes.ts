// Classic mistake: a request that does not fit still drains what is there.
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(private readonly capacity: number, private readonly refillPerSecond: number, private readonly now: () => number) {
    this.tokens = capacity;
    this.last = now();
  }
  tryRemove(tokens = 1): boolean {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) * this.refillPerSecond) / 1000);
    this.last = t;
    const ok = tokens <= this.tokens;
    this.tokens = Math.max(0, this.tokens - tokens);
    return ok;
  }
}
