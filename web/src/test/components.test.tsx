import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ApiClient, client } from '../api/client';
import { normalizeEntries } from '../api/endpoints';
import type { Song } from '../api/types';
import { AuthProvider } from '../auth';
import { SongList } from '../components/SongList';
import { ToastProvider } from '../components/Toast';
import { ScanPanel } from '../pages/Admin';
import { HomePage } from '../pages/Browse';
import { LoginPage, RegisterPage } from '../pages/Auth';
import { moveItem, PlaylistPage } from '../pages/Playlists';
import { activeLine } from '../player/LyricsPanel';
import { PlayerBar } from '../player/PlayerBar';
import { PlayerProvider } from '../player/PlayerContext';
import { json, mockFetch, tokenResponse } from './fetchMock';

const songs: Song[] = [
  { id: 2, title: 'Low Tide', artist: 'Aurora Lane', album: 'Harbour Songs', album_id: 1, duration: 22, liked: false, cover_image_url: '/artwork/1' },
  { id: 3, title: 'Sea Glass', artist: 'Aurora Lane', album: 'Harbour Songs', album_id: 1, duration: 25, liked: false },
];

function Providers({ children, path = '/' }: { children: ReactNode; path?: string }) {
  return (
    <MemoryRouter initialEntries={[path]}>
      <ToastProvider>
        <PlayerProvider>{children}</PlayerProvider>
      </ToastProvider>
    </MemoryRouter>
  );
}

const audio = () => document.querySelector('audio')!;

