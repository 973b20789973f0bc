/** `keeper serve`: open the store, build the server, listen, and shut down gracefully on signals. */
import { createServer } from '../server/app.js';
import { createServices } from '../server/services.js';
import { openStore } from '../store/index.js';
import { loadPackOrExit } from './pack-io.js';
import { DEFAULT_PACK_DIR, WEB_ROOT } from './paths.js';

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly packDir?: string | undefined;
  readonly databaseUrl?: string | undefined;
  readonly quiet?: boolean;
}

export async function serve(opts: ServeOptions): Promise<void> {
  const packDir = opts.packDir ?? process.env.KEEPER_PACK ?? DEFAULT_PACK_DIR;
  const pack = await loadPackOrExit(packDir);
  const store = await openStore({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl });
  const app = await createServer({
    pack,
    store,
    ...(await createServices(pack, { dataDir: opts.dataDir, env: process.env })),
    webRoot: WEB_ROOT,
    packDir,
    logger: opts.quiet ? false : { level: process.env.KEEPER_LOG_LEVEL ?? 'warn' },
  });
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) {
      process.stderr.write(`\nSecond ${signal}: exiting now.\n`);
      process.exit(1);
    }
    stopping = true;
    process.stderr.write(`\n${signal} received: finishing open requests, then closing the database…\n`);
    app
      .close()
      .then(() => {
        process.stderr.write('Keeper stopped cleanly.\n');
        process.exit(0);
      })
      .catch((err: unknown) => {
        process.stderr.write(`Error while stopping: ${String(err)}\n`);
        process.exit(1);
      });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const address = await app.listen({ port: opts.port, host: opts.host });
  const url = address.replace('[::1]', 'localhost');
  const where = store.dialect === 'sqlite' ? `SQLite file ${store.location}` : `PostgreSQL ${store.location}`;
  process.stdout.write(`Keeper is running at ${url}/ (data: ${where}; ${pack.questions.length} questions). Press Ctrl-C to stop.\n`);
}
