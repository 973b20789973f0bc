// Classic mistake: every copy, printed or not, restarts the 10 seconds.
export class LogLimiter {
  private readonly lastSeen = new Map<string, number>();
  shouldPrint(timestamp: number, message: string): boolean {
    const last = this.lastSeen.get(message);
    this.lastSeen.set(message, timestamp);
    return last === undefined || timestamp >= last + 10;
  }
}
