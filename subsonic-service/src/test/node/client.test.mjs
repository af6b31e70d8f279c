// The npm package subsonic-api (a real Subsonic/OpenSubsonic client) over every method of DESIGN
// §11's minimum set (playlists and the play queue included), once per way of signing in: apiKey, and u + t + s (as GET and as form POST).
// Run by SubsonicClientTest with SUBSONIC_TEST = {url, username, key, song, album, artist, coverArt}.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SubsonicAPI } from 'subsonic-api';

const given = JSON.parse(process.env.SUBSONIC_TEST);

const styles = {
  apiKey: { auth: { apiKey: given.key } },
  'u+t+s': { auth: { username: given.username, password: given.key } },
  'u+t+s form POST': { auth: { username: given.username, password: given.key }, post: true },
};

function ok(response) {
  assert.equal(response.status, 'ok', JSON.stringify(response));
  assert.equal(response.version, '1.16.1');
  assert.equal(response.openSubsonic, true);
  assert.equal(response.type, 'musicplayer');
  return response;
}

for (const [style, config] of Object.entries(styles)) {
  describe(`subsonic-api 3.3.1 with ${style}`, () => {
    const api = new SubsonicAPI({ url: given.url, ...config });

    test('ping, getLicense, getOpenSubsonicExtensions', async () => {
      ok(await api.ping());
      assert.equal(ok(await api.getLicense()).license.valid, true);
      const names = ok(await api.getOpenSubsonicExtensions()).openSubsonicExtensions.map((e) => e.name);
      assert.ok(names.includes('apiKeyAuthentication') && names.includes('formPost'), names.join());
    });

    test('getMusicFolders, getIndexes, getMusicDirectory', async () => {
      assert.equal(ok(await api.getMusicFolders()).musicFolders.musicFolder.length, 1);
      const indexes = ok(await api.getIndexes()).indexes;
      const artists = indexes.index.flatMap((i) => i.artist);
      assert.ok(artists.some((a) => a.id === given.artist));
      const artistDir = ok(await api.getMusicDirectory({ id: given.artist })).directory;
      assert.ok(artistDir.child.some((c) => c.id === given.album && c.isDir));
      const albumDir = ok(await api.getMusicDirectory({ id: given.album })).directory;
      assert.ok(albumDir.child.some((c) => c.id === given.song && !c.isDir));
    });

    test('getArtists, getArtist, getAlbum, getSong', async () => {
      const index = ok(await api.getArtists()).artists.index;
      assert.ok(index.flatMap((i) => i.artist).some((a) => a.id === given.artist));
      const artist = ok(await api.getArtist({ id: given.artist })).artist;
      assert.ok(artist.album.some((a) => a.id === given.album));
      const album = ok(await api.getAlbum({ id: given.album })).album;
      assert.ok(album.created instanceof Date);
      assert.ok(album.song.some((s) => s.id === given.song));
      const song = ok(await api.getSong({ id: given.song })).song;
      assert.equal(song.title, 'Blue in Green');
    });

    test('getAlbumList2, every type', async () => {
      const types = ['random', 'newest', 'highest', 'frequent', 'recent', 'alphabeticalByName',
        'alphabeticalByArtist', 'starred'];
      for (const type of types) {
        const list = ok(await api.getAlbumList2({ type, size: 10 })).albumList2;
        assert.ok(Array.isArray(list.album), type);
      }
      const byYear = ok(await api.getAlbumList2({ type: 'byYear', fromYear: 1950, toYear: 2030 })).albumList2;
      assert.ok(byYear.album.some((a) => a.id === given.album), 'byYear');
      const byGenre = ok(await api.getAlbumList2({ type: 'byGenre', genre: 'Jazz' })).albumList2;
      assert.ok(byGenre.album.some((a) => a.id === given.album), 'byGenre');
    });

    test('getRandomSongs, getGenres, getSongsByGenre', async () => {
      assert.ok(ok(await api.getRandomSongs({ size: 5 })).randomSongs.song.length >= 1);
      assert.ok(ok(await api.getGenres()).genres.genre.some((g) => g.value === 'Jazz'));
      const byGenre = ok(await api.getSongsByGenre({ genre: 'Jazz', count: 10 })).songsByGenre;
      assert.ok(byGenre.song.some((s) => s.id === given.song));
    });

    test('search3: a term, and the empty query for everything', async () => {
      const found = ok(await api.search3({ query: 'blue' })).searchResult3;
      assert.ok(found.song.some((s) => s.id === given.song));
      const all = ok(await api.search3({ query: '', songCount: 500, albumCount: 500, artistCount: 500 })).searchResult3;
      assert.ok(all.song.length >= 1 && all.album.length >= 1 && all.artist.length >= 1);
    });

    test('star, getStarred2, unstar', async () => {
      ok(await api.star({ id: given.song }));
      const starred = ok(await api.getStarred2()).starred2;
      assert.ok(starred.song.some((s) => s.id === given.song && s.starred instanceof Date));
      ok(await api.unstar({ id: given.song }));
      assert.ok(!(ok(await api.getStarred2()).starred2.song ?? []).some((s) => s.id === given.song));
    });

    test('scrobble: now playing, then a play', async () => {
      ok(await api.scrobble({ id: given.song, submission: false }));
      ok(await api.scrobble({ id: given.song, time: Date.now() - 1000, submission: true }));
      assert.ok(ok(await api.getSong({ id: given.song })).song.playCount >= 1);
    });

    test('stream, download, getCoverArt', async () => {
      const stream = await api.stream({ id: given.song });
      assert.equal(stream.status, 200);
      assert.equal(stream.headers.get('content-type'), 'audio/mpeg');
      assert.ok((await stream.arrayBuffer()).byteLength > 1000);
      const opus = await api.stream({ id: given.song, format: 'opus', maxBitRate: 48, timeOffset: 1 });
      assert.match(opus.headers.get('content-type'), /^audio\/ogg/);
      assert.equal(Buffer.from(await opus.arrayBuffer()).subarray(0, 4).toString('latin1'), 'OggS');
      const download = await api.download({ id: given.song });
      assert.match(download.headers.get('content-disposition'), /^attachment/);
      await download.arrayBuffer();
      const cover = await api.getCoverArt({ id: given.coverArt, size: 64 });
      assert.equal(cover.headers.get('content-type'), 'image/jpeg');
      await cover.arrayBuffer();
    });

    test('getLyricsBySongId', async () => {
      const lyrics = ok(await api.getLyricsBySongId({ id: given.song })).lyricsList;
      assert.ok(lyrics.structuredLyrics.some((l) => l.synced && l.line.some((line) => line.value === 'Green')));
    });

    test('getUser, getScanStatus, startScan', async () => {
      const user = ok(await api.getUser({ username: given.username })).user;
      assert.equal(user.username, given.username);
      assert.equal(user.streamRole, true);
      assert.equal(typeof ok(await api.getScanStatus()).scanStatus.scanning, 'boolean');
      const started = await api.startScan();
      assert.ok(started.status === 'ok' || started.error?.code === 0, JSON.stringify(started));
    });

    test('info and similar calls answer empty', async () => {
      ok(await api.getArtistInfo2({ id: given.artist }));
      ok(await api.getAlbumInfo2({ id: given.album }));
      ok(await api.getSimilarSongs2({ id: given.artist }));
      ok(await api.getTopSongs({ artist: 'Bill Evans' }));
    });

    test('playlists: create, list, read, update, replace, delete', async () => {
      const created = ok(await api.createPlaylist({ name: `Road trip ${style}`, songId: [given.song, given.song] })).playlist;
      assert.equal(created.name, `Road trip ${style}`);
      assert.equal(created.owner, given.username);
      assert.equal(created.public, false);
      assert.equal(created.songCount, 2);
      assert.ok(created.created instanceof Date && created.changed instanceof Date);
      assert.deepEqual(created.entry.map((e) => e.id), [given.song, given.song]);
      const id = created.id;
      assert.ok(ok(await api.getPlaylists()).playlists.playlist.some((p) => p.id === id && p.songCount === 2));

      ok(await api.updatePlaylist({
        playlistId: id, name: 'Renamed', comment: 'late night', public: true,
        songIndexToRemove: [0], songIdToAdd: [given.song, given.song],
      }));
      const updated = ok(await api.getPlaylist({ id })).playlist;
      assert.equal(updated.name, 'Renamed');
      assert.equal(updated.comment, 'late night');
      assert.equal(updated.public, true);
      assert.equal(updated.songCount, 3);
      assert.equal(updated.entry.length, 3);
      assert.equal(updated.entry[0].title, 'Blue in Green');

      const replaced = ok(await api.createPlaylist({ playlistId: id, songId: [given.song] })).playlist;
      assert.equal(replaced.songCount, 1);
      const unknown = await api.updatePlaylist({ playlistId: id, songIdToAdd: ['999999'] });
      assert.equal(unknown.status, 'failed');
      assert.equal(unknown.error.code, 70);
      assert.equal(ok(await api.getPlaylist({ id })).playlist.songCount, 1);

      ok(await api.deletePlaylist({ id }));
      const gone = await api.getPlaylist({ id });
      assert.equal(gone.status, 'failed');
      assert.equal(gone.error.code, 70);
    });

    test('the play queue: save, then read it back', async () => {
      ok(await api.savePlayQueue({ id: [given.song, given.song], current: given.song, position: 1234 }));
      const queue = ok(await api.getPlayQueue()).playQueue;
      assert.equal(queue.current, given.song);
      assert.equal(queue.position, 1234);
      assert.equal(queue.username, given.username);
      assert.equal(queue.changedBy, 'subsonic-api');
      assert.deepEqual(queue.entry.map((e) => e.id), [given.song, given.song]);
      const unknown = await api.savePlayQueue({ id: [given.song, '999999'], position: 0 });
      assert.equal(unknown.status, 'failed');
      assert.equal(unknown.error.code, 70);
      assert.equal(ok(await api.getPlayQueue()).playQueue.entry.length, 2);
    });

    test('XML answers, kept for the XSD check', async () => {
      // the client asks for JSON; custom() with f=xml gets the same methods as XML, which
      // SubsonicClientTest validates against the Subsonic 1.16.1 XSD after this run
      const calls = [
        ['ping'], ['getLicense'], ['getMusicFolders'], ['getIndexes'],
        ['getMusicDirectory', { id: given.artist }], ['getMusicDirectory', { id: given.album }],
        ['getArtists'], ['getArtist', { id: given.artist }], ['getAlbum', { id: given.album }],
        ['getSong', { id: given.song }], ['getAlbumList2', { type: 'newest' }],
        ['getAlbumList2', { type: 'byGenre', genre: 'Jazz' }], ['getRandomSongs', { size: 3 }],
        ['getGenres'], ['getSongsByGenre', { genre: 'Jazz' }], ['search3', { query: '' }],
        ['search3', { query: 'blue' }], ['getStarred2'], ['star', { id: given.song }],
        ['unstar', { id: given.song }], ['scrobble', { id: given.song, submission: false }],
        ['getUser', { username: given.username }], ['getScanStatus'],
        ['getArtistInfo2', { id: given.artist }], ['getAlbumInfo2', { id: given.album }],
        ['getSimilarSongs2', { id: given.song }], ['getTopSongs', { artist: 'Bill Evans' }],
        ['getPlaylists'], ['getPlayQueue'], ['getAlbum', { id: 'al-999999' }], ['getAlbum'],
        ['createPlaylist', { name: 'As XML', songId: [given.song, given.song] }], ['getPlaylists'],
        ['savePlayQueue', { id: [given.song], current: given.song, position: 10 }], ['getPlayQueue'],
      ];
      for (const [i, [method, params]] of calls.entries()) {
        const response = await api.custom(`${method}.view`, { ...(params ?? {}), f: 'xml' });
        assert.match(response.headers.get('content-type'), /^text\/xml/, method);
        const xml = await response.text();
        assert.match(xml, /<subsonic-response /, method);
        if (given.xmlDir) {
          writeFileSync(join(given.xmlDir, `${style.replace(/\W+/g, '_')}-${String(i).padStart(2, '0')}-${method}.xml`), xml);
        }
      }
    });

    test('a wrong credential fails with the spec code', async () => {
      const wrong = style === 'apiKey'
        ? new SubsonicAPI({ url: given.url, auth: { apiKey: 'mpk_wrong' } })
        : new SubsonicAPI({ url: given.url, auth: { username: given.username, password: 'mpk_wrong' }, post: config.post });
      const response = await wrong.ping();
      assert.equal(response.status, 'failed');
      assert.equal(response.error.code, style === 'apiKey' ? 44 : 40);
    });
  });
}
