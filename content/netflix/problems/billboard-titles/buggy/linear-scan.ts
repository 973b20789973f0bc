// Correct answers, but every getTop scans all titles: too slow for large billboards.
export class Billboard {
  private readonly scores = new Map<string, number>();
  private last: string | null = null;
  upsert(title: string, score: number): void {
    this.scores.set(title, score);
  }
  getTop(): string | null {
    const better = (a: [string, number], b: [string, number] | null): boolean => b === null || a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);
    let best: [string, number] | null = null;
    let second: [string, number] | null = null;
    for (const e of this.scores) {
      if (better(e, best)) {
        second = best;
        best = e;
      } else if (better(e, second)) second = e;
    }
    if (best === null) return null;
    const pick = best[0] !== this.last || second === null ? best : second;
    this.last = pick[0];
    return pick[0];
  }
}
