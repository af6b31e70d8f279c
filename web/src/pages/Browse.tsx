import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api/endpoints';
import type { Album, Artist, Song } from '../api/types';
import { Cover } from '../components/Cover';
import { Icon } from '../components/Icon';
import { SongList } from '../components/SongList';
import { formatTime } from '../format';
import { useLoad, useTitle } from '../hooks';
import { usePlayer } from '../player/PlayerContext';

export function Status({ loading, error }: { loading: boolean; error: Error | null }) {
  if (error) return <p className="form-error" role="alert">{error.message}</p>;
  if (loading) return <p className="muted" aria-live="polite">Loading…</p>;
  return null;
}

export function AlbumGrid({ albums, label }: { albums: Album[]; label: string }) {
  if (albums.length === 0) return <p className="empty">No albums yet.</p>;
  return (
    <ul className="card-grid" aria-label={label}>
      {albums.map((a) => (
        <li key={a.id}>
          <Link className="card" to={`/album/${a.id}`}>
            <Cover url={a.cover_image_url} title={a.title} size={300} />
            <span className="card-title">{a.title}</span>
            <span className="card-sub">
              {a.artist}
              {a.year ? ` · ${a.year}` : ''}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

export function ArtistGrid({ artists, label, covers }: { artists: Artist[]; label: string; covers?: Map<number, string> }) {
  if (artists.length === 0) return <p className="empty">No artists yet.</p>;
  return (
    <ul className="card-grid" aria-label={label}>
      {artists.map((a) => (
        <li key={a.id}>
          <Link className="card card-artist" to={`/artist/${a.id}`}>
            <Cover url={covers?.get(a.id)} title={a.name} className="cover-round" />
            <span className="card-title">{a.name}</span>
            <span className="card-sub">
              {a.album_count ?? 0} album{a.album_count === 1 ? '' : 's'} · {a.song_count ?? 0} songs
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** A compact grid of songs to start playing with one click (recently played, most played). */
export function SongTiles({ songs, label }: { songs: Song[]; label: string }) {
  const player = usePlayer();
  return (
    <ul className="tiles" aria-label={label}>
      {songs.map((s, i) => (
        <li key={`${s.id}-${i}`}>
          <button type="button" className="tile" onClick={() => player.playSongs(songs, i)} aria-label={`Play ${s.title} by ${s.artist ?? 'unknown artist'}`}>
            <Cover url={s.cover_image_url} title={s.title} size={96} className="cover-sm" />
            <span className="song-main">
              <span className="song-title">{s.title}</span>
              <span className="song-sub">{s.artist}</span>
            </span>
            <span className="tile-play" aria-hidden="true">
              <Icon name="play" />
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

export function HomePage() {
  useTitle('Home');
  const albums = useLoad((s) => api.albums({ limit: 200, sort: 'title' }, s), []);
  // extras: a failure only hides their section
  const recent = useLoad(async (s) => {
    const plays = await api.history(s, 30).catch(() => []);
    const seen = new Set<number>();
    return plays.map((p) => p.song).filter((x) => !seen.has(x.id) && seen.add(x.id)).slice(0, 6);
  }, []);
  const top = useLoad((s) => api.top('month', 6, s).catch(() => [] as Song[]), []);
  const first = recent.data?.length ? 'recent' : top.data?.length ? 'top' : 'albums';
  return (
    <section>
      <h1 className="sr-only">Home</h1>
      {recent.data && recent.data.length > 0 && (
        <>
          <h2 className="first-h2">Recently played</h2>
          <SongTiles songs={recent.data} label="Recently played" />
        </>
      )}
      {top.data && top.data.length > 0 && (
        <>
          <h2 className={first === 'top' ? 'first-h2' : ''}>Most played this month</h2>
          <SongTiles songs={top.data} label="Most played this month" />
        </>
      )}
      <h2 className={first === 'albums' ? 'first-h2' : ''}>Albums</h2>
      <Status loading={albums.loading && !albums.data} error={albums.error} />
      {albums.data && <AlbumGrid albums={albums.data.items} label="Albums" />}
    </section>
  );
}

export function ArtistsPage() {
  useTitle('Artists');
  const artists = useLoad((s) => api.artists({ limit: 200 }, s), []);
  // an artist's picture: the cover of one of their albums (one request for all)
  const covers = useLoad(async (s) => {
    const m = new Map<number, string>();
    const albums = await api.albums({ limit: 200, sort: 'year' }, s).catch(() => ({ items: [] as Album[] }));
    for (const a of albums.items) if (a.artist_id && a.cover_image_url && !m.has(a.artist_id)) m.set(a.artist_id, a.cover_image_url);
    return m;
  }, []);
  return (
    <section>
      <h1>Artists</h1>
      <Status loading={artists.loading && !artists.data} error={artists.error} />
      {artists.data && <ArtistGrid artists={artists.data.items} label="Artists" covers={covers.data ?? undefined} />}
    </section>
  );
}

function PlayButtons({ songs, what }: { songs: Song[]; what: string }) {
  const player = usePlayer();
  return (
    <div className="actions">
      <button type="button" className="btn btn-primary" disabled={!songs.length} onClick={() => player.playSongs(songs, 0)} aria-label={`Play ${what}`}>
        <Icon name="play" /> Play
      </button>
      <button
        type="button"
        className="btn"
        disabled={!songs.length}
        aria-label={`Shuffle ${what}`}
        onClick={() => {
          if (!player.queue.shuffle) player.toggleShuffle();
          player.playSongs(songs, Math.floor(Math.random() * songs.length));
        }}
      >
        <Icon name="shuffle" /> Shuffle
      </button>
      <button type="button" className="btn" disabled={!songs.length} onClick={() => player.enqueue(songs)} aria-label={`Add ${what} to the queue`}>
        <Icon name="queue" /> Queue
      </button>
    </div>
  );
}

export function AlbumPage() {
  const { id = '' } = useParams();
  const album = useLoad((s) => api.album(id, s), [id]);
  const songs = useLoad((s) => api.albumSongs(id, s), [id]);
  const a = album.data;
  useTitle(a?.title ?? 'Album');
  const total = a?.duration ?? songs.data?.reduce((t, s) => t + (s.duration ?? 0), 0) ?? 0;
  return (
    <section>
      <Status loading={album.loading && !a} error={album.error} />
      {a && (
        <header className="hero">
          <Cover url={a.cover_image_url} title={a.title} size={600} className="cover-hero" />
          <div className="hero-text">
            <span className="eyebrow">Album</span>
            <h1>{a.title}</h1>
            <p className="muted">
              {a.artist_id ? <Link to={`/artist/${a.artist_id}`}>{a.artist}</Link> : a.artist}
              {a.year ? ` · ${a.year}` : ''}
              {a.genre ? ` · ${a.genre}` : ''} · {a.song_count ?? songs.data?.length ?? 0} songs · {formatTime(total)}
            </p>
            {a.description && <p className="description">{a.description}</p>}
            <PlayButtons songs={songs.data ?? []} what={a.title} />
          </div>
        </header>
      )}
      <Status loading={songs.loading && !songs.data} error={songs.error} />
      {songs.data && <SongList songs={songs.data} numbered showAlbum={false} label={`Tracks of ${a?.title ?? 'the album'}`} />}
    </section>
  );
}

export function ArtistPage() {
  const { id = '' } = useParams();
  const artist = useLoad((s) => api.artist(id, s), [id]);
  const albums = useLoad((s) => api.artistAlbums(id, s), [id]);
  const songs = useLoad((s) => api.artistSongs(id, s), [id]);
  const a = artist.data;
  useTitle(a?.name ?? 'Artist');
  return (
    <section>
      <Status loading={artist.loading && !a} error={artist.error} />
      {a && (
        <header className="hero">
          <Cover url={albums.data?.find((x) => x.cover_image_url)?.cover_image_url} title={a.name} size={600} className="cover-hero cover-round" />
          <div className="hero-text">
            <span className="eyebrow">Artist</span>
            <h1>{a.name}</h1>
            <p className="muted">
              {a.album_count ?? 0} albums · {a.song_count ?? 0} songs
            </p>
            <PlayButtons songs={songs.data ?? []} what={a.name} />
          </div>
        </header>
      )}
      <h2>Albums</h2>
      {albums.data && <AlbumGrid albums={albums.data} label={`Albums by ${a?.name ?? 'the artist'}`} />}
      <h2>Songs</h2>
      {songs.data && <SongList songs={songs.data} label={`Songs by ${a?.name ?? 'the artist'}`} />}
    </section>
  );
}

export function SongsPage() {
  useTitle('Songs');
  const [pages, setPages] = useState(1);
  const songs = useLoad((s) => api.songs({ limit: 50 * pages, sort: 'title' }, s), [pages]);
  const [local, setLocal] = useState<Record<number, Song>>({});
  const list = (songs.data?.items ?? []).map((s) => local[s.id] ?? s);
  return (
    <section>
      <h1>Songs</h1>
      {songs.data?.total !== null && songs.data?.total !== undefined && <p className="muted">{songs.data.total} songs</p>}
      <Status loading={songs.loading && !songs.data} error={songs.error} />
      {songs.data && <SongList songs={list} label="Songs" onSongChange={(s) => setLocal((l) => ({ ...l, [s.id]: s }))} />}
      {songs.data && songs.data.total !== null && list.length < songs.data.total && pages < 4 && (
        <button type="button" className="btn" onClick={() => setPages((p) => p + 1)}>
          Show more
        </button>
      )}
    </section>
  );
}
