import { vi } from 'vitest';

export type Handler = (url: string, init: RequestInit) => Response | Promise<Response> | undefined;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(body === null ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}

/** Replace global fetch with a router over `handlers`; unknown URLs answer 404 problem+json. */
export function mockFetch(handlers: Record<string, Handler>) {
  const calls: Array<{ method: string; url: string; init: RequestInit }> = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const method = (init.method ?? 'GET').toUpperCase();
    calls.push({ method, url, init });
    for (const [pattern, h] of Object.entries(handlers)) {
      const [m, path] = pattern.includes(' ') ? pattern.split(' ') : ['GET', pattern];
      const pathOnly = url.split('?')[0];
      if (m === method && (path === url || path === pathOnly || (path.endsWith('*') && url.startsWith(path.slice(0, -1))))) {
        const r = await h(url, init);
        if (r) return r;
      }
    }
    return json({ title: 'Not Found', status: 404, detail: `no mock for ${method} ${url}` }, 404);
  });
  vi.stubGlobal('fetch', fn);
  return { fn, calls };
}

/** A JWT-shaped token (unsigned) with these claims. */
export function fakeJwt(claims: Record<string, unknown>): string {
  const b64 = (o: unknown) => btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(o)))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${b64({ alg: 'RS256' })}.${b64(claims)}.sig`;
}

export function tokenResponse(access: string, refresh: string, expiresIn = 900, userId = 7) {
  return { auth_token: access, token_type: 'Bearer', expires_in: expiresIn, user_id: userId, refresh_token: refresh };
}