describe('player bar and song list', () => {
  it('plays a song from a signed stream URL, then next and previous', async () => {
    const { calls } = mockFetch({
      '/songs/2/stream-url': () => json({ url: '/songs/2/stream?exp=1&uid=1&sig=a', expires_at: '2030-01-01T00:00:00Z' }),
      '/songs/3/stream-url': () => json({ url: '/songs/3/stream?exp=1&uid=1&sig=b', expires_at: '2030-01-01T00:00:00Z' }),
      'POST /songs/2/plays': () => new Response(null, { status: 204 }),
      'POST /songs/3/plays': () => new Response(null, { status: 204 }),
    });
    render(
      <Providers>
        <SongList songs={songs} label="Songs" />
        <PlayerBar />
      </Providers>,
    );
    expect(screen.getByText('Nothing playing')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Play Low Tide' }));
    await waitFor(() => expect(audio().getAttribute('src')).toBe('/songs/2/stream?exp=1&uid=1&sig=a'));
    expect(screen.getByTestId('now-title').textContent).toBe('Low Tide');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy());
    // now playing is reported (not a play)
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url === '/songs/2/plays')).toBe(true));
    expect(JSON.parse(String(calls.find((c) => c.url === '/songs/2/plays')!.init.body))).toEqual({ submission: false });

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(audio().getAttribute('src')).toBe('/songs/3/stream?exp=1&uid=1&sig=b'));
    expect(screen.getByTestId('now-title').textContent).toBe('Sea Glass');
    fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(screen.getByTestId('now-title').textContent).toBe('Low Tide'));
  });

  it('seeks, changes the volume, toggles shuffle and repeat', async () => {
    mockFetch({
      '/songs/2/stream-url': () => json({ url: '/s2', expires_at: '2030-01-01T00:00:00Z' }),
      'POST /songs/2/plays': () => new Response(null, { status: 204 }),
    });
    render(
      <Providers>
        <SongList songs={songs} label="Songs" />
        <PlayerBar />
      </Providers>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Play Low Tide' }));
    await waitFor(() => expect(audio().getAttribute('src')).toBe('/s2'));
    fireEvent.change(screen.getByRole('slider', { name: 'Seek' }), { target: { value: '12' } });
    expect(audio().currentTime).toBe(12);
    fireEvent.change(screen.getByRole('slider', { name: 'Volume' }), { target: { value: '0.3' } });
    expect(audio().volume).toBeCloseTo(0.3);
    const shuffle = screen.getByRole('button', { name: 'Shuffle' });
    fireEvent.click(shuffle);
    expect(shuffle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Repeat: off' }));
    expect(screen.getByRole('button', { name: 'Repeat: all' })).toBeTruthy();
  });

  it('on a media error gets a fresh signed URL, then an MP3 transcode', async () => {
    const { calls } = mockFetch({
      '/songs/2/stream-url': (url) => json({ url: url.includes('format=mp3') ? '/mp3' : '/orig', expires_at: '2030-01-01T00:00:00Z' }),
      'POST /songs/2/plays': () => new Response(null, { status: 204 }),
    });
    render(
      <Providers>
        <SongList songs={songs} label="Songs" />
        <PlayerBar />
      </Providers>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Play Low Tide' }));
    await waitFor(() => expect(audio().getAttribute('src')).toBe('/orig'));
    fireEvent.error(audio());
    await waitFor(() => expect(calls.filter((c) => c.url.startsWith('/songs/2/stream-url'))).toHaveLength(2));
    fireEvent.error(audio());
    await waitFor(() => expect(audio().getAttribute('src')).toBe('/mp3'));
    fireEvent.error(audio());
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('Could not play this song');
  });

  it('shows synced lyrics that follow the song, and seeks on a click', async () => {
    mockFetch({
      '/songs/2/stream-url': () => json({ url: '/s2', expires_at: '2030-01-01T00:00:00Z' }),
      'POST /songs/2/plays': () => new Response(null, { status: 204 }),
      '/songs/2/lyrics': () => json({ synced: [{ start_ms: 0, text: 'first' }, { start_ms: 5000, text: 'second' }, { start_ms: 9000, text: 'third' }] }),
    });
    render(
      <Providers>
        <SongList songs={songs} label="Songs" />
        <PlayerBar />
      </Providers>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Play Low Tide' }));
    await waitFor(() => expect(audio().getAttribute('src')).toBe('/s2'));
    fireEvent.click(screen.getByRole('button', { name: 'Show the lyrics' }));
    const panel = await screen.findByRole('region', { name: 'Lyrics' });
    await within(panel).findByText('second');
    audio().currentTime = 6;
    fireEvent(audio(), new Event('timeupdate'));
    await waitFor(() => expect(within(panel).getByText('second').getAttribute('aria-current')).toBe('true'));
    fireEvent.click(within(panel).getByText('third'));
    expect(audio().currentTime).toBe(9);
  });

  it('likes and unlikes a song', async () => {
    const { calls } = mockFetch({
      'PUT /songs/2/like': () => new Response(null, { status: 204 }),
      'DELETE /songs/2/like': () => new Response(null, { status: 204 }),
    });
    render(
      <Providers>
        <SongList songs={songs} label="Songs" />
      </Providers>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Like Low Tide' }));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Unlike Low Tide' }) as HTMLButtonElement).disabled).toBe(false));
    expect(screen.getByRole('button', { name: 'Unlike Low Tide' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Unlike Low Tide' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Like Low Tide' })).toBeTruthy());
    expect(calls.filter((c) => c.url.endsWith('/like')).map((c) => `${c.method} ${c.url}`)).toEqual(['PUT /songs/2/like', 'DELETE /songs/2/like']);
  });

  it('adds a song to a playlist from its menu', async () => {
    const { calls } = mockFetch({
      '/playlists': () => json([{ id: 5, name: 'Road trip' }]),
      'POST /playlists/5/songs': () => json({ id: 5, name: 'Road trip', version: 2 }),
    });
    render(
      <Providers>
        <SongList songs={songs} label="Songs" />
      </Providers>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'More actions for Sea Glass' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Road trip' }));
    await screen.findByText('Added “Sea Glass” to Road trip');
    const post = calls.find((c) => c.method === 'POST')!;
    expect(JSON.parse(String(post.init.body))).toEqual({ song_ids: [3] });
  });
});

