#!/usr/bin/env node
// End-to-end test of the web player in headless Chromium (Debian's package, driven by
// playwright-core: it cannot download browsers here). Runs against a running system:
//
//   BASE_URL        where the player is served (the gateway, default http://localhost:8080)
//   ADMIN_EMAIL     an admin account (default admin@musicplayer.local)
//   ADMIN_PASSWORD  its password (required for the admin steps)
//   SCREENSHOT_DIR  where to write PNGs (default web/dist/screenshots)
//   CHROMIUM        the browser (default /usr/bin/chromium)
//   SEARCH_TERM     a demo song to find and play (default "Low Tide")
//   LYRICS_SONG     a demo song with synced lyrics (default "Evening Tea")
//
// Steps print one line each; any failure prints why and exits 1.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BASE_URL = (process.env.BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const ADMIN_EMAIL = process.env.ADMIN_EMAIL ?? 'admin@musicplayer.local';
const ADMIN_PASSWORD = process.env.ADMIN_PASSWORD ?? '';
const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR ?? join(here, '..', 'dist', 'screenshots'));
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SEARCH_TERM = process.env.SEARCH_TERM ?? 'Low Tide';
const LYRICS_SONG = process.env.LYRICS_SONG ?? 'Evening Tea'; // the demo song with synced lyrics
const HEADLESS_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--autoplay-policy=no-user-gesture-required',
];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

const started = Date.now();
let stepNo = 0;
const results = [];
const consoleErrors = [];
const pageErrors = [];

function log(msg) {
  console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${msg}`);
}

async function step(name, fn) {
  stepNo += 1;
  const t0 = Date.now();
  log(`${stepNo}. ${name} …`);
  try {
    const detail = await fn();
    results.push({ name, ok: true, ms: Date.now() - t0 });
    log(`${stepNo}. ${name} ✔ ${detail ?? ''} (${Date.now() - t0} ms)`);
  } catch (e) {
    results.push({ name, ok: false, ms: Date.now() - t0 });
    log(`${stepNo}. ${name} ✘ ${e?.stack ?? e}`);
    throw new StepFailed(name, e);
  }
}

class StepFailed extends Error {
  constructor(name, cause) {
    super(`step "${name}" failed: ${cause?.message ?? cause}`);
  }
}

function assert(cond, msg) {
  if (!cond) throw new Error(`assertion failed: ${msg}`);
}

async function waitFor(fn, what, timeoutMs = 15_000, everyMs = 200) {
  const end = Date.now() + timeoutMs;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

/** The logged-in user's access token, as the app stored it. */
async function token(page) {
  const raw = await page.evaluate(() => localStorage.getItem('musicplayer.tokens'));
  assert(raw, 'tokens in localStorage');
  return JSON.parse(raw).access;
}

async function apiGet(page, path) {
  const res = await fetch(BASE_URL + path, { headers: { Authorization: `Bearer ${await token(page)}`, Accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${path} → ${res.status} ${await res.text()}`);
  return res.json();
}

const shots = [];
const unlabelled = new Map();

/** Controls without an accessible name on the current screen (a rough check, not a full audit). */
async function auditLabels(page, screen) {
  const found = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('button, input:not([type=hidden]), select, textarea, a[href], progress, [role=slider], [role=menuitem]')) {
      const byIds = (el.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join('');
      const labels = 'labels' in el && el.labels ? Array.from(el.labels).map((l) => l.textContent).join('') : '';
      const name = [el.getAttribute('aria-label'), byIds, labels, el.textContent, el.getAttribute('title'), el.querySelector('img[alt]')?.getAttribute('alt')]
        .map((x) => (x ?? '').trim())
        .find(Boolean);
      if (!name) out.push(el.outerHTML.slice(0, 120));
    }
    return out;
  });
  for (const f of found) unlabelled.set(f, screen);
}

