#!/usr/bin/env node
/**
 * The `keeper` command. Run from a checkout with `npm run keeper -- ARGS`, or installed as `keeper`.
 */
import { Command, InvalidArgumentError } from 'commander';
import { registerPackCommands } from './pack-commands.js';
import { CliError } from './pack-io.js';
import { defaultDataDir } from './paths.js';
import { serve } from './serve.js';
import { registerExtraCommands } from './commands.js';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('must be a whole number from 0 to 65535');
  return n;
}

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('keeper')
    .description(
      'Keeper — practise Netflix-style interview loops on your own machine: behavioral and culture answers with ' +
        'explainable feedback, system design, a real coding judge, mock loops, stories and progress.\n\n' +
        'Start the app with `keeper serve` and open the printed address in your browser.',
    )
    .version('0.1.0')
    .showHelpAfterError('(run `keeper --help` or `keeper <command> --help` for usage)');

  program
    .command('serve')
    .description('Run the web app and JSON API (Ctrl-C stops it cleanly)')
    .option('-p, --port <n>', 'port to listen on (default: $PORT or 3000)', port)
    .option('-H, --host <host>', 'address to listen on; use 0.0.0.0 to allow other machines', '127.0.0.1')
    .option('-d, --data <dir>', 'data folder for the SQLite file and recordings (default: $KEEPER_DATA or ./data)')
    .option('--pack <dir>', 'content pack folder (default: the shipped Netflix pack)')
    .addHelpText(
      'after',
      '\nEnvironment:\n  KEEPER_DATABASE_URL=postgres://user:pass@host:5432/db  use PostgreSQL instead of the local SQLite file\n  KEEPER_DATA=dir  data folder\n  PORT=n  port\n\nExample:\n  keeper serve --port 3123 --data /tmp/keeper',
    )
    .action(async (opts: { port?: number; host: string; data?: string; pack?: string }) => {
      await serve({
        port: opts.port ?? (process.env.PORT ? port(process.env.PORT) : 3000),
        host: opts.host,
        dataDir: opts.data ?? defaultDataDir(),
        packDir: opts.pack,
        databaseUrl: process.env.KEEPER_DATABASE_URL,
      });
    });

  registerPackCommands(program);
  registerExtraCommands(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<void> {
  try {
    await buildProgram().parseAsync([...argv]);
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`${err.message}\n`);
      process.exitCode = err.exitCode;
      return;
    }
    process.stderr.write(`keeper: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}

await main(process.argv);
