// The HTTP client: tokens, refresh, problem+json errors. Everything else in the app goes
// through `api` (JSON) or `authorizedXhr` (uploads with progress).

export interface Tokens {
  access: string;
  refresh: string;
  /** epoch ms when the access token expires (from expires_in) */
  expiresAt: number;
  userId: number;
}

export interface TokenResponse {
  auth_token: string;
  token_type: string;
  expires_in: number;
  user_id: number;
  refresh_token: string;
}

export interface FieldError {
  loc?: Array<string | number>;
  msg: string;
  type?: string;
}

/** An RFC 9457 problem (or any non-2xx answer), with the server's human `detail`. */
export class ApiError extends Error {
  readonly status: number;
  readonly title?: string;
  readonly detail?: string;
  readonly errors: FieldError[];
  readonly body: unknown;

  constructor(status: number, body: unknown, fallback?: string) {
    const p = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const detail = typeof p.detail === 'string' ? p.detail : undefined;
    const title = typeof p.title === 'string' ? p.title : undefined;
    super(detail ?? title ?? fallback ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = Array.isArray(p.errors) ? (p.errors as FieldError[]) : [];
    this.body = body;
  }

  /** Messages per field name (the last element of `loc`), for forms. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.errors) {
      const key = e.loc && e.loc.length ? String(e.loc[e.loc.length - 1]) : '_';
      out[key] = out[key] ? `${out[key]}; ${e.msg}` : e.msg;
    }
    return out;
  }
}

const STORAGE_KEY = 'musicplayer.tokens';
/** Refresh this long before the access token expires. */
export const REFRESH_MARGIN_MS = 60_000;

type Listener = (tokens: Tokens | null) => void;

export interface ClientOptions {
  fetch?: typeof fetch;
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null;
  now?: () => number;
  baseUrl?: string;
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** send no Authorization header even when logged in */
  anonymous?: boolean;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

export class ApiClient {
  private tokens: Tokens | null = null;
  private refreshing: Promise<Tokens | null> | null = null;
  private listeners = new Set<Listener>();
  private readonly fetchImpl: typeof fetch;
  private readonly storage: ClientOptions['storage'];
  private readonly now: () => number;
  private readonly baseUrl: string;

  constructor(opts: ClientOptions = {}) {
    this.fetchImpl = opts.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.storage = opts.storage === undefined ? safeLocalStorage() : opts.storage;
    this.now = opts.now ?? Date.now;
    this.baseUrl = opts.baseUrl ?? '';
    this.tokens = this.readStored();
    // another tab logged in, refreshed or logged out: follow it (refresh tokens rotate, so two
    // tabs must never refresh with the same one)
    if (typeof window !== 'undefined' && this.storage && opts.storage === undefined) {
      window.addEventListener('storage', (e) => {
        if (e.key !== STORAGE_KEY) return;
        this.tokens = this.readStored();
        for (const l of this.listeners) l(this.tokens);
      });
    }
  }

  private readStored(): Tokens | null {
    const saved = this.storage?.getItem(STORAGE_KEY);
    if (!saved) return null;
    try {
      return JSON.parse(saved) as Tokens;
    } catch {
      this.storage?.removeItem(STORAGE_KEY);
      return null;
    }
  }

  getTokens(): Tokens | null {
    return this.tokens;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setTokens(t: TokenResponse | null): void {
    this.tokens = t
      ? {
          access: t.auth_token,
          refresh: t.refresh_token,
          expiresAt: this.now() + t.expires_in * 1000,
          userId: t.user_id,
        }
      : null;
    if (this.tokens) this.storage?.setItem(STORAGE_KEY, JSON.stringify(this.tokens));
    else this.storage?.removeItem(STORAGE_KEY);
    for (const l of this.listeners) l(this.tokens);
  }

  async login(email: string, password: string): Promise<Tokens> {
    const res = await this.request<TokenResponse>('/auth/login', {
      method: 'POST',
      body: { email, password },
      anonymous: true,
    });
    this.setTokens(res.data);
    return this.tokens!;
  }

  async logout(): Promise<void> {
    try {
      if (this.tokens) await this.request('/auth/logout', { method: 'POST' });
    } catch {
      // the session ends locally whatever the server says
    } finally {
      this.setTokens(null);
    }
  }

  /**
   * Exchange the refresh token for a new pair, once at a time: concurrent callers share one
   * request (refresh tokens rotate, so a second use of the same one would end the session).
   */
  refresh(): Promise<Tokens | null> {
    if (this.refreshing) return this.refreshing;
    const current = this.tokens;
    if (!current) return Promise.resolve(null);
    const run = async (): Promise<Tokens | null> => {
      // another tab may have refreshed already: use its tokens instead of spending ours
      const stored = this.readStored();
      if (stored && stored.refresh !== current.refresh) {
        this.tokens = stored;
        for (const l of this.listeners) l(this.tokens);
        return stored;
      }
      return this.doRefresh(current);
    };
    const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
    const p: Promise<Tokens | null> = (
      locks && this.storage ? (locks.request('musicplayer-token-refresh', run) as unknown as Promise<Tokens | null>) : run()
    ).finally(() => {
      this.refreshing = null;
    });
    this.refreshing = p;
    return p;
  }

  private async doRefresh(current: Tokens): Promise<Tokens | null> {
    try {
      const res = await this.fetchImpl(this.baseUrl + '/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refresh_token: current.refresh }),
      });
      if (res.ok) {
        this.setTokens((await res.json()) as TokenResponse);
        return this.tokens;
      }
      // 401/400: the session is over (revoked, expired, reused). Other statuses: keep trying later.
      if (res.status === 401 || res.status === 400 || res.status === 403) this.setTokens(null);
      return null;
    } catch {
      return null;
    }
  }

  /** A usable access token: refreshed first when it expires within REFRESH_MARGIN_MS. */
  async accessToken(): Promise<string | null> {
    if (!this.tokens) return null;
    if (this.tokens.expiresAt - REFRESH_MARGIN_MS <= this.now()) {
      const t = await this.refresh();
      if (t) return t.access;
      // refresh failed for a transient reason: try the old token, the server decides
      return this.tokens?.access ?? null;
    }
    return this.tokens.access;
  }

  async request<T = unknown>(path: string, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
    const send = async (token: string | null) => {
      const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...opts.headers };
      if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
      if (token) headers.Authorization = `Bearer ${token}`;
      return this.fetchImpl(this.baseUrl + path, {
        method: opts.method ?? 'GET',
        headers,
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal: opts.signal,
      });
    };
    const token = opts.anonymous ? null : await this.accessToken();
    let res = await send(token);
    if (res.status === 401 && token) {
      // expired or revoked early: refresh once and retry once
      const fresh = await this.refresh();
      if (fresh) res = await send(fresh.access);
    }
    const data = await readBody(res);
    if (!res.ok) throw new ApiError(res.status, data, res.statusText);
    return { data: data as T, status: res.status, headers: res.headers };
  }

  async get<T>(path: string, signal?: AbortSignal): Promise<T> {
    return (await this.request<T>(path, { signal })).data;
  }
}

async function readBody(res: Response): Promise<unknown> {
  if (res.status === 204 || res.status === 304) return null;
  const type = res.headers.get('Content-Type') ?? '';
  const text = await res.text();
  if (!text) return null;
  if (type.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The claims of a JWT, unverified (the server verifies; the client only reads role and expiry). */
export function jwtClaims(token: string | null | undefined): Record<string, unknown> {
  if (!token) return {};
  const part = token.split('.')[1];
  if (!part) return {};
  try {
    const b64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(
      Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)))
        .map((c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0'))
        .join(''),
    );
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * POST a multipart form with XMLHttpRequest (fetch has no upload progress), with the same
 * token handling: a fresh token first, one refresh + retry on 401.
 */
export async function uploadWithProgress<T>(
  client: ApiClient,
  path: string,
  form: FormData,
  onProgress: (p: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<ApiResponse<T>> {
  const send = (token: string | null) =>
    new Promise<{ status: number; body: unknown; headers: Headers }>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', path);
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : 0 });
      xhr.onload = () => {
        let body: unknown = xhr.responseText;
        try {
          body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
        } catch {
          // keep the text
        }
        const headers = new Headers();
        const ct = xhr.getResponseHeader('Content-Type');
        if (ct) headers.set('Content-Type', ct);
        resolve({ status: xhr.status, body, headers });
      };
      xhr.onerror = () => reject(new ApiError(0, null, 'Network error'));
      xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
      signal?.addEventListener('abort', () => xhr.abort());
      xhr.send(form);
    });
  const token = await client.accessToken();
  let res = await send(token);
  if (res.status === 401 && token) {
    const fresh = await client.refresh();
    if (fresh) res = await send(fresh.access);
  }
  if (res.status < 200 || res.status >= 300) throw new ApiError(res.status, res.body);
  return { data: res.body as T, status: res.status, headers: res.headers };
}

export const client = new ApiClient();
