// Classic mistake: with one title, refuses to show it again and returns null.
export class Billboard {
  private readonly scores = new Map<string, number>();
  private last: string | null = null;
  upsert(title: string, score: number): void {
    this.scores.set(title, score);
  }
  getTop(): string | null {
    let best: [string, number] | null = null;
    for (const e of this.scores) {
      if (e[0] === this.last) continue;
      if (best === null || e[1] > best[1] || (e[1] === best[1] && e[0] < best[0])) best = e;
    }
    this.last = best === null ? null : best[0];
    return this.last;
  }
}
