// Classic mistake: a single last-print time shared by all messages.
export class LogLimiter {
  private last = -Infinity;
  private readonly seen = new Set<string>();
  shouldPrint(timestamp: number, message: string): boolean {
    if (this.seen.has(message) && timestamp < this.last + 10) return false;
    this.seen.add(message);
    this.last = timestamp;
    return true;
  }
}
