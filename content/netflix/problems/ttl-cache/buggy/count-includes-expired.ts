// Classic mistake: expiry is only checked on get, so count() still sees keys nobody read.
export class TtlCache {
  private readonly entries = new Map<string, { value: unknown; expiresAt: number }>();
  constructor(private readonly now: () => number) {}
  set(key: string, value: unknown, ttlMs: number): void {
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
  }
  get(key: string): unknown {
    const e = this.entries.get(key);
    if (e === undefined) return undefined;
    if (this.now() >= e.expiresAt) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }
  count(): number {
    return this.entries.size;
  }
}
