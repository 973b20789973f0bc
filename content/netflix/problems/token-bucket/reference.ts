/**
 * Reference: refill lazily on each call from the time elapsed since the previous call, capped at
 * capacity; a removal either takes everything it asks for or nothing.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly now: () => number,
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  tryRemove(tokens = 1): boolean {
    this.refill();
    if (tokens > this.tokens) return false;
    this.tokens -= tokens;
    return true;
  }

  private refill(): void {
    const t = this.now();
    const elapsed = t - this.last;
    if (elapsed <= 0) return;
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.refillPerSecond) / 1000);
    this.last = t;
  }
}
