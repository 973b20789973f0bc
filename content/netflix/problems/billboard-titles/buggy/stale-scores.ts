// Classic mistake: a heap without stale-entry checks; old scores keep titles at the top.
export class Billboard {
  private readonly heap: { title: string; score: number }[] = [];
  private readonly titles = new Set<string>();
  private last: string | null = null;
  upsert(title: string, score: number): void {
    this.titles.add(title);
    this.heap.push({ title, score });
    this.heap.sort((a, b) => b.score - a.score || (a.title < b.title ? -1 : 1));
  }
  getTop(): string | null {
    const first = this.heap[0];
    if (first === undefined) return null;
    if (first.title !== this.last || this.titles.size === 1) {
      this.last = first.title;
      return first.title;
    }
    const second = this.heap.find((e) => e.title !== first.title) as { title: string };
    this.last = second.title;
    return second.title;
  }
}
