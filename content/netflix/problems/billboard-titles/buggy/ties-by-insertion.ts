// Classic mistake: ties are broken by insertion order instead of by title id.
export class Billboard {
  private readonly scores = new Map<string, number>();
  private last: string | null = null;
  upsert(title: string, score: number): void {
    this.scores.set(title, score);
  }
  getTop(): string | null {
    const ranked = [...this.scores].sort((a, b) => b[1] - a[1]);
    const first = ranked[0];
    if (first === undefined) return null;
    const pick = first[0] !== this.last || ranked.length === 1 ? first : (ranked[1] as [string, number]);
    this.last = pick[0];
    return pick[0];
  }
}
