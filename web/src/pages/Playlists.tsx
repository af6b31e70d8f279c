import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../api/client';
import { api } from '../api/endpoints';
import type { PlaylistEntry } from '../api/types';
import { Cover, Mosaic } from '../components/Cover';
import { Icon } from '../components/Icon';
import { LikeButton } from '../components/LikeButton';
import { useToast } from '../components/Toast';
import { formatTime } from '../format';
import { useLoad, useTitle } from '../hooks';
import { usePlayer } from '../player/PlayerContext';
import { Status } from './Browse';

export function PlaylistsPage() {
  useTitle('Playlists');
  const lists = useLoad((s) => api.playlists(s), []);
  const [error, setError] = useState<string | null>(null);
  const nav = useNavigate();
  const create = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const name = String(new FormData(form).get('name') ?? '').trim();
    if (!name) return;
    setError(null);
    try {
      const p = await api.createPlaylist({ name });
      form.reset();
      nav(`/playlist/${p.id}`);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <section>
      <h1>Playlists</h1>
      <form className="inline-form" onSubmit={create} aria-label="New playlist">
        <label htmlFor="new-playlist" className="sr-only">
          Name of a new playlist
        </label>
        <input id="new-playlist" name="name" placeholder="New playlist name" maxLength={100} required />
        <button className="btn btn-primary" type="submit">
          <Icon name="add" /> Create
        </button>
      </form>
      {error && <p className="form-error" role="alert">{error}</p>}
      <Status loading={lists.loading && !lists.data} error={lists.error} />
      {lists.data && lists.data.length === 0 && <p className="empty">No playlists yet: create one, or use a song’s ⋮ menu.</p>}
      {lists.data && lists.data.length > 0 && (
        <ul className="card-grid" aria-label="Your playlists">
          {lists.data.map((p) => (
            <li key={p.id}>
              <Link className="card" to={`/playlist/${p.id}`}>
                <Cover title={p.name} />
                <span className="card-title">{p.name}</span>
                <span className="card-sub">
                  {p.song_count ?? 0} songs{p.duration ? ` · ${formatTime(p.duration)}` : ''}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Move one element of a list (0-based indexes), as the server will. */
export function moveItem<T>(list: T[], from: number, to: number): T[] {
  const out = list.slice();
  const [x] = out.splice(from, 1);
  out.splice(to, 0, x);
  return out;
}

export function PlaylistPage() {
  const { id = '' } = useParams();
  const pid = Number(id);
  const toast = useToast();
  const player = usePlayer();
  const nav = useNavigate();
  const meta = useLoad((s) => api.playlist(id, s), [id]);
  const entries = useLoad((s) => api.playlistEntries(id, s), [id]);
  const etag = useRef<string | null>(null);
  if (meta.data && etag.current === null) etag.current = meta.data.etag;
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const [dragOver, setDragOver] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const list = entries.data ?? [];
  const p = meta.data?.playlist;
  useTitle(p?.name ?? 'Playlist');

  const reload = () => {
    etag.current = null;
    meta.reload();
    entries.reload();
  };

  /** After a write: the new ETag from the answer, else ask for it. */
  const afterWrite = async (tag: string | null) => {
    if (tag) etag.current = tag;
    else {
      try {
        etag.current = (await api.playlist(id)).etag;
      } catch {
        etag.current = null;
      }
    }
  };

  const failed = (e: unknown) => {
    if (e instanceof ApiError && e.status === 412) toast('The playlist changed elsewhere: reloaded it.', 'error');
    else toast(e instanceof Error ? e.message : 'Could not save', 'error');
    reload();
  };

  const move = async (from: number, to: number) => {
    if (from === to || to < 0 || to >= list.length || busy) return;
    entries.setData(moveItem(list, from, to).map((e, i) => ({ ...e, position: i + 1 })));
    setBusy(true);
    try {
      await afterWrite(await api.movePlaylistEntries(pid, from + 1, 1, to + 1, etag.current));
    } catch (e) {
      failed(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (index: number) => {
    const e = list[index];
    entries.setData(list.filter((_, i) => i !== index).map((x, i) => ({ ...x, position: i + 1 })));
    try {
      await afterWrite(await api.removeFromPlaylist(pid, [e.position], etag.current));
      toast(`Removed “${e.song.title}”`);
    } catch (err) {
      failed(err);
    }
  };

  const destroy = async () => {
    if (!p || !window.confirm(`Delete the playlist “${p.name}”?`)) return;
    try {
      await api.deletePlaylist(pid, etag.current);
      toast(`Deleted ${p.name}`);
      nav('/playlist');
    } catch (e) {
      failed(e);
    }
  };

  const songs = list.map((e) => e.song);
  const total = songs.reduce((t, s) => t + (s.duration ?? 0), 0);

  return (
    <section>
      <Status loading={meta.loading && !p} error={meta.error} />
      {p && (
        <header className="hero">
          <Mosaic urls={list.map((e) => e.song.cover_image_url)} title={p.name} size={600} className="cover-hero" />
          <div className="hero-text">
            <span className="eyebrow">Playlist</span>
            <h1>{p.name}</h1>
            {p.description && <p className="description">{p.description}</p>}
            <p className="muted">
              {list.length} songs · {formatTime(p.duration ?? total)}
            </p>
            <div className="actions">
              <button type="button" className="btn btn-primary" disabled={!songs.length} onClick={() => player.playSongs(songs, 0)} aria-label={`Play ${p.name}`}>
                <Icon name="play" /> Play
              </button>
              <button type="button" className="btn btn-danger" onClick={destroy} aria-label={`Delete the playlist ${p.name}`}>
                <Icon name="trash" /> Delete
              </button>
            </div>
          </div>
        </header>
      )}
      <Status loading={entries.loading && !entries.data} error={entries.error} />
      {entries.data && list.length === 0 && <p className="empty">Empty. Add songs with the ⋮ menu next to any song.</p>}
      {list.length > 0 && (
        <>
          <p className="muted small" id="reorder-help">
            Drag a song by its handle to reorder, or use the move up / move down buttons.
          </p>
          <ol className="song-list playlist-entries" aria-label={`Songs of ${p?.name ?? 'the playlist'}`} aria-describedby="reorder-help" aria-busy={busy}>
            {list.map((e: PlaylistEntry, i) => (
              <li
                key={`${e.position}-${e.song.id}`}
                className={`song-row${dragOver === i ? ' drop-target' : ''}${dragFrom === i ? ' dragging' : ''}${player.current?.id === e.song.id ? ' is-current' : ''}`}
                data-song-id={e.song.id}
                data-index={i}
                draggable
                onDragStart={(ev) => {
                  setDragFrom(i);
                  ev.dataTransfer.effectAllowed = 'move';
                  ev.dataTransfer.setData('text/plain', String(i));
                }}
                onDragOver={(ev) => {
                  ev.preventDefault();
                  ev.dataTransfer.dropEffect = 'move';
                  if (dragOver !== i) setDragOver(i);
                }}
                onDragLeave={() => setDragOver((d) => (d === i ? null : d))}
                onDrop={(ev) => {
                  ev.preventDefault();
                  const from = dragFrom ?? Number(ev.dataTransfer.getData('text/plain'));
                  setDragFrom(null);
                  setDragOver(null);
                  if (Number.isInteger(from)) void move(from, i);
                }}
                onDragEnd={() => {
                  setDragFrom(null);
                  setDragOver(null);
                }}
              >
                <span className="drag-handle" aria-hidden="true" title="Drag to reorder">
                  <Icon name="drag" />
                </span>
                <button type="button" className="song-play" aria-label={`Play ${e.song.title}`} onClick={() => player.playSongs(songs, i)}>
                  <span className="track-no">{i + 1}</span>
                  <span className="song-play-icon">
                    <Icon name="play" />
                  </span>
                </button>
                <div className="song-main">
                  <span className="song-title">{e.song.title}</span>
                  <span className="song-sub">{e.song.artist}</span>
                </div>
                <span className="song-duration">{formatTime(e.song.duration)}</span>
                <LikeButton song={e.song} />
                <div className="move-btns">
                  <button type="button" className="icon-btn" aria-label={`Move ${e.song.title} up`} disabled={i === 0 || busy} onClick={() => move(i, i - 1)}>
                    <Icon name="up" />
                  </button>
                  <button type="button" className="icon-btn" aria-label={`Move ${e.song.title} down`} disabled={i === list.length - 1 || busy} onClick={() => move(i, i + 1)}>
                    <Icon name="down" />
                  </button>
                </div>
                <button type="button" className="icon-btn" aria-label={`Remove ${e.song.title} from the playlist`} onClick={() => remove(i)}>
                  <Icon name="close" />
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
