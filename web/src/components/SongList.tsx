import { Link } from 'react-router';
import type { Song } from '../api/types';
import { formatTime } from '../format';
import { usePlayer } from '../player/PlayerContext';
import { Cover } from './Cover';
import { Icon } from './Icon';
import { LikeButton } from './LikeButton';
import { SongMenu } from './SongMenu';

export interface SongListProps {
  songs: Song[];
  /** show the track number instead of the cover */
  numbered?: boolean;
  showAlbum?: boolean;
  label: string;
  onSongChange?: (s: Song) => void;
  extra?: (song: Song, index: number) => Array<{ label: string; action: () => void }>;
}

export function SongList({ songs, numbered, showAlbum = true, label, onSongChange, extra }: SongListProps) {
  const player = usePlayer();
  if (songs.length === 0) return <p className="empty">Nothing here yet.</p>;
  return (
    <ol className="song-list" aria-label={label}>
      {songs.map((s, i) => {
        const isCurrent = player.current?.id === s.id;
        return (
          <li key={`${s.id}-${i}`} className={`song-row${isCurrent ? ' is-current' : ''}`} data-song-id={s.id}>
            <button
              type="button"
              className="song-play"
              aria-label={isCurrent && player.playing ? `Pause ${s.title}` : `Play ${s.title}`}
              onClick={() => (isCurrent ? player.toggle() : player.playSongs(songs, i))}
            >
              {numbered ? (
                <span className="track-no">{s.position ?? s.track_number ?? i + 1}</span>
              ) : (
                <Cover url={s.cover_image_url} title={s.title} size={96} className="cover-sm" />
              )}
              <span className="song-play-icon">
                <Icon name={isCurrent && player.playing ? 'pause' : 'play'} />
              </span>
            </button>
            <div className="song-main">
              <span className="song-title">{s.title}</span>
              <span className="song-sub">
                {s.artist_id ? <Link to={`/artist/${s.artist_id}`}>{s.artist}</Link> : s.artist}
                {showAlbum && s.album && (
                  <>
                    <span className="dot" aria-hidden="true"> · </span>
                    {s.album_id ? <Link to={`/album/${s.album_id}`}>{s.album}</Link> : s.album}
                  </>
                )}
              </span>
            </div>
            <span className="song-duration">{formatTime(s.duration)}</span>
            <LikeButton song={s} onChange={onSongChange} />
            <SongMenu song={s} extra={extra?.(s, i)} />
          </li>
        );
      })}
    </ol>
  );
}
