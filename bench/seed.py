#!/usr/bin/env python3
"""Benchmark catalog generator: writes one table's rows as CSV to stdout for
`COPY <table> (<columns>) FROM STDIN WITH (FORMAT csv)`, progress on stderr.

    seed.py columns TABLE              the column list to COPY into
    seed.py rows TABLE [options]       the rows
    seed.py vocab                      the title words (what the search scenario looks for)

Deterministic for a given --seed and sizes. Artists 1..2000 (every album and song names one of
them, linked by artist_id as the catalog links them). Songs 1..S, albums 1..A; every album holds
S // A consecutive songs at positions 1..n (a song is on at most one album). Users are
--user-base + 1 .. --user-base + U, all with the same bcrypt hash (--password-hash), e-mail
bench<i>@bench.local. Likes: L spread evenly over the users, distinct random songs per user.
Plays: P of them, each by a random user of a random song at a random time in the year before
--now (epoch seconds, default the current time), 1 in 4 without seconds; song_play_counts is then
counted from them in SQL (bench.sh).
"""
import argparse
import random
import sys
import time
from datetime import datetime, timezone

COLUMNS = {
    "users": "id, username, email, password_hash, first_name, last_name, role, created_at, updated_at",
    "artists": "id, name, name_key, sort_name, created_at, updated_at",
    "albums": "id, title, artist, artist_id, genre, description, cover_image_url, created_at, updated_at",
    "songs": "id, title, artist, artist_id, genre, file_url, duration, description, cover_image_url, release_date, "
             "created_at, updated_at",
    "album_songs": "album_id, song_id, position",
    "user_likes": "user_id, song_id, created_at",
    "plays": "id, user_id, song_id, played_at, seconds",
}

GENRES = ["Rock", "Pop", "Jazz", "Blues", "Classical", "Electronic", "Hip-Hop", "Folk", "Metal", "Reggae",
          "Soul", "Country", "Ambient", "Punk", "Funk", "Latin"]


def vocabulary():
    """1000 distinct four-letter words (consonant-vowel-consonant-vowel): since every word has
    the same length, searching one matches exactly the titles/artists that contain it."""
    consonants, vowels = "bdfgklmnprstvz", "aeiou"
    syllables = [c + v for c in consonants for v in vowels]
    words = [a + b for a in syllables for b in syllables]
    random.Random(7).shuffle(words)
    return words[:1000]


WORDS = vocabulary()
# 2000 artists, two words each, from the second half of the vocabulary: artist names and titles
# share words, so q=<word> hits both columns as a real search would. The second word moves on by
# one for the second thousand: (i % 500, 7i + 3) alone repeats after 1000, and names are unique.
ARTISTS = [f"{WORDS[500 + i % 500].capitalize()} {WORDS[(i * 7 + 3 + i // 1000) % 1000].capitalize()}"
           for i in range(2000)]


def timestamps(n, year=2024):
    """n distinct-ish UTC timestamps as text, spread over a year."""
    out = []
    for i in range(n):
        day = 1 + (i * 7) % 28
        month = 1 + (i * 5) % 12
        out.append(f"{year}-{month:02d}-{day:02d} {i % 24:02d}:{(i * 13) % 60:02d}:{(i * 31) % 60:02d}+00")
    return out


TS = timestamps(997)


class Progress:
    def __init__(self, table, total):
        self.table, self.total, self.next_pct = table, max(total, 1), 0

    def update(self, done):
        pct = done * 100 // self.total
        if pct >= self.next_pct:
            sys.stderr.write(f"\r    {self.table:<12} {pct:3d}%  {done:>10,} / {self.total:,} rows")
            sys.stderr.flush()
            self.next_pct = pct + 5
        if done >= self.total:
            sys.stderr.write("\n")
            sys.stderr.flush()


def _titles():
    """A pool of 65,536 titles of 2-4 distinct words from the first 500 words (picking from a
    pool is much faster than building each title)."""
    rng = random.Random(11)
    caps = [w.capitalize() for w in WORDS[:500]]
    return [" ".join(rng.sample(caps, rng.randint(2, 4))) for _ in range(65536)]


TITLES = _titles()


def title(rng):
    return TITLES[rng.getrandbits(16)]


def users(a, out):
    prog = Progress("users", a.users)
    for i in range(1, a.users + 1):
        uid = a.user_base + i
        ts = TS[i % len(TS)]
        out.write(f"{uid},bench{i},bench{i}@bench.local,{a.password_hash},Bench,User {i},USER,{ts},{ts}\n")
        if i % 1000 == 0 or i == a.users:
            prog.update(i)


