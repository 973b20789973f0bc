/**
 * Reference: a queue of (time, title) plays and a map of counts for the plays inside the window.
 * top() drops expired plays, then keeps the best k in a small sorted buffer.
 */
function before(a: [string, number], b: [string, number]): boolean {
  return a[1] !== b[1] ? a[1] > b[1] : a[0] < b[0];
}

export class TrendingTitles {
  private readonly times: number[] = [];
  private readonly titles: string[] = [];
  private head = 0;
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly k: number,
  ) {}

  record(titleId: string, timestampMs: number): void {
    this.times.push(timestampMs);
    this.titles.push(titleId);
    this.counts.set(titleId, (this.counts.get(titleId) ?? 0) + 1);
  }

  top(timestampMs: number): string[] {
    this.expire(timestampMs);
    const best: [string, number][] = [];
    for (const entry of this.counts) {
      if (best.length === this.k && !before(entry, best[best.length - 1] as [string, number])) continue;
      let i = best.length;
      best.push(entry);
      while (i > 0 && before(entry, best[i - 1] as [string, number])) {
        best[i] = best[i - 1] as [string, number];
        i--;
      }
      best[i] = entry;
      if (best.length > this.k) best.pop();
    }
    return best.map(([title]) => title);
  }

  private expire(now: number): void {
    while (this.head < this.times.length && (this.times[this.head] as number) <= now - this.windowMs) {
      const title = this.titles[this.head] as string;
      const left = (this.counts.get(title) as number) - 1;
      if (left === 0) this.counts.delete(title);
      else this.counts.set(title, left);
      this.head++;
    }
    if (this.head > 4096 && this.head * 2 > this.times.length) {
      this.times.splice(0, this.head);
      this.titles.splice(0, this.head);
      this.head = 0;
    }
  }
}
