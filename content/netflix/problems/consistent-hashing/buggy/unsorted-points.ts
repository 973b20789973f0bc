// Classic mistake: binary search over points that were never sorted.
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

interface Point {
  hash: number;
  node: string;
}

export class HashRing {
  private readonly nodes = new Set<string>();
  private points: Point[] = [];

  constructor(private readonly replicas: number) {}

  addNode(node: string): void {
    if (this.nodes.has(node)) return;
    this.nodes.add(node);
    for (let i = 0; i < this.replicas; i++) this.points.push({ hash: hash32(`${node}#${i}`), node });
  }

  removeNode(node: string): void {
    if (!this.nodes.delete(node)) return;
    this.points = this.points.filter((p) => p.node !== node);
  }

  getNode(key: string): string | null {
    const pts = this.points;
    if (pts.length === 0) return null;
    const h = hash32(key);
    let lo = 0;
    let hi = pts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pts[mid] as Point).hash < h) lo = mid + 1;
      else hi = mid;
    }
    return (pts[lo === pts.length ? 0 : lo] as Point).node;
  }
}
