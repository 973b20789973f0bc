/** Where the package's own files are, whether running from src/ (tsx) or dist/ (built). */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_PACK_DIR = join(PACKAGE_ROOT, 'content', 'netflix');
export const WEB_ROOT = join(PACKAGE_ROOT, 'web', 'dist');

export function defaultDataDir(): string {
  return resolve(process.env.KEEPER_DATA ?? 'data');
}
