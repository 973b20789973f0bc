/**
 * Reference: a sliding log per client — a queue of the timestamps it was allowed at. Old
 * timestamps leave from the front as time moves on; each is pushed and shifted once.
 */
class Queue {
  private items: number[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  front(): number {
    return this.items[this.head] as number;
  }

  push(x: number): void {
    this.items.push(x);
  }

  shift(): void {
    this.head++;
    // Compact now and then so the array does not grow forever.
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
}

export class RateLimiter {
  private readonly logs = new Map<string, Queue>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  allow(clientId: string, timestampMs: number): boolean {
    let log = this.logs.get(clientId);
    if (log === undefined) {
      log = new Queue();
      this.logs.set(clientId, log);
    }
    while (log.size > 0 && log.front() <= timestampMs - this.windowMs) log.shift();
    if (log.size >= this.limit) return false;
    log.push(timestampMs);
    return true;
  }
}
