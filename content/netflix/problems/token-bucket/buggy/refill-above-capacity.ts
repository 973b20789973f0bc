// Classic mistake: refill is not capped, so a long idle period allows a huge burst.
export class TokenBucket {
  private tokens: number;
  private last: number;
  constructor(private readonly capacity: number, private readonly refillPerSecond: number, private readonly now: () => number) {
    this.tokens = capacity;
    this.last = now();
  }
  tryRemove(tokens = 1): boolean {
    const t = this.now();
    this.tokens += ((t - this.last) * this.refillPerSecond) / 1000;
    this.last = t;
    if (tokens > this.tokens) return false;
    this.tokens -= tokens;
    return true;
  }
}
