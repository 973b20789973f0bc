// Classic mistake: off by one; exactly ten seconds later is still treated as too soon.
export class LogLimiter {
  private readonly lastPrinted = new Map<string, number>();
  shouldPrint(timestamp: number, message: string): boolean {
    const last = this.lastPrinted.get(message);
    if (last !== undefined && timestamp <= last + 10) return false;
    this.lastPrinted.set(message, timestamp);
    return true;
  }
}
