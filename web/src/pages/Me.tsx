import { useSearchParams } from 'react-router';
import { api } from '../api/endpoints';
import type { Song } from '../api/types';
import { SongList } from '../components/SongList';
import { formatDate } from '../format';
import { useLoad, useTitle } from '../hooks';
import { AlbumGrid, ArtistGrid, Status } from './Browse';
import { Cover } from '../components/Cover';
import { usePlayer } from '../player/PlayerContext';
import { Icon } from '../components/Icon';

export function SearchPage() {
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  useTitle(q ? `Search: ${q}` : 'Search');
  // the search box debounces typing; this page searches whatever the URL says
  const res = useLoad((s) => (q ? api.search(q, 10, s) : Promise.resolve(null)), [q]);
  const r = res.data;
  return (
    <section>
      <h1>{q ? <>Results for “{q}”</> : 'Search'}</h1>
      {!q && <p className="muted">Type in the search box to find artists, albums and songs.</p>}
      <Status loading={res.loading && !!q && !r} error={res.error} />
      {r && r.artists.length + r.albums.length + r.songs.length === 0 && <p className="empty">Nothing matches “{q}”.</p>}
      {r && r.songs.length > 0 && (
        <>
          <h2>Songs</h2>
          <SongList songs={r.songs} label="Matching songs" />
        </>
      )}
      {r && r.albums.length > 0 && (
        <>
          <h2>Albums</h2>
          <AlbumGrid albums={r.albums} label="Matching albums" />
        </>
      )}
      {r && r.artists.length > 0 && (
        <>
          <h2>Artists</h2>
          <ArtistGrid artists={r.artists} label="Matching artists" />
        </>
      )}
    </section>
  );
}

export function LikedPage() {
  useTitle('Liked songs');
  const liked = useLoad((s) => api.liked(s), []);
  const player = usePlayer();
  const onChange = (s: Song) => {
    if (!s.liked) liked.setData((xs) => (xs ? xs.filter((x) => x.id !== s.id) : xs));
  };
  return (
    <section>
      <h1>Liked songs</h1>
      {liked.data && liked.data.length > 0 && (
        <div className="actions">
          <button type="button" className="btn btn-primary" onClick={() => player.playSongs(liked.data!, 0)} aria-label="Play liked songs">
            <Icon name="play" /> Play
          </button>
        </div>
      )}
      <Status loading={liked.loading && !liked.data} error={liked.error} />
      {liked.data && <SongList songs={liked.data} label="Liked songs" onSongChange={onChange} />}
    </section>
  );
}

export function HistoryPage() {
  useTitle('History');
  const plays = useLoad((s) => api.history(s), []);
  const player = usePlayer();
  return (
    <section>
      <h1>History</h1>
      <Status loading={plays.loading && !plays.data} error={plays.error} />
      {plays.data && plays.data.length === 0 && <p className="empty">Songs you listen to show up here.</p>}
      {plays.data && plays.data.length > 0 && (
        <ol className="history" aria-label="Recently played">
          {plays.data.map((p, i) => (
            <li key={p.id}>
              <button
                type="button"
                className="history-item"
                onClick={() => player.playSongs(plays.data!.map((x) => x.song), i)}
                aria-label={`Play ${p.song.title} again`}
              >
                <Cover url={p.song.cover_image_url} title={p.song.title} size={96} className="cover-sm" />
                <span className="song-main">
                  <span className="song-title">{p.song.title}</span>
                  <span className="song-sub">{p.song.artist}</span>
                </span>
                <time className="muted small" dateTime={p.played_at}>
                  {formatDate(p.played_at)}
                </time>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
