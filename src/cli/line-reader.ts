/**
 * Reads standard input line by line on demand, with a deadline: the terminal side of a timed
 * answer. Works the same for a person typing and for a script piping lines in.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

export type LineResult = { readonly kind: 'line'; readonly text: string } | { readonly kind: 'eof' } | { readonly kind: 'timeout' };

export interface LineReader {
  /** The next line; `timeout` when `deadline` (ms since the epoch) passes first, `eof` when input ended. */
  next(deadline?: number): Promise<LineResult>;
  close(): void;
}

export function createLineReader(input: Readable): LineReader {
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const lines: string[] = [];
  let ended = false;
  let waiter: (() => void) | undefined;
  const wake = (): void => {
    const w = waiter;
    waiter = undefined;
    w?.();
  };
  rl.on('line', (line) => {
    lines.push(line);
    wake();
  });
  rl.on('close', () => {
    ended = true;
    wake();
  });
  return {
    async next(deadline) {
      for (;;) {
        const line = lines.shift();
        if (line !== undefined) return { kind: 'line', text: line };
        if (ended) return { kind: 'eof' };
        const left = deadline === undefined ? undefined : deadline - Date.now();
        if (left !== undefined && left <= 0) return { kind: 'timeout' };
        const timedOut = await new Promise<boolean>((resolve) => {
          const timer = left === undefined ? undefined : setTimeout(() => {
            waiter = undefined;
            resolve(true);
          }, left);
          waiter = () => {
            if (timer) clearTimeout(timer);
            resolve(false);
          };
        });
        if (timedOut) return { kind: 'timeout' };
      }
    },
    close() {
      rl.close();
      // Let the process exit even when a script keeps the pipe open.
      input.destroy();
    },
  };
}