describe('home', () => {
  it('shows recently and most played songs above the albums, one click plays', async () => {
    mockFetch({
      '/me/plays': () => json([{ id: 1, played_at: '2026-11-27T06:00:00Z', song: songs[1] }, { id: 2, played_at: '2026-11-27T05:00:00Z', song: songs[1] }]),
      '/songs/top': () => json([songs[0]]),
      '/albums': () => json([{ id: 1, title: 'Harbour Songs', artist: 'Aurora Lane', cover_image_url: '/artwork/1' }], 200, { 'X-Total-Count': '1' }),
      '/songs/3/stream-url': () => json({ url: '/s3', expires_at: '2030-01-01T00:00:00Z' }),
      'POST /songs/3/plays': () => new Response(null, { status: 204 }),
    });
    render(
      <Providers>
        <HomePage />
      </Providers>,
    );
    const recent = await screen.findByRole('list', { name: 'Recently played' });
    expect(within(recent).getAllByRole('listitem')).toHaveLength(1); // the same song once
    expect(within(await screen.findByRole('list', { name: 'Most played this month' })).getByText('Low Tide')).toBeTruthy();
    const albums = await screen.findByRole('list', { name: 'Albums' });
    expect(within(albums).getByRole('link').getAttribute('href')).toBe('/album/1');
    expect(albums.querySelector('img')!.getAttribute('src')).toBe('/artwork/1?size=300');
    fireEvent.click(within(recent).getByRole('button', { name: 'Play Sea Glass by Aurora Lane' }));
    await waitFor(() => expect(audio().getAttribute('src')).toBe('/s3'));
  });
});

describe('play queue on the server', () => {
  it('restores the saved queue paused at its position, and saves changes', async () => {
    const { calls } = mockFetch({
      '/me/queue': () => json({ song_ids: [2, 3], current_index: 1, position_ms: 7000 }),
      'PUT /me/queue': (_u, init) => json(JSON.parse(String(init.body))),
      '/songs/2': () => json(songs[0]),
      '/songs/3': () => json(songs[1]),
      '/songs/3/stream-url': () => json({ url: '/s3', expires_at: '2030-01-01T00:00:00Z' }),
      '/songs/2/stream-url': () => json({ url: '/s2', expires_at: '2030-01-01T00:00:00Z' }),
      'POST /songs/2/plays': () => new Response(null, { status: 204 }),
    });
    client.setTokens(tokenResponse('A', 'R', 900, 7));
    try {
      await act(async () => {
        render(
          <Providers>
            <PlayerBar />
          </Providers>,
        );
        await new Promise((r) => setTimeout(r, 50));
      });
      await waitFor(() => expect(screen.getByTestId('now-title').textContent).toBe('Sea Glass'));
      await waitFor(() => expect(audio().getAttribute('src')).toBe('/s3'));
      expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy(); // paused, not playing
      fireEvent(audio(), new Event('loadedmetadata'));
      expect(audio().currentTime).toBe(7);
      expect(calls.some((c) => c.url === '/songs/3/plays')).toBe(false);
      // a change is saved
      fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
      fireEvent.click(screen.getByRole('button', { name: 'Previous' }));
      await waitFor(() => expect(screen.getByTestId('now-title').textContent).toBe('Low Tide'));
      await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true), { timeout: 3000 });
      const put = JSON.parse(String(calls.find((c) => c.method === 'PUT')!.init.body));
      expect(put).toMatchObject({ song_ids: [2, 3], current_index: 0 });
    } finally {
      client.setTokens(null);
    }
  });
});

