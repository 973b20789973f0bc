// Classic mistake: an expiry queue without version checks; an old entry deletes a rewritten key.
export class TtlCache {
  private readonly entries = new Map<string, { value: unknown; expiresAt: number }>();
  private readonly queue: { expiresAt: number; key: string }[] = [];
  constructor(private readonly now: () => number) {}
  set(key: string, value: unknown, ttlMs: number): void {
    const expiresAt = this.now() + ttlMs;
    this.entries.set(key, { value, expiresAt });
    this.queue.push({ expiresAt, key });
    this.queue.sort((a, b) => a.expiresAt - b.expiresAt);
  }
  get(key: string): unknown {
    const e = this.entries.get(key);
    if (e === undefined || this.now() >= e.expiresAt) return undefined;
    return e.value;
  }
  count(): number {
    while (this.queue.length > 0 && (this.queue[0] as { expiresAt: number }).expiresAt <= this.now()) {
      const item = this.queue.shift() as { key: string };
      this.entries.delete(item.key);
    }
    return this.entries.size;
  }
}
