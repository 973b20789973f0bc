// Classic mistake: the refill clock only moves on success, so failed calls count the same time twice.
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
    if (tokens > this.tokens) return false;
    this.last = t;
    this.tokens -= tokens;
    return true;
  }
}
