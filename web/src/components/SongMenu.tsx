// The "more" menu of a song: queue it, or add it to a playlist (or a new one).
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/endpoints';
import type { Playlist, Song } from '../api/types';
import { usePlayer } from '../player/PlayerContext';
import { Icon } from './Icon';
import { useToast } from './Toast';

export function SongMenu({ song, extra }: { song: Song; extra?: Array<{ label: string; action: () => void }> }) {
  const [open, setOpen] = useState(false);
  const [playlists, setPlaylists] = useState<Playlist[] | null>(null);
  const player = usePlayer();
  const toast = useToast();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const ctl = new AbortController();
    api.playlists(ctl.signal).then(setPlaylists, () => setPlaylists([]));
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    // focus the first item for keyboard users
    requestAnimationFrame(() => root.current?.querySelector<HTMLButtonElement>('[role=menuitem]')?.focus());
    return () => {
      ctl.abort();
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  const addTo = async (p: Playlist) => {
    close();
    try {
      await api.addToPlaylist(p.id, [song.id]);
      toast(`Added “${song.title}” to ${p.name}`);
    } catch (e) {
      toast(e instanceof Error ? e.message : 'Could not add the song', 'error');
    }
  };

  const addToNew = async () => {
    const name = window.prompt('Name of the new playlist', song.title);
    close();
    if (!name) return;
    try {
      const p = await api.createPlaylist({ name: name.slice(0, 100) });
      await api.addToPlaylist(p.id, [song.id]);
      toast(`Created ${p.name} with “${song.title}”`);
    } catch (e) {
      toast(e instanceof Error ? e.message : 'Could not create the playlist', 'error');
    }
  };

  const onMenuKey = (e: React.KeyboardEvent) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = Array.from(root.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]') ?? []);
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    const n = e.key === 'ArrowDown' ? (i + 1) % items.length : (i - 1 + items.length) % items.length;
    items[n]?.focus();
  };

  return (
    <div className="menu-root" ref={root}>
      <button
        ref={button}
        type="button"
        className="icon-btn"
        aria-label={`More actions for ${song.title}`}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
      >
        <Icon name="more" />
      </button>
      {open && (
        <div className="menu" role="menu" aria-label={`Actions for ${song.title}`} onKeyDown={onMenuKey}>
          <button role="menuitem" type="button" onClick={() => { player.playNext([song]); toast('Plays next'); close(); }}>
            Play next
          </button>
          <button role="menuitem" type="button" onClick={() => { player.enqueue([song]); toast('Added to the queue'); close(); }}>
            Add to queue
          </button>
          {extra?.map((x) => (
            <button key={x.label} role="menuitem" type="button" onClick={() => { close(); x.action(); }}>
              {x.label}
            </button>
          ))}
          <div className="menu-sep" role="separator" />
          <div className="menu-label">Add to playlist</div>
          {playlists === null && <div className="menu-label muted">Loading…</div>}
          {playlists?.map((p) => (
            <button key={p.id} role="menuitem" type="button" onClick={() => addTo(p)}>
              {p.name}
            </button>
          ))}
          <button role="menuitem" type="button" onClick={addToNew}>
            <Icon name="add" size={16} /> New playlist…
          </button>
        </div>
      )}
    </div>
  );
}
