// The one <audio> element of the app and the queue around it. The provider sits above the
// router's views, so playback goes on while the user navigates.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { client } from '../api/client';
import { api as defaultApi, type Api } from '../api/endpoints';
import type { Song } from '../api/types';
import { coverUrl } from '../components/Cover';
import * as Q from './queue';

export interface PlayerApi {
  queue: Q.QueueState;
  current: Song | null;
  playing: boolean;
  loading: boolean;
  error: string | null;
  volume: number;
  muted: boolean;
  playSongs: (songs: Song[], start?: number) => void;
  enqueue: (songs: Song[]) => void;
  playNext: (songs: Song[]) => void;
  toggle: () => void;
  next: () => void;
  previous: () => void;
  jumpTo: (pos: number) => void;
  removeAt: (pos: number) => void;
  seek: (seconds: number) => void;
  setVolume: (v: number) => void;
  toggleMute: () => void;
  toggleShuffle: () => void;
  cycleRepeat: () => void;
  /** replace a song everywhere in the queue (e.g. after a like) */
  updateSong: (song: Song) => void;
}

export interface PlayerTime {
  currentTime: number;
  duration: number;
}

const PlayerContext = createContext<PlayerApi | null>(null);
const TimeContext = createContext<PlayerTime>({ currentTime: 0, duration: 0 });

export function usePlayer(): PlayerApi {
  const ctx = useContext(PlayerContext);
  if (!ctx) throw new Error('usePlayer outside PlayerProvider');
  return ctx;
}

export function usePlayerTime(): PlayerTime {
  return useContext(TimeContext);
}

function storedVolume(): number {
  try {
    const v = Number(localStorage.getItem('musicplayer.volume'));
    return Number.isFinite(v) && v > 0 && v <= 1 ? v : 0.8;
  } catch {
    return 0.8;
  }
}

