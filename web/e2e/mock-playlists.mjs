#!/usr/bin/env node
// A stand-in for playlist-service (DESIGN §10) for developing the player on a branch that does
// not have it yet: in memory, on PORT (default 8005). It trusts the Bearer token's `sub`
// without verifying it — never run it anywhere but a developer's machine. Songs come from
// song-service (SONGS_URL, default http://localhost:8002).
import { createServer } from 'node:http';

const PORT = Number(process.env.PORT ?? 8005);
const SONGS_URL = process.env.SONGS_URL ?? 'http://localhost:8002';
const playlists = new Map();
const queues = new Map();
let nextId = 1;

function userOf(req) {
  const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
  if (!m) return null;
  try {
    return JSON.parse(Buffer.from(m[1].split('.')[1], 'base64url').toString()).sub;
  } catch {
    return null;
  }
}

function send(res, status, body, headers = {}) {
  const problem = status >= 400;
  res.writeHead(status, { 'Content-Type': problem ? 'application/problem+json' : 'application/json', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(problem ? { title: 'Error', status, detail: body } : body));
}

async function readJson(req) {
  let s = '';
  for await (const c of req) s += c;
  return s ? JSON.parse(s) : {};
}

const view = (p) => ({
  id: p.id, owner_id: p.owner, name: p.name, description: p.description, public: p.public, version: p.version,
  song_count: p.entries.length, duration: p.entries.reduce((t, e) => t + (e.song.duration ?? 0), 0),
  created_at: p.created, updated_at: p.updated,
});

createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://x');
    const uid = userOf(req);
    if (url.pathname === '/health') return send(res, 200, { status: 'UP' });
    if (!uid) return send(res, 401, 'missing token', { 'WWW-Authenticate': 'Bearer' });
    if (url.pathname === '/me/queue') {
      if (req.method === 'GET') return send(res, 200, queues.get(uid) ?? { song_ids: [], current_index: 0, position_ms: 0, changed_by: null, updated_at: null });
      if (req.method === 'PUT') {
        const b = await readJson(req);
        const q = { song_ids: b.song_ids ?? [], current_index: b.current_index ?? 0, position_ms: b.position_ms ?? 0, changed_by: b.changed_by ?? null, updated_at: new Date().toISOString() };
        queues.set(uid, q);
        return send(res, 200, q);
      }
    }
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] !== 'playlists') return send(res, 404, 'no route');
    if (parts.length === 1) {
      if (req.method === 'GET') return send(res, 200, [...playlists.values()].filter((p) => p.owner === uid).map(view));
      if (req.method === 'POST') {
        const b = await readJson(req);
        if (!b.name) return send(res, 422, 'name required');
        const now = new Date().toISOString();
        const p = { id: nextId++, owner: uid, name: b.name, description: b.description ?? null, public: !!b.public, version: 1, entries: [], created: now, updated: now };
        playlists.set(p.id, p);
        return send(res, 201, view(p), { Location: `/playlists/${p.id}`, ETag: `"${p.version}"` });
      }
    }
    const p = playlists.get(Number(parts[1]));
    if (!p || p.owner !== uid) return send(res, 404, 'no such playlist');
    const etag = `"${p.version}"`;
    if (req.method !== 'GET' && req.headers['if-match'] && req.headers['if-match'] !== etag) return send(res, 412, 'stale');
    const bump = () => {
      p.version += 1;
      p.updated = new Date().toISOString();
    };
    if (parts.length === 2) {
      if (req.method === 'GET') return send(res, 200, view(p), { ETag: etag });
      if (req.method === 'DELETE') {
        playlists.delete(p.id);
        res.writeHead(204).end();
        return;
      }
    }
    if (parts[2] === 'songs' && parts.length === 3) {
      if (req.method === 'GET') return send(res, 200, p.entries.map((e, i) => ({ position: i + 1, added_at: e.added, song: e.song })));
      if (req.method === 'POST') {
        const b = await readJson(req);
        const songs = [];
        for (const id of b.song_ids ?? []) {
          const r = await fetch(`${SONGS_URL}/songs/${id}`, { headers: { Authorization: req.headers.authorization } });
          if (!r.ok) return send(res, 404, `song ${id}`);
          songs.push({ song: await r.json(), added: new Date().toISOString() });
        }
        const at = b.position ? b.position - 1 : p.entries.length;
        p.entries.splice(at, 0, ...songs);
        bump();
        return send(res, 200, view(p), { ETag: `"${p.version}"` });
      }
      if (req.method === 'DELETE') {
        const b = await readJson(req);
        const drop = new Set(b.positions ?? []);
        p.entries = p.entries.filter((_, i) => !drop.has(i + 1));
        bump();
        return send(res, 200, view(p), { ETag: `"${p.version}"` });
      }
    }
    if (parts[2] === 'songs' && parts[3] === 'move' && req.method === 'POST') {
      const { from, count = 1, to } = await readJson(req);
      const block = p.entries.splice(from - 1, count);
      p.entries.splice(to - 1, 0, ...block);
      bump();
      return send(res, 200, view(p), { ETag: `"${p.version}"` });
    }
    return send(res, 405, 'method');
  } catch (e) {
    send(res, 400, String(e));
  }
}).listen(PORT, () => console.log(`mock playlist-service on :${PORT}`));
