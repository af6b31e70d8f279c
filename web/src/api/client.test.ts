import { describe, expect, it } from 'vitest';
import { json, mockFetch, fakeJwt, tokenResponse } from '../test/fetchMock';
import { ApiClient, ApiError, jwtClaims } from './client';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
}

function authHeader(init: RequestInit): string | undefined {
  return (init.headers as Record<string, string> | undefined)?.Authorization;
}

describe('ApiClient', () => {
  it('logs in, keeps both tokens and sends the access token', async () => {
    const { calls } = mockFetch({
      'POST /auth/login': () => json(tokenResponse('A1', 'R1')),
      '/users/me': (_u, init) => (authHeader(init) === 'Bearer A1' ? json({ id: 7, username: 'ada' }) : json({}, 401)),
    });
    const storage = memoryStorage();
    const c = new ApiClient({ storage });
    await c.login('ada@example.com', 'correct horse');
    expect(c.getTokens()).toMatchObject({ access: 'A1', refresh: 'R1', userId: 7 });
    expect(JSON.parse(storage.m.get('musicplayer.tokens')!).refresh).toBe('R1');
    expect(await c.get('/users/me')).toEqual({ id: 7, username: 'ada' });
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ email: 'ada@example.com', password: 'correct horse' });
    expect(authHeader(calls[0].init)).toBeUndefined();
  });

  it('on a 401 refreshes once and retries the request with the new token', async () => {
    const { calls } = mockFetch({
      'POST /auth/login': () => json(tokenResponse('A1', 'R1')),
      'POST /auth/refresh': (_u, init) =>
        JSON.parse(String(init.body)).refresh_token === 'R1' ? json(tokenResponse('A2', 'R2')) : json({ detail: 'reused' }, 401),
      '/songs/liked': (_u, init) => (authHeader(init) === 'Bearer A2' ? json([{ id: 1, title: 'Low Tide' }]) : json({ detail: 'expired' }, 401)),
    });
    const c = new ApiClient({ storage: null });
    await c.login('a@b.c', 'pw');
    const liked = await c.get<Array<{ title: string }>>('/songs/liked');
    expect(liked[0].title).toBe('Low Tide');
    expect(c.getTokens()).toMatchObject({ access: 'A2', refresh: 'R2' });
    expect(calls.map((x) => `${x.method} ${x.url}`)).toEqual([
      'POST /auth/login',
      'GET /songs/liked',
      'POST /auth/refresh',
      'GET /songs/liked',
    ]);
  });

  it('shares one refresh between concurrent requests (refresh tokens rotate)', async () => {
    let refreshes = 0;
    mockFetch({
      'POST /auth/login': () => json(tokenResponse('A1', 'R1')),
      'POST /auth/refresh': async () => {
        refreshes++;
        await new Promise((r) => setTimeout(r, 10));
        return json(tokenResponse('A2', 'R2'));
      },
      '/a': (_u, init) => (authHeader(init) === 'Bearer A2' ? json('a') : json({}, 401)),
      '/b': (_u, init) => (authHeader(init) === 'Bearer A2' ? json('b') : json({}, 401)),
    });
    const c = new ApiClient({ storage: null });
    await c.login('a@b.c', 'pw');
    expect(await Promise.all([c.get('/a'), c.get('/b')])).toEqual(['a', 'b']);
    expect(refreshes).toBe(1);
  });

  it('refreshes before a request when the access token is about to expire', async () => {
    let now = 1_000_000;
    const { calls } = mockFetch({
      'POST /auth/login': () => json(tokenResponse('A1', 'R1', 900)),
      'POST /auth/refresh': () => json(tokenResponse('A2', 'R2', 900)),
      '/x': () => json({ ok: true }),
    });
    const c = new ApiClient({ storage: null, now: () => now });
    await c.login('a@b.c', 'pw');
    now += 14.5 * 60_000; // 30 s before expiry: inside the margin
    await c.get('/x');
    expect(calls.map((x) => x.url)).toEqual(['/auth/login', '/auth/refresh', '/x']);
    expect(authHeader(calls[2].init)).toBe('Bearer A2');
  });

  it('ends the session when the refresh token is refused, and reports the 401', async () => {
    mockFetch({
      'POST /auth/login': () => json(tokenResponse('A1', 'R1')),
      'POST /auth/refresh': () => json({ title: 'Unauthorized', status: 401, detail: 'Refresh token reused' }, 401),
      '/x': () => json({ title: 'Unauthorized', status: 401, detail: 'Token expired' }, 401),
    });
    const c = new ApiClient({ storage: null });
    const seen: unknown[] = [];
    c.subscribe((t) => seen.push(t));
    await c.login('a@b.c', 'pw');
    const err = await c.get('/x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(401);
    expect(c.getTokens()).toBeNull();
    expect(seen.at(-1)).toBeNull();
  });

  it('turns problem+json into an ApiError with detail and field errors', async () => {
    mockFetch({
      'POST /users': () =>
        json(
          {
            type: 'about:blank',
            title: 'Unprocessable Entity',
            status: 422,
            detail: 'Validation failed',
            errors: [
              { loc: ['body', 'email'], msg: 'must be a well-formed email address', type: 'value_error' },
              { loc: ['body', 'password'], msg: 'size must be between 8 and 72', type: 'value_error' },
            ],
          },
          422,
        ),
      'GET /songs/99': () => json({ title: 'Not Found', status: 404, detail: 'Song 99 not found' }, 404),
    });
    const c = new ApiClient({ storage: null });
    const e = (await c.request('/users', { method: 'POST', body: {}, anonymous: true }).catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(422);
    expect(e.message).toBe('Validation failed');
    expect(e.fieldErrors()).toEqual({ email: 'must be a well-formed email address', password: 'size must be between 8 and 72' });
    const nf = (await c.get('/songs/99').catch((x: unknown) => x)) as ApiError;
    expect(nf.status).toBe(404);
    expect(nf.detail).toBe('Song 99 not found');
  });

  it('survives a non-JSON error body', async () => {
    mockFetch({ '/x': () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }) });
    const e = (await new ApiClient({ storage: null }).get('/x').catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(502);
    expect(e.message).toBe('Bad Gateway');
  });

  it('restores the session from storage and logs out', async () => {
    const storage = memoryStorage();
    storage.setItem('musicplayer.tokens', JSON.stringify({ access: 'A9', refresh: 'R9', expiresAt: Date.now() + 600_000, userId: 3 }));
    const { calls } = mockFetch({ 'POST /auth/logout': () => new Response(null, { status: 204 }) });
    const c = new ApiClient({ storage });
    expect(c.getTokens()?.access).toBe('A9');
    await c.logout();
    expect(authHeader(calls[0].init)).toBe('Bearer A9');
    expect(c.getTokens()).toBeNull();
    expect(storage.m.has('musicplayer.tokens')).toBe(false);
  });

  it('uses tokens another tab refreshed instead of spending its own refresh token', async () => {
    const storage = memoryStorage();
    const { calls } = mockFetch({
      'POST /auth/login': () => json(tokenResponse('A1', 'R1')),
      '/x': (_u, init) => (authHeader(init) === 'Bearer A2' ? json('ok') : json({}, 401)),
    });
    const c = new ApiClient({ storage });
    await c.login('a@b.c', 'pw');
    // the other tab rotated the pair and stored it
    storage.setItem('musicplayer.tokens', JSON.stringify({ access: 'A2', refresh: 'R2', expiresAt: Date.now() + 900_000, userId: 7 }));
    expect(await c.get('/x')).toBe('ok');
    expect(calls.some((x) => x.url === '/auth/refresh')).toBe(false);
    expect(c.getTokens()?.refresh).toBe('R2');
  });

  it('reads the role from the JWT', () => {
    expect(jwtClaims(fakeJwt({ sub: '1', role: 'ADMIN', name: 'Zoë' }))).toMatchObject({ role: 'ADMIN', name: 'Zoë' });
    expect(jwtClaims('garbage')).toEqual({});
    expect(jwtClaims(null)).toEqual({});
  });
});
