// Classic mistake: treats the entry as still live at exactly t + ttl.
export class TtlCache {
  private readonly entries = new Map<string, { value: unknown; expiresAt: number }>();
  constructor(private readonly now: () => number) {}
  set(key: string, value: unknown, ttlMs: number): void {
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
  }
  get(key: string): unknown {
    const e = this.entries.get(key);
    if (e === undefined || this.now() > e.expiresAt) return undefined;
    return e.value;
  }
  count(): number {
    let n = 0;
    for (const e of this.entries.values()) if (this.now() <= e.expiresAt) n++;
    return n;
  }
}
