// Classic mistake: the bucket starts empty instead of full.
export class TokenBucket {
  private tokens = 0;
  private last: number;
  constructor(private readonly capacity: number, private readonly refillPerSecond: number, private readonly now: () => number) {
    this.last = now();
  }
  tryRemove(tokens = 1): boolean {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) * this.refillPerSecond) / 1000);
    this.last = t;
    if (tokens > this.tokens) return false;
    this.tokens -= tokens;
    return true;
  }
}
