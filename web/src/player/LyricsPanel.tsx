// Lyrics of the current song (GET /songs/{id}/lyrics): synced lines follow the playback and seek
// when clicked; plain lyrics are shown as they are.
import { useEffect, useRef, useState } from 'react';
import { api } from '../api/endpoints';
import type { Lyrics } from '../api/types';
import { Icon } from '../components/Icon';
import { formatTime } from '../format';
import { usePlayer, usePlayerTime } from './PlayerContext';

/** Index of the synced line playing at `ms` (the last one that started), -1 before the first. */
export function activeLine(lines: Array<{ start_ms: number }>, ms: number): number {
  let found = -1;
  for (let i = 0; i < lines.length && lines[i].start_ms <= ms; i++) found = i;
  return found;
}

export function LyricsPanel({ onClose }: { onClose: () => void }) {
  const player = usePlayer();
  const { currentTime } = usePlayerTime();
  const id = player.current?.id ?? null;
  const [lyrics, setLyrics] = useState<Lyrics | null | 'none' | 'loading'>('loading');
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (id === null) {
      setLyrics('none');
      return;
    }
    const ctl = new AbortController();
    setLyrics('loading');
    api.lyrics(id, ctl.signal).then(
      (l) => setLyrics(l),
      () => {
        // 404: the song has none; anything else: nothing to show either
        if (!ctl.signal.aborted) setLyrics('none');
      },
    );
    return () => ctl.abort();
  }, [id]);

  const synced = lyrics && typeof lyrics === 'object' && lyrics.synced?.length ? lyrics.synced : null;
  const active = synced ? activeLine(synced, currentTime * 1000) : -1;

  // keep the active line in view inside the panel (not the page)
  useEffect(() => {
    const el = box.current?.querySelector<HTMLElement>('[aria-current="true"]');
    const c = box.current;
    if (el && c) c.scrollTop = el.offsetTop - c.clientHeight / 2 + el.clientHeight / 2;
  }, [active]);

  return (
    <section className="queue-panel lyrics-panel" aria-label="Lyrics">
      <header>
        <h2>Lyrics{player.current ? ` · ${player.current.title}` : ''}</h2>
        <button type="button" className="icon-btn" aria-label="Close the lyrics" onClick={onClose}>
          <Icon name="close" />
        </button>
      </header>
      <div className="lyrics" ref={box}>
        {lyrics === 'loading' && <p className="muted">Loading…</p>}
        {lyrics === 'none' && <p className="muted">No lyrics for this song.</p>}
        {synced && (
          <ol>
            {synced.map((l, i) => (
              <li key={i}>
                <button
                  type="button"
                  className={`lyric${i === active ? ' is-active' : ''}`}
                  aria-current={i === active}
                  aria-label={`${l.text || '…'} (${formatTime(l.start_ms / 1000)})`}
                  onClick={() => player.seek(l.start_ms / 1000)}
                >
                  {l.text || '♪'}
                </button>
              </li>
            ))}
          </ol>
        )}
        {!synced && lyrics && typeof lyrics === 'object' && lyrics.plain && <p className="plain-lyrics">{lyrics.plain}</p>}
        {!synced && lyrics && typeof lyrics === 'object' && !lyrics.plain && <p className="muted">No lyrics for this song.</p>}
      </div>
    </section>
  );
}