describe('playlist page', () => {
  const entries = [
    { position: 1, song: { id: 10, title: 'A' } },
    { position: 2, song: { id: 11, title: 'B' } },
    { position: 3, song: { id: 12, title: 'C' } },
  ];
  const renderPage = () =>
    render(
      <Providers path="/playlist/5">
        <Routes>
          <Route path="/playlist/:id" element={<PlaylistPage />} />
        </Routes>
      </Providers>,
    );

  it('moves an entry up with If-Match and shows the new order', async () => {
    const { calls } = mockFetch({
      '/playlists/5': () => json({ id: 5, name: 'Mix', version: 3 }, 200, { ETag: '"3"' }),
      '/playlists/5/songs': () => json(entries),
      'POST /playlists/5/songs/move': () => json({ id: 5, name: 'Mix', version: 4 }, 200, { ETag: '"4"' }),
    });
    renderPage();
    const list = await screen.findByRole('list', { name: 'Songs of Mix' });
    await within(list).findByText('C');
    fireEvent.click(within(list).getByRole('button', { name: 'Move C up' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem').map((li) => li.dataset.songId)).toEqual(['10', '12', '11']));
    const move = calls.find((c) => c.url === '/playlists/5/songs/move')!;
    expect(JSON.parse(String(move.init.body))).toEqual({ from: 3, count: 1, to: 2 });
    expect((move.init.headers as Record<string, string>)['If-Match']).toBe('"3"');
    // the next write carries the new version
    const down = within(list).getByRole('button', { name: 'Move A down' }) as HTMLButtonElement;
    await waitFor(() => expect(down.disabled).toBe(false));
    fireEvent.click(down);
    await waitFor(() => expect(calls.filter((c) => c.url === '/playlists/5/songs/move')).toHaveLength(2));
    const second = calls.filter((c) => c.url === '/playlists/5/songs/move')[1];
    expect((second.init.headers as Record<string, string>)['If-Match']).toBe('"4"');
  });

  it('reloads when the playlist changed elsewhere (412)', async () => {
    let loads = 0;
    mockFetch({
      '/playlists/5': () => json({ id: 5, name: 'Mix', version: 3 }, 200, { ETag: '"3"' }),
      '/playlists/5/songs': () => {
        loads++;
        return json(entries);
      },
      'POST /playlists/5/songs/move': () => json({ status: 412, title: 'Precondition Failed', detail: 'stale' }, 412),
    });
    renderPage();
    const list = await screen.findByRole('list', { name: 'Songs of Mix' });
    await within(list).findByText('B');
    fireEvent.click(within(list).getByRole('button', { name: 'Move B up' }));
    await screen.findByText('The playlist changed elsewhere: reloaded it.');
    await waitFor(() => expect(loads).toBe(2));
    await waitFor(() => expect(within(list).getAllByRole('listitem').map((li) => li.dataset.songId)).toEqual(['10', '11', '12']));
  });

  it('reorders by drag and drop', async () => {
    const { calls } = mockFetch({
      '/playlists/5': () => json({ id: 5, name: 'Mix', version: 3 }, 200, { ETag: '"3"' }),
      '/playlists/5/songs': () => json(entries),
      'POST /playlists/5/songs/move': () => json({ id: 5, name: 'Mix', version: 4 }, 200, { ETag: '"4"' }),
    });
    renderPage();
    const list = await screen.findByRole('list', { name: 'Songs of Mix' });
    await within(list).findByText('C');
    const rows = within(list).getAllByRole('listitem');
    const dataTransfer = { setData: () => undefined, getData: () => '2', effectAllowed: '', dropEffect: '' };
    fireEvent.dragStart(rows[2], { dataTransfer });
    fireEvent.dragOver(rows[0], { dataTransfer });
    fireEvent.drop(rows[0], { dataTransfer });
    await waitFor(() => expect(within(list).getAllByRole('listitem').map((li) => li.dataset.songId)).toEqual(['12', '10', '11']));
    expect(JSON.parse(String(calls.find((c) => c.url.endsWith('/move'))!.init.body))).toEqual({ from: 3, count: 1, to: 1 });
  });
});

describe('admin scan', () => {
  it('starts a scan and polls its progress until it is done', async () => {
    let n = 0;
    const statuses = [
      { state: 'running', files_seen: 10, files_total: 35 },
      { state: 'running', files_seen: 30, files_total: 35 },
      { state: 'finished', files_seen: 35, files_total: 35, finished_at: '2026-11-27T06:00:00Z' },
    ];
    const base = { imported: 0, updated: 0, removed: 0, failed: 0 };
    mockFetch({
      '/library/scans/current': () => json({ ...base, ...(n === 0 ? { state: 'idle', files_seen: 0, files_total: 0 } : statuses[Math.min(n - 1, 2)]) }, 200),
      'POST /library/scans': () => {
        n = 1;
        return json({ ...base, state: 'running', files_seen: 0, files_total: 35 }, 202);
      },
    });
    render(<ScanPanel pollMs={5} />);
    await screen.findByText('idle');
    fireEvent.click(screen.getByRole('button', { name: 'Scan now' }));
    const bar = screen.getByRole('progressbar', { name: 'Scan progress' }) as HTMLProgressElement;
    const seen = new Set<number>();
    await waitFor(
      () => {
        seen.add(bar.value);
        if (n < 4) n++;
        expect(screen.getByTestId('scan-state').textContent).toBe('finished');
      },
      { interval: 10, timeout: 3000 },
    );
    expect(bar.value).toBe(100);
    expect(screen.getByRole('button', { name: 'Scan now' })).toBeTruthy();
  });
});

describe('login and registration', () => {
  const renderAuth = (el: ReactNode, path: string) =>
    render(
      <MemoryRouter initialEntries={[path]}>
        <AuthProvider client={new ApiClient({ storage: null })}>
          <Routes>
            <Route path={path} element={el} />
            <Route path="/" element={<p>home</p>} />
          </Routes>
        </AuthProvider>
      </MemoryRouter>,
    );

  it('says so when the password is wrong', async () => {
    mockFetch({ 'POST /auth/login': () => json({ status: 401, title: 'Unauthorized', detail: 'Invalid credentials' }, 401) });
    renderAuth(<LoginPage />, '/login');
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'a@b.c' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'nope nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Wrong email or password.');
  });

  it('registers, logs in and goes home', async () => {
    const { calls } = mockFetch({
      'POST /users': () => json({ id: 9, username: 'ada' }, 201),
      'POST /auth/login': () => json({ auth_token: 'A', token_type: 'Bearer', expires_in: 900, user_id: 9, refresh_token: 'R' }),
      '/users/me': () => json({ id: 9, username: 'ada' }),
    });
    renderAuth(<RegisterPage />, '/register');
    fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'ada' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ada@example.com' } });
    fireEvent.change(screen.getByLabelText('First name'), { target: { value: 'Ada' } });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'correct horse' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    });
    await screen.findByText('home');
    expect(JSON.parse(String(calls[0].init.body))).toEqual({ username: 'ada', email: 'ada@example.com', password: 'correct horse', first_name: 'Ada' });
  });

  it('shows the server’s field errors', async () => {
    mockFetch({
      'POST /users': () =>
        json({ status: 422, title: 'Unprocessable Entity', detail: 'Validation failed', errors: [{ loc: ['body', 'email'], msg: 'must be a well-formed email address' }] }, 422),
    });
    renderAuth(<RegisterPage />, '/register');
    fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'ada' } });
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'x@y' } });
    fireEvent.change(screen.getByLabelText('First name'), { target: { value: 'Ada' } });
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'correct horse' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('must be a well-formed email address')).toBeTruthy();
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('helpers', () => {
  it('normalizes playlist entries of any shape', () => {
    expect(normalizeEntries([{ position: 1, song: { id: 4, title: 'x' } }])).toEqual([{ position: 1, song: { id: 4, title: 'x' } }]);
    expect(normalizeEntries([{ position: 2, song_id: 7, title: 'y' }])[0]).toMatchObject({ position: 2, song: { id: 7, title: 'y' } });
    expect(normalizeEntries([{ id: 8, title: 'z' }])[0]).toMatchObject({ position: 1, song: { id: 8 } });
    expect(normalizeEntries(null)).toEqual([]);
  });

  it('finds the lyrics line playing', () => {
    const lines = [{ start_ms: 1000 }, { start_ms: 5000 }, { start_ms: 9000 }];
    expect(activeLine(lines, 0)).toBe(-1);
    expect(activeLine(lines, 1000)).toBe(0);
    expect(activeLine(lines, 8999)).toBe(1);
    expect(activeLine(lines, 60_000)).toBe(2);
  });

  it('moves list items like the server does', () => {
    expect(moveItem([1, 2, 3, 4], 3, 0)).toEqual([4, 1, 2, 3]);
    expect(moveItem([1, 2, 3, 4], 0, 2)).toEqual([2, 3, 1, 4]);
  });
});
