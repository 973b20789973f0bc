// Classic mistake: a plain object as the store; keys such as "constructor" or "__proto__" misbehave.
export class TtlCache {
  private readonly entries: Record<string, { value: unknown; expiresAt: number }> = {};
  constructor(private readonly now: () => number) {}
  set(key: string, value: unknown, ttlMs: number): void {
    this.entries[key] = { value, expiresAt: this.now() + ttlMs };
  }
  get(key: string): unknown {
    const e = this.entries[key];
    if (e === undefined) return undefined;
    if (this.now() >= e.expiresAt) return undefined;
    return e.value;
  }
  count(): number {
    return Object.values(this.entries).filter((e) => this.now() < e.expiresAt).length;
  }
}
