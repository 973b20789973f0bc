// Classic mistake: a truthiness check treats a message printed at time 0 as never printed.
export class LogLimiter {
  private readonly lastPrinted: Record<string, number> = {};
  shouldPrint(timestamp: number, message: string): boolean {
    const last = this.lastPrinted[message];
    if (last && timestamp < last + 10) return false;
    this.lastPrinted[message] = timestamp;
    return true;
  }
}
