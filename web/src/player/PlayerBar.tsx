// The persistent player bar: rendered outside the routed views, so it never unmounts.
import { useState } from 'react';
import { Link } from 'react-router';
import { Cover } from '../components/Cover';
import { Icon } from '../components/Icon';
import { LikeButton } from '../components/LikeButton';
import { formatTime } from '../format';
import { LyricsPanel } from './LyricsPanel';
import { usePlayer, usePlayerTime } from './PlayerContext';
import { upcoming } from './queue';

function Seek() {
  const { currentTime, duration } = usePlayerTime();
  const player = usePlayer();
  const max = duration > 0 ? duration : player.current?.duration ?? 0;
  return (
    <div className="seek">
      <span className="time" aria-hidden="true">{formatTime(currentTime)}</span>
      <input
        type="range"
        className="range seek-range"
        min={0}
        max={Math.max(1, Math.floor(max))}
        step={1}
        value={Math.min(Math.floor(currentTime), Math.max(1, Math.floor(max)))}
        onChange={(e) => player.seek(Number(e.target.value))}
        aria-label="Seek"
        aria-valuetext={`${formatTime(currentTime)} of ${formatTime(max)}`}
        disabled={!player.current}
        style={{ ['--fill' as string]: `${max > 0 ? (currentTime / max) * 100 : 0}%` }}
      />
      <span className="time" aria-hidden="true">{formatTime(max)}</span>
    </div>
  );
}

function QueuePanel({ onClose }: { onClose: () => void }) {
  const player = usePlayer();
  const songs = upcoming(player.queue);
  return (
    <section className="queue-panel" aria-label="Play queue">
      <header>
        <h2>Queue</h2>
        <button type="button" className="icon-btn" aria-label="Close the queue" onClick={onClose}>
          <Icon name="close" />
        </button>
      </header>
      {songs.length === 0 ? (
        <p className="empty">The queue is empty. Play an album or a song.</p>
      ) : (
        <ol>
          {songs.map((s, i) => (
            <li key={`${s.id}-${i}`} className={i === player.queue.pos ? 'is-current' : ''}>
              <button type="button" className="queue-item" onClick={() => player.jumpTo(i)} aria-current={i === player.queue.pos}>
                <span className="queue-title">{s.title}</span>
                <span className="muted">{s.artist}</span>
              </button>
              <button type="button" className="icon-btn" aria-label={`Remove ${s.title} from the queue`} onClick={() => player.removeAt(i)}>
                <Icon name="close" size={16} />
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function PlayerBar() {
  const player = usePlayer();
  const [panel, setPanel] = useState<'queue' | 'lyrics' | null>(null);
  const showQueue = panel === 'queue';
  const s = player.current;
  const repeatLabel = player.queue.repeat === 'off' ? 'Repeat: off' : player.queue.repeat === 'all' ? 'Repeat: all' : 'Repeat: one';
  return (
    <>
      {panel === 'queue' && <QueuePanel onClose={() => setPanel(null)} />}
      {panel === 'lyrics' && <LyricsPanel onClose={() => setPanel(null)} />}
      <footer className="player-bar" aria-label="Player">
        <div className="now">
          {s ? (
            <>
              <Cover url={s.cover_image_url} title={s.title} size={96} className="cover-sm" />
              <div className="now-text">
                <span className="now-title" data-testid="now-title">{s.title}</span>
                <span className="now-artist">
                  {s.album_id ? <Link to={`/album/${s.album_id}`}>{s.artist}</Link> : s.artist}
                </span>
              </div>
              <LikeButton song={s} />
            </>
          ) : (
            <span className="muted now-empty">Nothing playing</span>
          )}
        </div>
        <div className="controls">
          <div className="buttons">
            <button
              type="button"
              className={`icon-btn toggle${player.queue.shuffle ? ' is-on' : ''}`}
              aria-label="Shuffle"
              aria-pressed={player.queue.shuffle}
              onClick={player.toggleShuffle}
            >
              <Icon name="shuffle" />
            </button>
            <button type="button" className="icon-btn" aria-label="Previous" onClick={player.previous} disabled={!s}>
              <Icon name="prev" />
            </button>
            <button
              type="button"
              className="play-btn"
              aria-label={player.playing ? 'Pause' : 'Play'}
              onClick={player.toggle}
              disabled={!s}
            >
              <Icon name={player.playing ? 'pause' : 'play'} size={26} />
            </button>
            <button type="button" className="icon-btn" aria-label="Next" onClick={player.next} disabled={!s}>
              <Icon name="next" />
            </button>
            <button
              type="button"
              className={`icon-btn toggle${player.queue.repeat !== 'off' ? ' is-on' : ''}`}
              aria-label={repeatLabel}
              title={repeatLabel}
              onClick={player.cycleRepeat}
            >
              <Icon name={player.queue.repeat === 'one' ? 'repeatOne' : 'repeat'} />
            </button>
          </div>
          <Seek />
          {player.error && <span className="player-error" role="alert">{player.error}</span>}
        </div>
        <div className="extras">
          <button
            type="button"
            className={`icon-btn toggle${showQueue ? ' is-on' : ''}`}
            aria-label="Show the queue"
            aria-expanded={showQueue}
            onClick={() => setPanel((v) => (v === 'queue' ? null : 'queue'))}
          >
            <Icon name="queue" />
          </button>
          <button
            type="button"
            className={`icon-btn toggle${panel === 'lyrics' ? ' is-on' : ''}`}
            aria-label="Show the lyrics"
            aria-expanded={panel === 'lyrics'}
            onClick={() => setPanel((v) => (v === 'lyrics' ? null : 'lyrics'))}
          >
            <Icon name="lyrics" />
          </button>
          <button type="button" className="icon-btn" aria-label={player.muted ? 'Unmute' : 'Mute'} onClick={player.toggleMute}>
            <Icon name={player.muted || player.volume === 0 ? 'mute' : 'volume'} />
          </button>
          <input
            type="range"
            className="range volume-range"
            min={0}
            max={1}
            step={0.01}
            value={player.muted ? 0 : player.volume}
            onChange={(e) => player.setVolume(Number(e.target.value))}
            aria-label="Volume"
            style={{ ['--fill' as string]: `${(player.muted ? 0 : player.volume) * 100}%` }}
          />
        </div>
      </footer>
    </>
  );
}
