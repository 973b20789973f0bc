// Classic mistake: all-time counts; nothing ever leaves the window.
export class TrendingTitles {
  private readonly counts = new Map<string, number>();
  constructor(private readonly windowMs: number, private readonly k: number) {}
  record(titleId: string, _timestampMs: number): void {
    this.counts.set(titleId, (this.counts.get(titleId) ?? 0) + 1);
  }
  top(_timestampMs: number): string[] {
    return [...this.counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, this.k).map(([t]) => t);
  }
}
