import { useState } from 'react';
import { api } from '../api/endpoints';
import type { Song } from '../api/types';
import { usePlayer } from '../player/PlayerContext';
import { Icon } from './Icon';
import { useToast } from './Toast';

/** Like / unlike a song (PUT/DELETE /songs/{id}/like), optimistic. */
export function LikeButton({ song, onChange }: { song: Song; onChange?: (s: Song) => void }) {
  const [liked, setLiked] = useState(!!song.liked);
  const [busy, setBusy] = useState(false);
  const player = usePlayer();
  const toast = useToast();
  // follow the song when the parent reloads it
  const [seen, setSeen] = useState(song.liked);
  if (seen !== song.liked) {
    setSeen(song.liked);
    setLiked(!!song.liked);
  }
  const toggle = async () => {
    const want = !liked;
    setLiked(want);
    setBusy(true);
    try {
      if (want) await api.like(song.id);
      else await api.unlike(song.id);
      const updated = { ...song, liked: want, like_count: Math.max(0, (song.like_count ?? 0) + (want ? 1 : -1)) };
      player.updateSong(updated);
      onChange?.(updated);
    } catch (e) {
      setLiked(!want);
      toast(e instanceof Error ? e.message : 'Could not save the like', 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className={`icon-btn like-btn${liked ? ' is-liked' : ''}`}
      aria-label={liked ? `Unlike ${song.title}` : `Like ${song.title}`}
      aria-pressed={liked}
      disabled={busy}
      onClick={toggle}
    >
      <Icon name={liked ? 'heart' : 'heartOutline'} />
    </button>
  );
}
