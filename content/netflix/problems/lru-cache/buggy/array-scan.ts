// Classic mistake: an array of keys in recency order; indexOf and splice make every call O(n).
export class LRUCache {
  private readonly order: string[] = [];
  private readonly values = new Map<string, unknown>();
  constructor(private readonly capacity: number) {}
  get(key: string): unknown {
    if (!this.values.has(key)) return undefined;
    this.touch(key);
    return this.values.get(key);
  }
  put(key: string, value: unknown): void {
    if (this.values.has(key)) this.touch(key);
    else {
      if (this.order.length >= this.capacity) this.values.delete(this.order.shift() as string);
      this.order.push(key);
    }
    this.values.set(key, value);
  }
  private touch(key: string): void {
    this.order.splice(this.order.indexOf(key), 1);
    this.order.push(key);
  }
}
