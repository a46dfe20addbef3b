import type { FastifyInstance } from 'fastify';

export interface TestResponse<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Drives the API like a browser or integration would: keeps the session cookie and CSRF token. */
export class TestClient {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;
  bearer: string | null = null;

  constructor(
    private readonly app: FastifyInstance,
    private readonly ip = '10.0.0.1',
  ) {}

  /** The same browser (cookies, CSRF token) talking to another server instance, or from another address. */
  sameBrowserOn(app: FastifyInstance, ip = this.ip): TestClient {
    const other = new TestClient(app, ip);
    other.cookies = this.cookies;
    other.csrfToken = this.csrfToken;
    other.bearer = this.bearer;
    return other;
  }

  withToken(token: string): this {
    this.bearer = token;
    return this;
  }

  /** Forget the CSRF token, to test that cookie writes without it are refused. */
  withoutCsrf(): this {
    this.csrfToken = null;
    return this;
  }

  async request<T = any>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    let payload: string | Buffer | undefined;
    if (Buffer.isBuffer(body)) payload = body;
    else if (typeof body === 'string') payload = body;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await this.app.inject({ method, url, headers, payload, remoteAddress: this.ip });
    for (const c of res.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      if (!c.value || (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    let parsed: unknown = res.body;
    if (String(res.headers['content-type'] ?? '').includes('application/json')) parsed = res.json();
    const result: TestResponse<T> = { status: res.statusCode, body: parsed as T, headers: res.headers as TestResponse['headers'], text: res.body };
    const maybeSession = parsed as { csrfToken?: string | null } | undefined;
    if (maybeSession && typeof maybeSession === 'object' && 'csrfToken' in maybeSession && url.startsWith('/api/auth/')) {
      this.csrfToken = maybeSession.csrfToken ?? null;
    }
    return result;
  }

  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', url, body ?? {}, headers);
  }
  put<T = any>(url: string, body?: unknown) {
    return this.request<T>('PUT', url, body ?? {});
  }
  patch<T = any>(url: string, body?: unknown) {
    return this.request<T>('PATCH', url, body ?? {});
  }
  delete<T = any>(url: string) {
    return this.request<T>('DELETE', url);
  }
}