/** Both widths; `show` (a locator) is scrolled into view at each. */
async function screenshot(page, name, show) {
  await auditLabels(page, name);
  const size = page.viewportSize();
  // let notifications fade first: they are not part of the screen
  await page.locator('.toast').first().waitFor({ state: 'detached', timeout: 4_000 }).catch(() => undefined);
  for (const [label, vp] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    await page.setViewportSize(vp);
    if (show) await show.evaluate((el) => el.scrollIntoView({ block: 'center' })).catch(() => undefined);
    await page.waitForTimeout(250);
    const file = join(SCREENSHOT_DIR, `${name}-${label}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
  }
  if (size) await page.setViewportSize(size);
}

async function audioState(page) {
  return page.evaluate(() => {
    const a = document.querySelector('audio');
    return a ? { t: a.currentTime, paused: a.paused, src: a.currentSrc, d: a.duration, err: a.error?.code ?? null } : null;
  });
}

async function logout(page) {
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByRole('heading', { name: 'Log in' }).waitFor();
}

async function login(page, email, password) {
  await page.goto(`${BASE_URL}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByRole('heading', { name: 'Albums' }).waitFor({ timeout: 15_000 });
}

/** A short 16-bit mono WAV with a random tone, so each run uploads new content. */
function toneWav(seconds = 1.5, rate = 22050) {
  const n = Math.floor(seconds * rate);
  const buf = Buffer.alloc(44 + n * 2);
  const freq = 220 + Math.floor(Math.random() * 660);
  buf.write('RIFF', 0);
  buf.writeUInt32LE(36 + n * 2, 4);
  buf.write('WAVEfmt ', 8);
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(1, 20);
  buf.writeUInt16LE(1, 22);
  buf.writeUInt32LE(rate, 24);
  buf.writeUInt32LE(rate * 2, 28);
  buf.writeUInt16LE(2, 32);
  buf.writeUInt16LE(16, 34);
  buf.write('data', 36);
  buf.writeUInt32LE(n * 2, 40);
  for (let i = 0; i < n; i++) buf.writeInt16LE(Math.round(Math.sin((2 * Math.PI * freq * i) / rate) * 12000), 44 + i * 2);
  return buf;
}

async function main() {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  log(`BASE_URL=${BASE_URL} SCREENSHOT_DIR=${SCREENSHOT_DIR} browser=${CHROMIUM}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: HEADLESS_ARGS });
  const context = await browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });

  const stamp = Date.now().toString(36);
  const user = { username: `e2e_${stamp}`, email: `e2e_${stamp}@example.com`, password: 'e2e correct horse', first: 'Eddie' };
  let songId;
  let firstRender;

  try {
    await step('open the player (time to first render)', async () => {
      const t0 = Date.now();
      await page.goto(`${BASE_URL}/`);
      await page.getByRole('heading', { name: 'Log in' }).waitFor();
      firstRender = Date.now() - t0;
      const nav = await page.evaluate(() => {
        const e = performance.getEntriesByType('navigation')[0];
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return { domContentLoaded: Math.round(e.domContentLoadedEventEnd), fcp: fcp ? Math.round(fcp.startTime) : null };
      });
      await screenshot(page, '01-login');
      return `login form after ${firstRender} ms (DOMContentLoaded ${nav.domContentLoaded} ms, first contentful paint ${nav.fcp} ms)`;
    });

    await step('register a new user', async () => {
      await page.getByRole('link', { name: 'Create an account' }).click();
      await page.getByLabel('Username').fill(user.username);
      await page.getByLabel('Email').fill(user.email);
      await page.getByLabel('First name').fill(user.first);
      await page.getByLabel(/^Password/).fill(user.password);
      await screenshot(page, '02-register');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('heading', { name: 'Albums' }).waitFor();
      return user.email;
    });

    await step('log out and log in again', async () => {
      await logout(page);
      await login(page, user.email, user.password);
      await page.getByRole('list', { name: 'Albums' }).getByRole('link').first().waitFor();
      await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
      await screenshot(page, '03-albums');
      return `${await page.getByRole('list', { name: 'Albums' }).getByRole('link').count()} albums shown`;
    });

    await step('the session survives a rejected and an expired access token (refresh token)', async () => {
      const read = () => page.evaluate(() => JSON.parse(localStorage.getItem('musicplayer.tokens')));
      // 1. a token the server refuses (tampered signature): 401 → refresh → retry
      const before = await read();
      await page.evaluate(() => {
        const t = JSON.parse(localStorage.getItem('musicplayer.tokens'));
        t.access = t.access.slice(0, -6) + (t.access.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA');
        localStorage.setItem('musicplayer.tokens', JSON.stringify(t));
      });
      await page.reload();
      await page.getByRole('link', { name: 'Liked' }).click();
      await page.getByRole('heading', { name: 'Liked songs' }).waitFor();
      await page.getByText(/Nothing here yet|Play liked songs/).first().waitFor();
      const after401 = await read();
      assert(after401.refresh !== before.refresh, 'the refresh token rotated after the 401');
      // 2. an access token past its expiry: refreshed before the request
      await page.evaluate(() => {
        const t = JSON.parse(localStorage.getItem('musicplayer.tokens'));
        t.expiresAt = Date.now() - 1000;
        localStorage.setItem('musicplayer.tokens', JSON.stringify(t));
      });
      await page.reload();
      await page.getByRole('heading', { name: 'Liked songs' }).waitFor();
      await page.getByText(/Nothing here yet|Play liked songs/).first().waitFor();
      const afterExpiry = await read();
      assert(afterExpiry.refresh !== after401.refresh && afterExpiry.expiresAt > Date.now(), 'refreshed before expiry');
      await page.getByRole('link', { name: 'Home', exact: true }).click();
      return 'two refreshes, still logged in';
    });

    await step(`search as you type for "${SEARCH_TERM}"`, async () => {
      const box = page.getByRole('searchbox', { name: /Search/ });
      await box.click();
      await box.pressSequentially(SEARCH_TERM, { delay: 40 });
      const songs = page.getByRole('list', { name: 'Matching songs' });
      await songs.getByText(SEARCH_TERM, { exact: true }).first().waitFor();
      assert(page.url().includes('/find?q='), `URL is the search page: ${page.url()}`);
      await screenshot(page, '04-search');
      return `found on ${new URL(page.url()).pathname}${new URL(page.url()).search}`;
    });

    await step('play it and hear currentTime advance', async () => {
      const row = page.getByRole('list', { name: 'Matching songs' }).getByRole('listitem').filter({ hasText: SEARCH_TERM }).first();
      songId = Number(await row.getAttribute('data-song-id'));
      await row.getByRole('button', { name: `Play ${SEARCH_TERM}` }).click();
      await page.getByTestId('now-title').filter({ hasText: SEARCH_TERM }).waitFor();
      const a = await waitFor(async () => {
        const s = await audioState(page);
        assert(s?.err === null, `no media error (${JSON.stringify(s)})`);
        return s && s.t > 0.3 && !s.paused ? s : null;
      }, 'audio to start playing');
      assert(a.src.includes(`/songs/${songId}/stream?`) && a.src.includes('sig='), `a signed stream URL: ${a.src}`);
      await page.waitForTimeout(1200);
      const b = await audioState(page);
      assert(b.t > a.t + 0.5, `currentTime advanced (${a.t.toFixed(2)} → ${b.t.toFixed(2)})`);
      await screenshot(page, '05-playing');
      return `currentTime ${a.t.toFixed(2)} s → ${b.t.toFixed(2)} s, duration ${b.d.toFixed(1)} s`;
    });

    await step('seek with the position slider', async () => {
      const before = await audioState(page);
      const target = Math.max(2, Math.floor(before.d * 0.6));
      await page.getByRole('slider', { name: 'Seek' }).fill(String(target));
      const after = await waitFor(async () => {
        const s = await audioState(page);
        return Math.abs(s.t - target) < 2.5 ? s : null;
      }, `currentTime near ${target}`);
      await page.waitForTimeout(800);
      const later = await audioState(page);
      assert(later.t > after.t || later.paused === false, 'still playing after the seek');
      return `${before.t.toFixed(2)} s → ${after.t.toFixed(2)} s (asked ${target} s)`;
    });

    await step('like it (and see it in Liked)', async () => {
      await page.getByRole('contentinfo', { name: 'Player' }).getByRole('button', { name: `Like ${SEARCH_TERM}` }).click();
      await page.getByRole('contentinfo', { name: 'Player' }).getByRole('button', { name: `Unlike ${SEARCH_TERM}` }).waitFor();
      const liked = await waitFor(async () => {
        const xs = await apiGet(page, '/songs/liked');
        return xs.some((s) => s.id === songId) ? xs : null;
      }, 'the like in GET /songs/liked');
      await page.getByRole('link', { name: 'Liked' }).click();
      await page.getByRole('list', { name: 'Liked songs' }).getByText(SEARCH_TERM).waitFor();
      await screenshot(page, '06-liked');
      return `GET /songs/liked has ${liked.length} song(s)`;
    });

    const listName = `E2E mix ${stamp}`;
    let playlistId;
    let added = [];
    await step('create a playlist', async () => {
      await page.getByRole('link', { name: 'Playlists' }).click();
      await page.getByLabel('Name of a new playlist').fill(listName);
      await page.getByRole('button', { name: 'Create' }).click();
      await page.getByRole('heading', { name: listName }).waitFor();
      playlistId = Number(new URL(page.url()).pathname.split('/').pop());
      assert(playlistId > 0, `a playlist id in the URL ${page.url()}`);
      return `playlist ${playlistId}`;
    });

    await step('add 3 songs from an album with the song menu', async () => {
      await page.getByRole('link', { name: 'Home', exact: true }).click();
      await page.getByRole('list', { name: 'Albums' }).getByRole('link').first().click();
      const tracks = page.getByRole('list', { name: /^Tracks of / });
      await tracks.getByRole('listitem').first().waitFor();
      await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
      await screenshot(page, '07-album');
      const rows = tracks.getByRole('listitem');
      const n = Math.min(3, await rows.count());
      assert(n >= 2, 'the album has at least 2 tracks');
      for (let i = 0; i < n; i++) {
        const row = rows.nth(i);
        added.push(Number(await row.getAttribute('data-song-id')));
        await row.getByRole('button', { name: /^More actions for / }).click();
        await page.getByRole('menuitem', { name: listName }).click();
        await page.getByRole('status').getByText(/^Added /).last().waitFor();
      }
      const entries = await waitFor(async () => {
        const xs = await apiGet(page, `/playlists/${playlistId}/songs`);
        return xs.length === n ? xs : null;
      }, `${n} entries in the playlist`);
      return `songs ${added.join(', ')} → ${entries.length} entries`;
    });

    const order = async () =>
      (await apiGet(page, `/playlists/${playlistId}/songs`)).map((e) => (e.song ? e.song.id : e.song_id ?? e.id));

    await step('reorder by drag and drop (last song to the top)', async () => {
      await page.getByRole('link', { name: 'Playlists' }).click();
      await page.getByRole('link', { name: listName }).click();
      const list = page.getByRole('list', { name: `Songs of ${listName}` });
      await list.getByRole('listitem').first().waitFor();
      const before = await order();
      const n = before.length;
      const expected = [before[n - 1], ...before.slice(0, n - 1)];
      await list.getByRole('listitem').nth(n - 1).dragTo(list.getByRole('listitem').nth(0));
      let how = 'drag';
      let now;
      try {
        now = await waitFor(async () => {
          const o = await order();
          return JSON.stringify(o) === JSON.stringify(expected) ? o : null;
        }, 'the dragged order in the API', 5_000);
      } catch {
        // keyboard fallback: the move-up buttons
        how = 'keyboard (drag did not take)';
        const cur = await order();
        const last = cur.indexOf(expected[0]);
        for (let i = last; i > 0; i--) {
          const title = await list.getByRole('listitem').nth(i).locator('.song-title').innerText();
          const btn = list.getByRole('listitem').nth(i).getByRole('button', { name: `Move ${title} up` });
          await btn.focus();
          await page.keyboard.press('Enter');
          await page.waitForTimeout(400);
        }
        now = await waitFor(async () => {
          const o = await order();
          return JSON.stringify(o) === JSON.stringify(expected) ? o : null;
        }, 'the new order in the API');
      }
      await screenshot(page, '08-playlist');
      return `${how}: [${before.join(', ')}] → [${now.join(', ')}]`;
    });

    await step('move a song down with the keyboard', async () => {
      const list = page.getByRole('list', { name: `Songs of ${listName}` });
      const before = await order();
      const title = await list.getByRole('listitem').nth(0).locator('.song-title').innerText();
      await list.getByRole('listitem').nth(0).getByRole('button', { name: `Move ${title} down` }).focus();
      await page.keyboard.press('Enter');
      const expected = [before[1], before[0], ...before.slice(2)];
      const now = await waitFor(async () => {
        const o = await order();
        return JSON.stringify(o) === JSON.stringify(expected) ? o : null;
      }, 'the keyboard move in the API');
      return `[${before.join(', ')}] → [${now.join(', ')}]`;
    });

    await step('artists and history screens', async () => {
      await page.getByRole('link', { name: 'Artists' }).click();
      await page.getByRole('list', { name: 'Artists' }).getByRole('link').first().waitFor();
      await screenshot(page, '09-artists');
      // the song was heard past half its length: a play (it ends by itself within ~25 s)
      let plays = [];
      try {
        plays = await waitFor(async () => {
          const xs = await apiGet(page, '/me/plays');
          return xs.length ? xs : null;
        }, 'a play in GET /me/plays', 30_000, 500);
      } catch (e) {
        log(`   (no play reported yet: ${e.message})`);
      }
      await page.getByRole('link', { name: 'History' }).click();
      await page.getByRole('heading', { name: 'History' }).waitFor();
      if (plays.length) await page.getByRole('list', { name: 'Recently played' }).getByRole('listitem').first().waitFor();
      await page.waitForTimeout(300);
      await screenshot(page, '10-history');
      return `${plays.length} play(s) in the history`;
    });

    await step('reload: the play queue comes back from the server (GET/PUT /me/queue)', async () => {
      const saved = await waitFor(async () => {
        const res = await fetch(`${BASE_URL}/me/queue`, { headers: { Authorization: `Bearer ${await token(page)}` } });
        if (res.status === 404) return { missing: true };
        const q = await res.json();
        return q.song_ids?.includes(songId) ? q : null;
      }, 'the saved queue', 10_000, 500);
      if (saved.missing) return 'skipped: no /me/queue on this system';
      await page.reload();
      await page.getByTestId('now-title').filter({ hasText: SEARCH_TERM }).waitFor();
      const a = await audioState(page);
      assert(a.paused, 'restored paused');
      return `queue [${saved.song_ids.join(', ')}] at index ${saved.current_index}, ${saved.position_ms} ms`;
    });

    await step(`lyrics follow "${LYRICS_SONG}"`, async () => {
      const box = page.getByRole('searchbox', { name: /Search/ });
      await box.fill(LYRICS_SONG);
      const row = page.getByRole('list', { name: 'Matching songs' }).getByRole('listitem').filter({ hasText: LYRICS_SONG }).first();
      await row.waitFor();
      await row.getByRole('button', { name: `Play ${LYRICS_SONG}` }).click();
      await page.getByTestId('now-title').filter({ hasText: LYRICS_SONG }).waitFor();
      await page.getByRole('button', { name: 'Show the lyrics' }).click();
      const panel = page.getByRole('region', { name: 'Lyrics' });
      await panel.getByText(/Loading…/).waitFor({ state: 'detached' });
      if (await panel.getByText('No lyrics for this song.').count()) return 'this library has no lyrics for it';
      const active = await waitFor(async () => {
        const a = panel.locator('[aria-current="true"]');
        return (await a.count()) ? a.innerText() : null;
      }, 'an active lyrics line', 20_000);
      await screenshot(page, '11-lyrics');
      await page.getByRole('button', { name: 'Close the lyrics' }).click();
      return `active line: "${active}"`;
    });

    if (!ADMIN_PASSWORD) {
      log('ADMIN_PASSWORD not set: skipping the admin steps');
    } else {
      await step('log in as admin, scan the library, progress reaches done', async () => {
        await logout(page);
        await login(page, ADMIN_EMAIL, ADMIN_PASSWORD);
        await page.getByRole('link', { name: 'Admin' }).click();
        const button = page.getByRole('button', { name: /^(Scan now|Scanning…)$/ });
        await button.waitFor();
        await waitFor(async () => (await button.isEnabled()) || null, 'no scan running', 60_000);
        const clickedAt = new Date(Date.now() - 2000);
        await page.getByRole('button', { name: 'Scan now' }).click();
        const seen = new Set();
        const done = await waitFor(async () => {
          const state = await page.getByTestId('scan-state').innerText();
          const value = await page.getByRole('progressbar', { name: 'Scan progress' }).evaluate((p) => p.value);
          seen.add(`${state.split(' ')[0]}:${value}`);
          if (!(state.startsWith('finished') && value === 100)) return null;
          // the bar shows this scan's end, not the previous one's
          const s = await apiGet(page, '/library/scans/current');
          return s.state === 'finished' && new Date(s.started_at) >= clickedAt ? { state, value } : null;
        }, 'the scan to finish', 120_000, 100);
        const status = await apiGet(page, '/library/scans/current');
        await screenshot(page, '12-admin-scan');
        return `${done.state}, progress ${done.value}%, states seen: ${[...seen].join(' ')}; files_seen=${status.files_seen}`;
      });

      await step('upload a file with progress', async () => {
        await page.getByLabel('Choose audio files to upload').setInputFiles({
          name: `e2e-tone-${stamp}.wav`,
          mimeType: 'audio/wav',
          buffer: toneWav(),
        });
        const item = page.getByRole('list', { name: 'Uploads' }).getByRole('listitem').first();
        await waitFor(async () => {
          const cls = await item.getAttribute('class');
          if (cls.includes('upload-failed')) throw new Error(await item.innerText());
          return cls.includes('upload-done') || cls.includes('upload-exists');
        }, 'the upload to finish', 60_000);
        const value = await item.getByRole('progressbar').evaluate((p) => p.value);
        assert(value === 100, `upload progress 100 (${value})`);
        await screenshot(page, '13-admin-upload', item);
        return (await item.innerText()).replace(/\s+/g, ' ');
      });
    }
  } catch (e) {
    if (!(e instanceof StepFailed)) log(`error: ${e?.stack ?? e}`);
    try {
      const file = join(SCREENSHOT_DIR, 'failure.png');
      await page.screenshot({ path: file, fullPage: true });
      log(`failure screenshot: ${file}`);
    } catch {
      // the page is gone
    }
  } finally {
    await browser.close();
  }

  const failed = results.filter((r) => !r.ok);
  // "Failed to load resource" lines are network answers (e.g. an expected 401/409) logged by the browser.
  const realConsoleErrors = consoleErrors.filter((m) => !m.startsWith('Failed to load resource'));
  console.log('');
  console.log(`screenshots (${shots.length}) in ${SCREENSHOT_DIR}`);
  if (firstRender !== undefined) console.log(`time to first render: ${firstRender} ms`);
  if (consoleErrors.length) console.log(`browser console errors (${consoleErrors.length}):\n  ${consoleErrors.join('\n  ')}`);
  if (pageErrors.length) console.log(`uncaught page errors (${pageErrors.length}):\n  ${pageErrors.join('\n  ')}`);
  if (unlabelled.size) console.log(`controls without an accessible name (${unlabelled.size}):\n  ${[...unlabelled].map(([h, sc]) => `${sc}: ${h}`).join('\n  ')}`);
  else console.log('every button, link, input, slider and progress bar on the captured screens has an accessible name');
  const ok = failed.length === 0 && pageErrors.length === 0 && realConsoleErrors.length === 0 && unlabelled.size === 0 && results.length > 0;
  console.log(`${ok ? 'PASS' : 'FAIL'}: ${results.length - failed.length}/${results.length} steps passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(ok ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
