import type { ErrorBody } from '../../http/error-body.ts';

/** An error answered by the Pontis API, with its stable code and the failing fields. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
  get code() {
    return this.body.code;
  }
  get fields() {
    return this.body.fields ?? [];
  }
  get isConflict() {
    return this.body.code === 'version_conflict';
  }
}

/** Whether a failed save was refused because someone else saved a newer version first. */
export const isVersionConflict = (error: unknown) => error instanceof ApiError && error.isConflict;

let csrfToken: string | null = null;
/** Set from the session endpoint; sent on every write, as the API requires for cookie sessions. */
export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { code: 'network_error', message: 'The server cannot be reached.', fields: [] });
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    throw new ApiError(response.status, data ?? { code: 'internal_error', message: response.statusText, fields: [] });
  }
  return data as T;
}

export const apiGet = <T>(path: string) => api<T>('GET', path);
export const apiPost = <T>(path: string, body?: unknown) => api<T>('POST', path, body ?? {});
export const apiPut = <T>(path: string, body?: unknown) => api<T>('PUT', path, body ?? {});
export const apiPatch = <T>(path: string, body?: unknown) => api<T>('PATCH', path, body ?? {});
export const apiDelete = <T>(path: string) => api<T>('DELETE', path);

/** Builds a query string from defined values only. */
export function query(params: Record<string, string | number | boolean | undefined | null>) {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}
