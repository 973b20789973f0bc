// Classic mistake: forgets the "not twice in a row" rule.
export class Billboard {
  private readonly scores = new Map<string, number>();
  upsert(title: string, score: number): void {
    this.scores.set(title, score);
  }
  getTop(): string | null {
    let best: [string, number] | null = null;
    for (const e of this.scores) if (best === null || e[1] > best[1] || (e[1] === best[1] && e[0] < best[0])) best = e;
    return best === null ? null : best[0];
  }
}
