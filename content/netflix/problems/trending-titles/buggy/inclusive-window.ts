// Classic mistake: a play exactly windowMs old is still counted.
export class TrendingTitles {
  private plays: { title: string; at: number }[] = [];
  constructor(private readonly windowMs: number, private readonly k: number) {}
  record(titleId: string, timestampMs: number): void {
    this.plays.push({ title: titleId, at: timestampMs });
  }
  top(timestampMs: number): string[] {
    this.plays = this.plays.filter((p) => p.at >= timestampMs - this.windowMs);
    const counts = new Map<string, number>();
    for (const p of this.plays) counts.set(p.title, (counts.get(p.title) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, this.k).map(([t]) => t);
  }
}