export function PlayerProvider({ children, api = defaultApi, sync = true }: { children: ReactNode; api?: Api; sync?: boolean }) {
  const audioRef = useRef<HTMLAudioElement>(null);
  const [queue, setQueue] = useState<Q.QueueState>(Q.emptyQueue);
  const [playing, setPlaying] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [time, setTime] = useState<PlayerTime>({ currentTime: 0, duration: 0 });
  const [volume, setVolumeState] = useState(storedVolume);
  const [muted, setMuted] = useState(false);
  // bumps to reload the same song (play again from the start)
  const [loadSeq, setLoadSeq] = useState(0);
  const queueRef = useRef(queue);
  queueRef.current = queue;
  // a queue restored from the server loads paused at its saved position
  const autoplay = useRef(true);
  const resumeAt = useRef<number | null>(null);

  const current = Q.current(queue);
  const currentId = current?.id ?? null;

  // what was heard of the current song, for the play report
  const heard = useRef({ songId: 0, seconds: 0, last: 0, startedAt: '', duration: 0, sent: false });

  /** Report a play once half the song (at most 30 s) was heard; `reset` starts over for the next one. */
  const submitPlay = useCallback(
    (reset = true) => {
      const h = heard.current;
      if (h.songId && !h.sent) {
        const threshold = Math.min(30, h.duration > 0 ? h.duration / 2 : 30);
        if (h.seconds >= threshold) {
          h.sent = true;
          api
            .reportPlay(h.songId, { submission: true, played_at: h.startedAt, seconds: Math.round(h.seconds) })
            .catch(() => undefined);
        }
      }
      if (reset) heard.current = { songId: 0, seconds: 0, last: 0, startedAt: '', duration: 0, sent: false };
    },
    [api],
  );

  // load the current song: a signed stream URL (the <audio> element cannot send a token)
  useEffect(() => {
    const audio = audioRef.current;
    if (!audio) return;
    submitPlay();
    if (currentId === null) {
      audio.removeAttribute('src');
      audio.load();
      setPlaying(false);
      setTime({ currentTime: 0, duration: 0 });
      return;
    }
    let cancelled = false;
    setLoading(true);
    setError(null);
    setTime({ currentTime: 0, duration: current?.duration ?? 0 });
    api
      .streamUrl(currentId)
      .then(({ url }) => {
        if (cancelled) return;
        audio.src = url;
        heard.current = {
          songId: currentId,
          seconds: 0,
          last: 0,
          startedAt: new Date().toISOString(),
          duration: current?.duration ?? 0,
          sent: false,
        };
        if (!autoplay.current) {
          autoplay.current = true;
          const at = resumeAt.current;
          resumeAt.current = null;
          if (at) audio.addEventListener('loadedmetadata', () => (audio.currentTime = at), { once: true });
          return;
        }
        api.reportPlay(currentId, { submission: false }).catch(() => undefined);
        return audio.play().catch((e: unknown) => {
          // autoplay refused (no user gesture yet) or the load was superseded: not fatal
          if (e instanceof DOMException && e.name === 'NotAllowedError') setPlaying(false);
        });
      })
      .catch((e: unknown) => {
        if (!cancelled) setError(e instanceof Error ? e.message : 'Could not load the song');
      })
      .finally(() => {
        if (!cancelled) setLoading(false);
      });
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [currentId, loadSeq, api]);

  // The play queue on the server (GET/PUT /me/queue): restored after login when nothing is
  // queued here, saved (debounced) when it changes and every 15 s while playing.
  const [userId, setUserId] = useState(() => client.getTokens()?.userId ?? null);
  useEffect(() => client.subscribe((t) => setUserId(t?.userId ?? null)), []);
  const restoring = useRef(false);
  useEffect(() => {
    if (!sync || userId === null || queueRef.current.items.length > 0) return;
    const ctl = new AbortController();
    restoring.current = true;
    (async () => {
      const saved = await api.getQueue(ctl.signal);
      const ids = (saved?.song_ids ?? []).slice(0, 200);
      if (!ids.length || queueRef.current.items.length > 0) return;
      const songs: Song[] = [];
      for (let i = 0; i < ids.length; i += 8) {
        const batch = await Promise.all(ids.slice(i, i + 8).map((id) => api.song(id, ctl.signal).catch(() => null)));
        for (const s of batch) if (s) songs.push(s);
      }
      if (ctl.signal.aborted || !songs.length || queueRef.current.items.length > 0) return;
      const index = Math.min(Math.max(saved.current_index ?? 0, 0), songs.length - 1);
      autoplay.current = false;
      resumeAt.current = (saved.position_ms ?? 0) / 1000;
      setQueue((q) => Q.playList({ ...q, shuffle: false }, songs, index));
    })()
      .catch(() => undefined)
      .finally(() => {
        restoring.current = false;
      });
    return () => ctl.abort();
  }, [api, sync, userId]);

  const saveQueue = useCallback(() => {
    const q = queueRef.current;
    if (!sync || restoring.current || !client.getTokens() || q.items.length === 0 || q.pos < 0) return;
    const position = audioRef.current?.currentTime ?? 0;
    api
      .saveQueue({
        song_ids: Q.upcoming(q).map((s) => s.id),
        current_index: q.pos,
        position_ms: Math.round((Number.isFinite(position) ? position : 0) * 1000),
        changed_by: 'MusicPlayer web',
      })
      .catch(() => undefined);
  }, [api, sync]);

  useEffect(() => {
    const t = setTimeout(saveQueue, 1500);
    return () => clearTimeout(t);
  }, [queue.items, queue.order, queue.pos, saveQueue]);

  useEffect(() => {
    if (!playing) return;
    const t = setInterval(saveQueue, 15_000);
    return () => clearInterval(t);
  }, [playing, saveQueue]);

  useEffect(() => {
    const audio = audioRef.current;
    if (audio) {
      audio.volume = volume;
      audio.muted = muted;
    }
    try {
      localStorage.setItem('musicplayer.volume', String(volume));
    } catch {
      // private mode
    }
  }, [volume, muted]);

  const advance = useCallback((auto: boolean) => {
    const { state, ended } = Q.next(queueRef.current, auto);
    if (ended) {
      setPlaying(false);
      return;
    }
    if (state.pos === queueRef.current.pos) {
      // the same song again (repeat one, or a one-song queue with repeat all)
      const audio = audioRef.current;
      if (audio) {
        submitPlay();
        audio.currentTime = 0;
        heard.current = {
          songId: Q.current(state)?.id ?? 0,
          seconds: 0,
          last: 0,
          startedAt: new Date().toISOString(),
          duration: audio.duration || 0,
          sent: false,
        };
        audio.play().catch(() => undefined);
      }
      return;
    }
    setQueue(state);
  }, [submitPlay]);

  // audio element events
  const retried = useRef(0);
  const onTimeUpdate = () => {
    const a = audioRef.current!;
    const h = heard.current;
    const delta = a.currentTime - h.last;
    if (delta > 0 && delta < 2) h.seconds += delta;
    h.last = a.currentTime;
    if (!h.duration && Number.isFinite(a.duration)) h.duration = a.duration;
    submitPlay(false);
    setTime({ currentTime: a.currentTime, duration: Number.isFinite(a.duration) ? a.duration : current?.duration ?? 0 });
  };
  const onError = () => {
    const a = audioRef.current!;
    if (!a.getAttribute('src') || currentId === null) return;
    // First a signed URL that expired (403): fetch a new one and go on where we were. Then an
    // original this browser cannot decode (e.g. AIFF): ask for an MP3 transcode.
    if (retried.current < 2) {
      retried.current += 1;
      const at = a.currentTime;
      api
        .streamUrl(currentId, retried.current === 2 ? 'mp3' : undefined)
        .then(({ url }) => {
          a.src = url;
          a.currentTime = at;
          return a.play();
        })
        .catch(() => setError('Could not play this song'));
      return;
    }
    setError('Could not play this song');
    setPlaying(false);
  };

  useEffect(() => {
    retried.current = 0;
  }, [currentId]);

  // Media Session: lock screen / hardware keys
  useEffect(() => {
    if (!('mediaSession' in navigator) || !current || typeof MediaMetadata === 'undefined') return;
    const cover = coverUrl(current.cover_image_url, 512);
    navigator.mediaSession.metadata = new MediaMetadata({
      title: current.title,
      artist: current.artist ?? '',
      album: current.album ?? '',
      artwork: cover ? [{ src: cover, sizes: '512x512' }] : [],
    });
  }, [current]);

  const actions = useMemo(
    () => ({
      playSongs: (songs: Song[], start = 0) => {
        setQueue((q) => Q.playList(q, songs, start));
        setLoadSeq((n) => n + 1);
      },
      enqueue: (songs: Song[]) => setQueue((q) => Q.enqueue(q, songs)),
      playNext: (songs: Song[]) => setQueue((q) => Q.playNext(q, songs)),
      toggle: () => {
        const a = audioRef.current;
        if (!a || queueRef.current.pos < 0) return;
        if (a.paused) a.play().catch(() => undefined);
        else a.pause();
      },
      next: () => advance(false),
      previous: () => {
        const a = audioRef.current;
        if (a && a.currentTime > 3) {
          a.currentTime = 0;
          return;
        }
        const p = Q.prev(queueRef.current);
        if (p.pos === queueRef.current.pos && a) a.currentTime = 0;
        else setQueue(p);
      },
      jumpTo: (pos: number) => {
        if (pos === queueRef.current.pos) setLoadSeq((n) => n + 1);
        setQueue((q) => Q.jumpTo(q, pos));
      },
      removeAt: (pos: number) => setQueue((q) => Q.removeAt(q, pos)),
      seek: (seconds: number) => {
        const a = audioRef.current;
        if (!a || !Number.isFinite(seconds)) return;
        a.currentTime = Math.max(0, seconds);
        setTime((t) => ({ ...t, currentTime: a.currentTime }));
      },
      setVolume: (v: number) => {
        setVolumeState(Math.min(1, Math.max(0, v)));
        setMuted(false);
      },
      toggleMute: () => setMuted((m) => !m),
      toggleShuffle: () => setQueue((q) => Q.setShuffle(q, !q.shuffle)),
      cycleRepeat: () => setQueue((q) => ({ ...q, repeat: Q.cycleRepeat(q.repeat) })),
      updateSong: (song: Song) =>
        setQueue((q) =>
          q.items.some((s) => s.id === song.id)
            ? { ...q, items: q.items.map((s) => (s.id === song.id ? { ...s, ...song } : s)) }
            : q,
        ),
    }),
    [advance],
  );

  // Space plays/pauses when the focus is not on something that uses the key itself
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== ' ' || e.repeat || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && t.closest('input, textarea, select, button, a, [contenteditable="true"], [role="menu"]')) return;
      if (queueRef.current.pos < 0) return;
      e.preventDefault();
      actions.toggle();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [actions]);

  useEffect(() => {
    if (!('mediaSession' in navigator)) return;
    const ms = navigator.mediaSession;
    const set = (a: MediaSessionAction, h: MediaSessionActionHandler | null) => {
      try {
        ms.setActionHandler(a, h);
      } catch {
        // unsupported action
      }
    };
    set('nexttrack', () => actions.next());
    set('previoustrack', () => actions.previous());
    return () => {
      set('nexttrack', null);
      set('previoustrack', null);
    };
  }, [actions]);

  const value = useMemo<PlayerApi>(
    () => ({ queue, current, playing, loading, error, volume, muted, ...actions }),
    [queue, current, playing, loading, error, volume, muted, actions],
  );

  return (
    <PlayerContext.Provider value={value}>
      <TimeContext.Provider value={time}>
        {children}
        <audio
          ref={audioRef}
          preload="auto"
          data-testid="audio"
          onPlay={() => setPlaying(true)}
          onPause={() => setPlaying(false)}
          onTimeUpdate={onTimeUpdate}
          onLoadedMetadata={onTimeUpdate}
          onDurationChange={onTimeUpdate}
          onEnded={() => advance(true)}
          onError={onError}
        />
      </TimeContext.Provider>
    </PlayerContext.Provider>
  );
}
