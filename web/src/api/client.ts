/**
 * The web app's only way to the server: small typed helpers over fetch. Errors from the API
 * (`{ error: { code, message } }`) become ApiError with the server's message.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A JSON body: a value to serialise, or `{ rawJson }` — text sent exactly as it is (e.g. an uploaded archive). */
type Body = { value: unknown } | { rawJson: string } | undefined;

async function request<T>(method: string, path: string, body?: Body, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : 'rawJson' in body ? body.rawJson : JSON.stringify(body.value),
      signal,
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, 'NETWORK', 'Cannot reach the Keeper server. Is `keeper serve` still running?');
  }
  const text = await res.text();
  let data: unknown = undefined;
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

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, { value: body }),
  /** POST JSON text exactly as given, so the server checks the very bytes the user chose. */
  postRawJson: <T>(path: string, json: string) => request<T>('POST', path, { rawJson: json }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { value: body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { value: body }),
  delete: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body === undefined ? undefined : { value: body }),
};

/** Builds a query string from defined, non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') sp.set(k, String(v));
  const s = sp.toString();
  return s ? `?${s}` : '';
}
