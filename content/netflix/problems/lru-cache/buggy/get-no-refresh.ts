// Classic mistake: a get does not move the key to the recent end.
export class LRUCache {
  private readonly entries = new Map<string, unknown>();

  constructor(private readonly capacity: number) {}

  get(key: string): unknown {
    if (!this.entries.has(key)) return undefined;
    return this.entries.get(key);
  }

  put(key: string, value: unknown): void {
    if (this.entries.has(key)) this.entries.delete(key);
    else if (this.entries.size >= this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(key, value);
  }
}
