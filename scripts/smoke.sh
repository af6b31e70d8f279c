#!/usr/bin/env bash
# make smoke: start the whole system as `make run` does (on a fresh data directory), drive the
# seed's client flow over real HTTP, check every answer, and stop everything — also on failure.
set -euo pipefail
cd "$(dirname "$0")/.."

make -s build >/dev/null
jar=$(ls system/target/system-*-exec.jar)
data=$(mktemp -d /tmp/musicplayer-smoke.XXXXXX)
export MUSICPLAYER_DATA_DIR=$data
export MUSICPLAYER_ADMIN_EMAIL=smoke-admin@example.com
export MUSICPLAYER_ADMIN_PASSWORD="smoke-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"

for p in 8000 8001 8002 8003 8004 8005 4533 8080; do
  if curl -s -m 1 -o /dev/null "http://localhost:$p/health"; then
    echo "port $p is busy: stop the running system first (make stop)" >&2; exit 1
  fi
done

java ${JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -jar "$jar" --logging.file.name="$data/smoke.log" >"$data/console.log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT
trap 'echo "smoke FAILED at line $LINENO"; tail -n 30 "$data/console.log"' ERR

started=$(date +%s%N)
scripts/wait-healthy.sh 90
# healthy is not yet "up": the demo library is generated and scanned after the services start, and
# the launcher says "MusicPlayer is up" once its songs are in (as a person running `make run` sees)
for _ in $(seq 1 240); do
  grep -q 'MusicPlayer is up' "$data/console.log" && break; sleep 0.5
done
grep -q 'MusicPlayer is up' "$data/console.log" || { echo "the launcher never said it was up"; false; }
echo "demo library scanned after $(( ($(date +%s%N) - started) / 1000000 )) ms"

passed=0
failed=0
body=$(mktemp); headers=$(mktemp)
# call METHOD URL [TOKEN] [JSON]  → sets $status; body in $body, headers in $headers
call() {
  local args=(-s -m 10 -o "$body" -D "$headers" -w '%{http_code}' -X "$1" "$2")
  [ -n "${3:-}" ] && args+=(-H "Authorization: Bearer $3")
  [ -n "${4:-}" ] && args+=(-H 'Content-Type: application/json' -d "$4")
  status=$(curl "${args[@]}")
}
json() { python3 -c "import json,sys; d=json.load(open('$body')); print(eval(sys.argv[1]))" "$1"; }
expect() { # expect STATUS DESCRIPTION
  if [ "$status" = "$1" ]; then passed=$((passed + 1)); echo "  ok   $2"
  else failed=$((failed + 1)); echo "  FAIL $2: expected $1, got $status: $(head -c 300 "$body")"; fi
}
check() { # check PYTHON-EXPRESSION DESCRIPTION
  if [ "$(json "$1")" = "True" ]; then passed=$((passed + 1)); echo "  ok   $2"
  else failed=$((failed + 1)); echo "  FAIL $2: $(head -c 300 "$body")"; fi
}

A=http://localhost:8000; AL=http://localhost:8001; S=http://localhost:8002; U=http://localhost:8003
user="smoke$RANDOM"

call POST $A/auth/login "" "{\"email\":\"$MUSICPLAYER_ADMIN_EMAIL\",\"password\":\"$MUSICPLAYER_ADMIN_PASSWORD\"}"
expect 200 "admin logs in"
admin=$(json "d['auth_token']")

call POST $U/users "" "{\"username\":\"$user\",\"email\":\"$user@example.com\",\"password\":\"listen-to-this\",\"first_name\":\"Smoke\"}"
expect 201 "user registers"
check "'password_hash' not in d and d['role'] == 'USER'" "registration shows no password hash"

call POST $A/auth/login "" "{\"email\":\"$user@example.com\",\"password\":\"wrong-password\"}"
expect 401 "wrong password is refused"
call POST $A/auth/login "" "{\"email\":\"$user@example.com\",\"password\":\"listen-to-this\"}"
expect 200 "user logs in"
token=$(json "d['auth_token']")

# Timing, not status: an unknown email must cost the same bcrypt check as a wrong password, or
# the login's duration tells which emails are registered. Interleaved, fastest of five each (both
# see the same machine load); without the dummy hash an unknown email is ~10x faster. Five wrong
# passwords stay under the account's limit of ten failures.
login_ms() {
  curl -s -o /dev/null -m 10 -w '%{time_total}' -X POST $A/auth/login -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\"}" | python3 -c 'import sys; print(int(float(sys.stdin.read()) * 1000))'
}
wrong_ms=999999; unknown_ms=999999
for i in 1 2 3 4 5; do
  t=$(login_ms "$user@example.com" "not-the-password"); [ "$t" -lt "$wrong_ms" ] && wrong_ms=$t
  t=$(login_ms "ghost-$i-$RANDOM@example.com" "not-the-password"); [ "$t" -lt "$unknown_ms" ] && unknown_ms=$t
done
if [ $((unknown_ms * 3)) -gt "$wrong_ms" ]; then passed=$((passed + 1)); echo "  ok   unknown email costs about a wrong password: $unknown_ms ms vs $wrong_ms ms"
else failed=$((failed + 1)); echo "  FAIL unknown email is much faster than a wrong password: $unknown_ms ms vs $wrong_ms ms"; fi

call GET $U/users/me "$token"
expect 200 "user reads own profile"
check "d['username'] == '$user' and 'password_hash' not in d" "profile is the caller's"

# one JVM, one logging system: no service's name may label the others' lines (the scanner's were "[user-service]")
scan_lines=$(grep -c 'media.scan.Scanner .*Scan finished' "$data/console.log" || true)
mislabelled=$(grep 'com.musicplayer.media' "$data/console.log" | grep -c -- '--- \[user-service\]' || true)
if [ "$scan_lines" -gt 0 ] && [ "$mislabelled" -eq 0 ]; then passed=$((passed + 1)); echo "  ok   the console's lines are not all labelled user-service"
else failed=$((failed + 1)); echo "  FAIL console labels: $scan_lines scan lines, $mislabelled media lines labelled [user-service]"; fi

call GET "$AL/albums?limit=5"
expect 200 "anyone lists albums"
check "len(d) == 5" "album page has 5 items"
grep -qi '^x-total-count: 7' "$headers" && { passed=$((passed + 1)); echo "  ok   the scanned demo library has 7 albums"; } \
  || { failed=$((failed + 1)); echo "  FAIL demo catalog: $(grep -i total "$headers")"; }
album=$(json "d[0]['id']")

call GET "$S/songs?genre=electronic&sort=-duration&limit=3"
expect 200 "anyone lists songs with filter and sort"
check "len(d) == 3 and all(s['genre'].lower() == 'electronic' for s in d) and d[0]['duration'] >= d[-1]['duration']" "songs filtered and sorted"

call GET "$AL/albums/$album/songs"
expect 401 "album tracks need a token"
call GET "$AL/albums/$album/songs" "$token"
expect 200 "user reads an album's tracks"
check "[s['position'] for s in d] == list(range(1, len(d) + 1)) and len(d) >= 4 and all(s['file_url'] == '/songs/%d/stream' % s['id'] for s in d)" "tracks in order, each streamable"
song=$(json "d[0]['id']")
tracks=$(json "len(d)")
status=$(curl -s -m 10 -o "$body" -D "$headers" -w '%{http_code}' -r 0-99 -H "Authorization: Bearer $token" "http://localhost:8004/songs/$song/stream")
expect 206 "user streams a range of the track"
if [ "$(stat -c %s "$body")" = 100 ] && grep -qi '^content-range: bytes 0-99/' "$headers"; then
  passed=$((passed + 1)); echo "  ok   the range is 100 bytes of real audio"
else failed=$((failed + 1)); echo "  FAIL range: $(stat -c %s "$body") bytes, $(grep -i content-range "$headers")"; fi

call PUT "$S/songs/$song/like" "$token"
expect 204 "user likes a song"
call PUT "$S/songs/$song/like" "$token"
expect 204 "liking again is idempotent"
call GET "$S/songs/liked" "$token"
expect 200 "user lists liked songs"
check "[s['id'] for s in d] == [$song]" "the liked song is there"
call GET "$S/songs/$song" "$token"
check "d['liked'] is True and d['like_count'] >= 1" "song shows liked and like_count"
call POST "$S/songs/$song/plays" "$token" '{"submission":false}'
expect 204 "user reports the song playing now"
call GET "$S/me/now-playing" "$token"
check "d['song']['id'] == $song and d['song']['play_count'] == 0" "now playing shows it, not counted as a play"
call POST "$S/songs/$song/plays" "$token" '{"submission":true,"seconds":42}'
expect 204 "user reports a play"
call GET "$S/me/plays" "$token"
check "[(p['song']['id'], p['seconds']) for p in d] == [($song, 42)]" "the play is in the user's history"
call GET "$S/songs/top?period=week" "$token"
check "d[0]['id'] == $song and d[0]['play_count'] == 1 and 'last_played_at' in d[0]" "the song tops the week's chart"

call POST $S/songs "$token" '{"title":"Nope","artist":"X","genre":"Rock","file_url":"https://example.com/x.mp3"}'
expect 403 "a user cannot create songs"
call POST $S/songs "$admin" '{"title":"Smoke Test","artist":"CI","genre":"Test","file_url":"https://example.com/smoke.mp3","duration":42}'
expect 201 "admin creates a song"
new_song=$(json "d['id']")
call PUT "$AL/albums/$album/songs/$new_song" "$admin" '{"position":1}'
expect 204 "admin puts it first on the album"
call GET "$AL/albums/$album/songs" "$admin"
check "d[0]['id'] == $new_song and [s['position'] for s in d] == list(range(1, $tracks + 2))" "album now has it at position 1"

P=http://localhost:8005
call POST $P/playlists "$token" '{"name":"Smoke mix"}'
expect 201 "user creates a private playlist"
playlist=$(json "d['id']")
call POST "$P/playlists/$playlist/songs" "$token" "{\"song_ids\":[$song,$new_song,$song]}"
expect 200 "user adds three songs to it (one twice)"
check "d['song_count'] == 3 and d['version'] == 2" "playlist has 3 songs, version 2"
call POST "$P/playlists/$playlist/songs/move" "$token" '{"from":3,"to":1}'
expect 200 "user moves the last entry first"
status=$(curl -s -m 10 -o "$body" -w '%{http_code}' -X POST "$P/playlists/$playlist/songs/move" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -H 'If-Match: "2"' -d '{"from":1,"to":2}')
expect 412 "a move made against an old version is refused"
call GET "$P/playlists/$playlist/songs" "$token"
expect 200 "user reads the playlist's songs"
check "[s['id'] for s in d] == [$song, $song, $new_song] and [s['position'] for s in d] == [1, 2, 3]" "playlist in the new order"
call GET "$P/playlists/$playlist" "$admin"
expect 200 "admin reads the user's private playlist"

call DELETE "$S/songs/$new_song" "$admin"
expect 204 "admin deletes the song"
call GET "$P/playlists/$playlist/songs" "$token"
check "[s['id'] for s in d] == [$song, $song] and [s['position'] for s in d] == [1, 2]" "the deleted song left the playlist, no gap"
call PUT "$P/me/queue" "$token" "{\"song_ids\":[$song],\"current_index\":0,\"position_ms\":1234}"
expect 200 "user saves the play queue"
call GET "$P/me/queue" "$token"
check "d['song_ids'] == [$song] and d['position_ms'] == 1234" "the queue comes back"
call GET "$S/songs/$new_song" "$admin"
expect 404 "deleted song is gone"
call GET "$AL/albums/$album/songs" "$admin"
check "[s['position'] for s in d] == list(range(1, $tracks + 1))" "album positions closed up"

# The same system through the gateway (8080): one origin for every API, the web player at /
G=http://localhost:8080
call POST $G/auth/login "" "{\"email\":\"$user@example.com\",\"password\":\"listen-to-this\"}"
expect 200 "user logs in through the gateway"
gw_token=$(json "d['auth_token']")
call GET "$G/albums?limit=2"
expect 200 "albums through the gateway"
grep -qi '^link: <http://localhost:8080/albums' "$headers" && { passed=$((passed + 1)); echo "  ok   Link header points at the gateway"; } \
  || { failed=$((failed + 1)); echo "  FAIL Link header: $(grep -i '^link' "$headers")"; }
call GET "$G/songs/liked" "$gw_token"
check "[s['id'] for s in d] == [$song]" "song-service through the gateway"
status=$(curl -s -m 10 -o "$body" -D "$headers" -w '%{http_code}' -H "Authorization: Bearer $gw_token" -H 'Range: bytes=0-99' "$G/songs/$song/stream")
expect 206 "a range of the song's audio through the gateway"
[ "$(stat -c %s "$body")" = 100 ] && { passed=$((passed + 1)); echo "  ok   exactly the 100 bytes asked for"; } \
  || { failed=$((failed + 1)); echo "  FAIL range body is $(stat -c %s "$body") bytes"; }
call GET "$G/"
expect 200 "the web player (or how to build it) at /"
call GET "$G/docs/song-service/openapi.json"
expect 200 "song-service's API document through the gateway (/docs)"
check "d['servers'][0]['url'] == 'http://localhost:8080'" "its Try-it-out server is the gateway"

# Subsonic players (subsonic-service): an API key, then the same library, likes and audio via /rest
R=http://localhost:4533/rest
call POST $A/auth/api-keys "$token" '{"name":"smoke"}'
expect 201 "user creates an API key for a Subsonic player"
key=$(json "d['key']")
key_id=$(json "d['id']")
call GET "$R/getAlbum.view?f=json&v=1.16.1&c=smoke&apiKey=$key&id=al-$album"
check "d['subsonic-response']['status'] == 'ok' and len(d['subsonic-response']['album']['song']) == $tracks" "a Subsonic player reads the album's tracks with the key"
call GET "$R/getStarred2?f=json&v=1.16.1&c=smoke&apiKey=$key"
check "[s['id'] for s in d['subsonic-response']['starred2']['song']] == ['$song']" "the like is the player's star"
salt=$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')
t=$(printf '%s' "$key$salt" | md5sum | cut -d' ' -f1)
status=$(curl -s -m 10 -o "$body" -D "$headers" -w '%{http_code}' -r 0-99 "$R/stream?u=$user&t=$t&s=$salt&c=smoke&v=1.16.1&id=$song")
expect 206 "a Subsonic player streams a range (u + t + s)"
call DELETE "$A/auth/api-keys/$key_id" "$token"
expect 204 "user revokes the key"
call GET "$R/ping?f=json&v=1.16.1&c=smoke&apiKey=$key"
check "d['subsonic-response']['error']['code'] == 44" "the revoked key stops at once (error 44)"
call GET "$G/rest/getOpenSubsonicExtensions.view?f=json&v=1.16.1&c=smoke"
check "d['subsonic-response']['openSubsonic'] is True" "/rest through the gateway reaches subsonic-service"

ms=$(( ($(date +%s%N) - started) / 1000000 ))
echo "smoke took $((ms / 1000)) s including start-up"
echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
