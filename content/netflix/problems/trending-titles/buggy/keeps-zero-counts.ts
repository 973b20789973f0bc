// Classic mistake: expired titles keep a zero count and are still listed.
export class TrendingTitles {
  private readonly queue: { title: string; at: number }[] = [];
  private readonly counts = new Map<string, number>();
  constructor(private readonly windowMs: number, private readonly k: number) {}
  record(titleId: string, timestampMs: number): void {
    this.queue.push({ title: titleId, at: timestampMs });
    this.counts.set(titleId, (this.counts.get(titleId) ?? 0) + 1);
  }
  top(timestampMs: number): string[] {
    while (this.queue.length > 0 && (this.queue[0] as { at: number }).at <= timestampMs - this.windowMs) {
      const p = this.queue.shift() as { title: string };
      this.counts.set(p.title, (this.counts.get(p.title) ?? 1) - 1);
    }
    return [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, this.k).map(([t]) => t);
  }
}
