// Classic mistake: a truthiness check turns stored falsy values into misses.
export class LRUCache {
  private readonly entries = new Map<string, unknown>();

  constructor(private readonly capacity: number) {}

  get(key: string): unknown {
    const value = this.entries.get(key);
    if (!value) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
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
