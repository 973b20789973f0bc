/** Requests the Settings page needs that the shared client does not cover (DELETE with a body, raw JSON upload). */
import { ApiError } from '../../api/client.js';

async function send<T>(method: string, path: string, body: string): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { method, headers: { 'content-type': 'application/json' }, body });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Cannot reach the Keeper server. Is `keeper serve` still running?');
  }
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    data = undefined;
  }
  if (!res.ok) {
    const e = (data as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(res.status, e?.code ?? 'HTTP_ERROR', e?.message ?? `The server answered ${res.status}.`);
  }
  return data as T;
}

export interface ImportResult {
  dryRun: boolean;
  message: string;
  added: Record<string, number>;
  conflicts: { kind: string; id: string }[];
}

export const DELETE_CONFIRMATION = 'delete my data';

export const dataApi = {
  /** The archive text goes as it is, so the server's checks see exactly the file. */
  importArchive: (archiveText: string, dryRun: boolean) => send<ImportResult>('POST', `/import${dryRun ? '?dryRun=1' : ''}`, archiveText),
  deleteAll: () => send<{ deleted: Record<string, number> }>('DELETE', '/data', JSON.stringify({ confirm: DELETE_CONFIRMATION })),
};
