// Classic mistake: whole tokens only, and the clock moves on anyway, so fractions are lost.
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(private readonly capacity: number, private readonly refillPerSecond: number, private readonly now: () => number) {
    this.tokens = capacity;
    this.last = now();
  }
  tryRemove(tokens = 1): boolean {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + Math.floor(((t - this.last) * this.refillPerSecond) / 1000));
    this.last = t;
    if (tokens > this.tokens) return false;
    this.tokens -= tokens;
    return true;
  }
}
