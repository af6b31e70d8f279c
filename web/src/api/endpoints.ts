// Typed calls to the public REST API (DESIGN §5, §7-§10). Paths are origin-relative: the
// gateway (or Vite's dev proxy) routes them to the services.
import { client, type ApiClient } from './client';
import type {
  Album,
  Artist,
  Lyrics,
  Page,
  Play,
  PlayQueue,
  Playlist,
  PlaylistEntry,
  ScanStatus,
  SearchResult,
  Song,
  StreamUrl,
  User,
} from './types';

export function qs(params: Record<string, string | number | boolean | undefined | null>): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function makeApi(c: ApiClient) {
  async function page<T>(path: string, signal?: AbortSignal): Promise<Page<T>> {
    const res = await c.request<T[]>(path, { signal });
    const total = res.headers.get('X-Total-Count');
    return { items: res.data ?? [], total: total === null ? null : Number(total) };
  }

  return {
    register: (body: { username: string; email: string; password: string; first_name: string; last_name?: string }) =>
      c.request<User>('/users', { method: 'POST', body, anonymous: true }).then((r) => r.data),
    me: (signal?: AbortSignal) => c.get<User>('/users/me', signal),

    albums: (p: { limit?: number; offset?: number; sort?: string; q?: string } = {}, signal?: AbortSignal) =>
      page<Album>(`/albums${qs({ limit: 50, ...p })}`, signal),
    album: (id: number | string, signal?: AbortSignal) => c.get<Album>(`/albums/${id}`, signal),
    albumSongs: (id: number | string, signal?: AbortSignal) => c.get<Song[]>(`/albums/${id}/songs?limit=200`, signal),
    artists: (p: { limit?: number; offset?: number; q?: string } = {}, signal?: AbortSignal) =>
      page<Artist>(`/artists${qs({ limit: 100, sort: 'name', ...p })}`, signal),
    artist: (id: number | string, signal?: AbortSignal) => c.get<Artist>(`/artists/${id}`, signal),
    artistAlbums: (id: number | string, signal?: AbortSignal) => c.get<Album[]>(`/artists/${id}/albums?limit=200`, signal),
    artistSongs: (id: number | string, signal?: AbortSignal) => c.get<Song[]>(`/artists/${id}/songs?limit=200`, signal),
    songs: (p: { limit?: number; offset?: number; sort?: string; q?: string } = {}, signal?: AbortSignal) =>
      page<Song>(`/songs${qs({ limit: 50, ...p })}`, signal),
    search: (q: string, limit = 8, signal?: AbortSignal) => c.get<SearchResult>(`/search${qs({ q, limit })}`, signal),

    like: (id: number) => c.request(`/songs/${id}/like`, { method: 'PUT' }),
    unlike: (id: number) => c.request(`/songs/${id}/like`, { method: 'DELETE' }),
    liked: (signal?: AbortSignal) => c.get<Song[]>('/songs/liked?limit=200', signal),
    history: (signal?: AbortSignal, limit = 100) => c.get<Play[]>(`/me/plays?limit=${limit}`, signal),
    top: (period: 'week' | 'month' | 'all', limit = 6, signal?: AbortSignal) =>
      c.get<Song[]>(`/songs/top${qs({ period, limit })}`, signal),
    reportPlay: (id: number, body: { submission: boolean; played_at?: string; seconds?: number }) =>
      c.request(`/songs/${id}/plays`, { method: 'POST', body }),

    /** A signed URL for <audio>; `format` asks for a transcode (for originals the browser cannot decode). */
    lyrics: (id: number, signal?: AbortSignal) => c.get<Lyrics>(`/songs/${id}/lyrics`, signal),
    song: (id: number, signal?: AbortSignal) => c.get<Song>(`/songs/${id}`, signal),
    getQueue: (signal?: AbortSignal) => c.get<PlayQueue>('/me/queue', signal),
    saveQueue: (q: { song_ids: number[]; current_index: number; position_ms: number; changed_by?: string }) =>
      c.request<PlayQueue>('/me/queue', { method: 'PUT', body: q }),
    streamUrl: (id: number, format?: 'mp3' | 'opus' | 'aac') => c.get<StreamUrl>(`/songs/${id}/stream-url${qs({ format })}`),

    startScan: () => c.request<ScanStatus>('/library/scans', { method: 'POST' }).then((r) => r.data),
    scanStatus: (signal?: AbortSignal) => c.get<ScanStatus>('/library/scans/current', signal),

    playlists: (signal?: AbortSignal) => c.get<Playlist[]>('/playlists?owner=me&limit=200', signal),
    playlist: async (id: number | string, signal?: AbortSignal) => {
      const res = await c.request<Playlist>(`/playlists/${id}`, { signal });
      return { playlist: res.data, etag: res.headers.get('ETag') ?? versionTag(res.data) };
    },
    playlistEntries: async (id: number | string, signal?: AbortSignal) =>
      normalizeEntries(await c.get<unknown[]>(`/playlists/${id}/songs?limit=200`, signal)),
    createPlaylist: (body: { name: string; description?: string; public?: boolean }) =>
      c.request<Playlist>('/playlists', { method: 'POST', body }).then((r) => r.data),
    deletePlaylist: (id: number, etag?: string | null) =>
      c.request(`/playlists/${id}`, { method: 'DELETE', headers: ifMatch(etag) }),
    addToPlaylist: (id: number, songIds: number[], etag?: string | null) =>
      c.request(`/playlists/${id}/songs`, { method: 'POST', body: { song_ids: songIds }, headers: ifMatch(etag) }).then(etagOf),
    removeFromPlaylist: (id: number, positions: number[], etag?: string | null) =>
      c.request(`/playlists/${id}/songs`, { method: 'DELETE', body: { positions }, headers: ifMatch(etag) }).then(etagOf),
    /** Move `count` entries starting at 1-based `from` so that the first of them ends at position `to`. */
    movePlaylistEntries: (id: number, from: number, count: number, to: number, etag?: string | null) =>
      c
        .request(`/playlists/${id}/songs/move`, { method: 'POST', body: { from, count, to }, headers: ifMatch(etag) })
        .then(etagOf),
  };
}

function ifMatch(etag?: string | null): Record<string, string> {
  return etag ? { 'If-Match': etag } : {};
}

function versionTag(p: Playlist | null): string | null {
  return p && typeof p.version === 'number' ? `"${p.version}"` : null;
}

/** The new ETag after a write: the header, or the version of a returned playlist, or null (reload). */
function etagOf(res: { headers: Headers; data: unknown }): string | null {
  const h = res.headers.get('ETag');
  if (h) return h;
  const d = res.data as Playlist | null;
  return d && typeof d === 'object' && 'version' in d ? versionTag(d) : null;
}

/**
 * A playlist's songs, whichever shape the service answers with: entries `{position, song}`,
 * entries `{position, song_id, ...song}` or plain songs (with or without `position`).
 */
export function normalizeEntries(rows: unknown[] | null): PlaylistEntry[] {
  return (rows ?? []).map((row, i) => {
    const r = row as Record<string, unknown>;
    const position = typeof r.position === 'number' ? r.position : i + 1;
    if (r.song && typeof r.song === 'object') return { position, song: r.song as Song };
    const song = { ...(r as object) } as Song;
    if (typeof r.song_id === 'number') song.id = r.song_id;
    return { position, song };
  });
}

export const api = makeApi(client);
export type Api = ReturnType<typeof makeApi>;