def artists(a, out):
    prog = Progress("artists", len(ARTISTS))
    rows = []
    for i, name in enumerate(ARTISTS, start=1):
        ts = TS[i % len(TS)]
        rows.append(f"{i},{name},{name.lower()},{name},{ts},{ts}\n")
    out.write("".join(rows))
    prog.update(len(ARTISTS))


def albums(a, out):
    rng = random.Random(a.seed * 31 + 1)
    prog = Progress("albums", a.albums)
    buf = []
    for i in range(1, a.albums + 1):
        ts = TS[i % len(TS)]
        artist = i % len(ARTISTS)
        buf.append(f"{i},{title(rng)},{ARTISTS[artist]},{artist + 1},{GENRES[i % len(GENRES)]},"
                   f"Benchmark album {i},https://img.example.com/a/{i}.jpg,{ts},{ts}\n")
        if i % 10000 == 0 or i == a.albums:
            out.write("".join(buf))
            buf.clear()
            prog.update(i)


def songs(a, out):
    rng = random.Random(a.seed * 31 + 2)
    prog = Progress("songs", a.songs)
    buf = []
    for i in range(1, a.songs + 1):
        ts = TS[i % len(TS)]
        rel = f"{1960 + i % 64}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        artist = (i * 13) % len(ARTISTS)
        buf.append(f"{i},{title(rng)},{ARTISTS[artist]},{artist + 1},{GENRES[i % len(GENRES)]},"
                   f"https://cdn.example.com/s/{i}.mp3,{60 + (i * 37) % 540},,,{rel},{ts},{ts}\n")
        if i % 20000 == 0 or i == a.songs:
            out.write("".join(buf))
            buf.clear()
            prog.update(i)


def album_songs(a, out):
    per = a.songs // a.albums if a.albums else 0
    total = per * a.albums
    prog = Progress("album_songs", total)
    buf = []
    done = 0
    for album in range(1, a.albums + 1):
        first = (album - 1) * per
        for pos in range(1, per + 1):
            buf.append(f"{album},{first + pos},{pos}\n")
        done += per
        if len(buf) >= 20000 or album == a.albums:
            out.write("".join(buf))
            buf.clear()
            prog.update(done)


def user_likes(a, out):
    rng = random.Random(a.seed * 31 + 3)
    prog = Progress("user_likes", a.likes)
    if a.users == 0 or a.songs == 0:
        prog.update(prog.total)
        return
    each, extra = divmod(a.likes, a.users)
    population = range(1, a.songs + 1)
    done = 0
    for i in range(1, a.users + 1):
        k = min(each + (1 if i <= extra else 0), a.songs)
        if k:
            uid = a.user_base + i
            ids = sorted(rng.sample(population, k))
            out.write("".join(f"{uid},{s},{TS[s % 997]}\n" for s in ids))
            done += k
            prog.update(done)
    if done < a.likes:  # more likes asked for than users x songs allow
        prog.update(prog.total)


def plays(a, out):
    rng = random.Random(a.seed * 31 + 4)
    prog = Progress("plays", a.plays)
    if a.users == 0 or a.songs == 0:
        prog.update(prog.total)
        return
    year = 365 * 86400
    buf = []
    for i in range(1, a.plays + 1):
        uid = a.user_base + rng.randint(1, a.users)
        song = rng.randint(1, a.songs)
        at = datetime.fromtimestamp(a.now - rng.random() * year, timezone.utc)
        seconds = "" if i % 4 == 0 else str(30 + (i * 37) % 300)
        buf.append(f"{i},{uid},{song},{at:%Y-%m-%d %H:%M:%S.%f}+00,{seconds}\n")
        if i % 50000 == 0 or i == a.plays:
            out.write("".join(buf))
            buf.clear()
            prog.update(i)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("what", choices=["columns", "rows", "vocab"])
    p.add_argument("table", nargs="?", choices=list(COLUMNS))
    p.add_argument("--songs", type=int, default=100000)
    p.add_argument("--albums", type=int, default=10000)
    p.add_argument("--users", type=int, default=1000)
    p.add_argument("--likes", type=int, default=1000000)
    p.add_argument("--plays", type=int, default=1000000)
    p.add_argument("--now", type=int, default=int(time.time()))
    p.add_argument("--user-base", type=int, default=0)
    p.add_argument("--password-hash", default="")
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args()
    if a.what == "vocab":
        print("\n".join(WORDS[:500]))
        return
    if a.what == "columns":
        print(COLUMNS[a.table])
        return
    out = sys.stdout
    globals()[a.table](a, out)
    out.flush()


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:
        sys.exit(1)
