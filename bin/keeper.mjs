#!/usr/bin/env node
// The installed `keeper` command: runs the built CLI (dist/) or, in a checkout without a build,
// the TypeScript sources through tsx. The coding judge (isolated-vm) needs Node started with
// --no-node-snapshot, so the command re-executes itself with that flag when it is missing.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'cli', 'main.js');
const source = join(root, 'src', 'cli', 'main.ts');

if (!process.execArgv.includes('--no-node-snapshot')) {
  const args = ['--no-node-snapshot'];
  if (!existsSync(built)) args.push('--import', 'tsx');
  args.push(existsSync(built) ? built : source, ...process.argv.slice(2));
  const child = spawn(process.execPath, args, { stdio: 'inherit' });
  // Ctrl-C reaches the child from the terminal itself; only pass on signals sent to this process alone.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  process.on('SIGHUP', () => child.kill('SIGHUP'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  await import(pathToFileURL(built).href);
}
