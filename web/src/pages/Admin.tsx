import { useEffect, useRef, useState } from 'react';
import { ApiError, client, uploadWithProgress } from '../api/client';
import { api } from '../api/endpoints';
import type { ScanStatus, Song } from '../api/types';
import { useAuth } from '../auth';
import { Icon } from '../components/Icon';
import { formatBytes, formatDate } from '../format';
import { useTitle } from '../hooks';

function scanPercent(s: ScanStatus | null): number {
  if (!s) return 0;
  if (s.state !== 'running') return s.state === 'idle' ? 0 : 100;
  return s.files_total > 0 ? Math.min(100, Math.round((s.files_seen / s.files_total) * 100)) : 0;
}

export function ScanPanel({ pollMs = 500 }: { pollMs?: number }) {
  const [status, setStatus] = useState<ScanStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const running = status?.state === 'running';

  // poll while a scan runs (and once on open)
  useEffect(() => {
    let stop = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      try {
        const s = await api.scanStatus();
        if (stop) return;
        setStatus(s);
        if (s.state === 'running') timer = setTimeout(tick, pollMs);
      } catch (e) {
        if (!stop) setError((e as Error).message);
      }
    };
    void tick();
    return () => {
      stop = true;
      clearTimeout(timer);
    };
  }, [running, pollMs]);

  const start = async () => {
    setError(null);
    setStarting(true);
    try {
      setStatus(await api.startScan());
    } catch (e) {
      setError(e instanceof ApiError && e.status === 409 ? 'A scan is running already.' : (e as Error).message);
    } finally {
      setStarting(false);
    }
  };

  const pct = scanPercent(status);
  return (
    <section className="panel" aria-labelledby="scan-h">
      <h2 id="scan-h">Library scan</h2>
      <p className="muted">Reads the music folders for new, changed and removed files.</p>
      <button type="button" className="btn btn-primary" onClick={start} disabled={running || starting}>
        {running ? 'Scanning…' : 'Scan now'}
      </button>
      <div className="scan-progress">
        <progress
          max={100}
          value={pct}
          aria-label="Scan progress"
          aria-valuetext={`${pct}%`}
          data-state={status?.state ?? 'unknown'}
        />
        <span className="scan-state" data-testid="scan-state">
          {status ? `${status.state}${running ? ` · ${status.files_seen}/${status.files_total} files` : ''}` : '…'}
        </span>
      </div>
      {status && status.state !== 'idle' && (
        <dl className="scan-stats">
          <div><dt>Seen</dt><dd>{status.files_seen}</dd></div>
          <div><dt>Imported</dt><dd>{status.imported}</dd></div>
          <div><dt>Updated</dt><dd>{status.updated}</dd></div>
          <div><dt>Removed</dt><dd>{status.removed}</dd></div>
          <div><dt>Failed</dt><dd>{status.failed}</dd></div>
          {status.finished_at && <div className="wide"><dt>Finished</dt><dd>{formatDate(status.finished_at)}</dd></div>}
        </dl>
      )}
      {status?.error && <p className="form-error">{status.error}</p>}
      {error && <p className="form-error" role="alert">{error}</p>}
    </section>
  );
}

interface UploadItem {
  id: number;
  file: File;
  loaded: number;
  state: 'queued' | 'uploading' | 'done' | 'exists' | 'failed';
  message?: string;
}

export function UploadPanel() {
  const [items, setItems] = useState<UploadItem[]>([]);
  const seq = useRef(0);
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const update = (id: number, patch: Partial<UploadItem>) =>
    setItems((xs) => xs.map((x) => (x.id === id ? { ...x, ...patch } : x)));

  const uploadOne = async (item: UploadItem) => {
    update(item.id, { state: 'uploading' });
    const form = new FormData();
    form.append('file', item.file, item.file.name);
    try {
      const res = await uploadWithProgress<{ song: Song }>(client, '/uploads', form, (p) => update(item.id, { loaded: p.loaded }));
      const song = res.data?.song;
      update(item.id, {
        state: res.status === 200 ? 'exists' : 'done',
        loaded: item.file.size,
        message: song ? `${song.artist ?? ''} – ${song.title}` : undefined,
      });
    } catch (e) {
      update(item.id, { state: 'failed', message: (e as Error).message });
    }
  };

  const add = async (files: FileList | File[]) => {
    const fresh = Array.from(files).map((file) => ({ id: ++seq.current, file, loaded: 0, state: 'queued' as const }));
    setItems((xs) => [...fresh, ...xs]);
    // two at a time
    const queue = fresh.slice();
    const worker = async () => {
      for (let it = queue.shift(); it; it = queue.shift()) await uploadOne(it);
    };
    await Promise.all([worker(), worker()]);
  };

  return (
    <section className="panel" aria-labelledby="upload-h">
      <h2 id="upload-h">Upload music</h2>
      <div
        className={`dropzone${dragging ? ' is-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (e.dataTransfer.files.length) void add(e.dataTransfer.files);
        }}
      >
        <p>Drop audio files here (mp3, flac, ogg, opus, m4a, wav, aiff), or</p>
        <button type="button" className="btn" onClick={() => input.current?.click()}>
          <Icon name="add" /> Choose files
        </button>
        <input
          ref={input}
          type="file"
          accept="audio/*,.flac,.opus,.m4a,.aiff,.aif"
          multiple
          className="sr-only"
          aria-label="Choose audio files to upload"
          onChange={(e) => {
            if (e.target.files?.length) void add(e.target.files);
            e.target.value = '';
          }}
        />
      </div>
      {items.length > 0 && (
        <ul className="uploads" aria-label="Uploads">
          {items.map((it) => {
            const pct = it.file.size ? Math.round((it.loaded / it.file.size) * 100) : 0;
            return (
              <li key={it.id} className={`upload upload-${it.state}`}>
                <div className="upload-head">
                  <span className="upload-name">{it.file.name}</span>
                  <span className="muted small">
                    {formatBytes(it.file.size)} ·{' '}
                    {it.state === 'uploading' ? `${pct}%` : it.state === 'exists' ? 'already in the library' : it.state}
                  </span>
                </div>
                <progress max={100} value={it.state === 'done' || it.state === 'exists' ? 100 : pct} aria-label={`Upload of ${it.file.name}`} />
                {it.message && <span className={`small${it.state === 'failed' ? ' form-error' : ' muted'}`}>{it.message}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function AdminPage() {
  useTitle('Admin');
  const auth = useAuth();
  if (!auth.isAdmin) return <p className="form-error">This page is for administrators.</p>;
  return (
    <section>
      <h1>Admin</h1>
      <div className="panels">
        <ScanPanel />
        <UploadPanel />
      </div>
    </section>
  );
}
