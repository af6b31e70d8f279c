#!/usr/bin/env bash
# make bench-playlists: one playlist of ~10,000 entries on PostgreSQL, driven by its owner with wrk —
# read a page at a random offset, add one song at the end (and take it out again), insert one in the
# middle (and take it out again), move a short range — with the rows each request wrote (from
# pg_stat_database) beside req/s and latency. The statements per operation are pinned by
# PlaylistStatementsTest (the same at 100 and 10,000 entries); this measures what they cost.
#
# Starts user-service (schema, the user), auth-service (the token) and playlist-service as three
# processes from their jars on a fresh database (127.0.0.1:5432, user postgres, trust auth), writes
# bench/results/<timestamp>-playlists.md and stops everything it started, also on failure.
# Knobs: BENCH_DURATION (s, default 15), BENCH_WARMUP (s, 5), BENCH_CONNECTIONS (reads, 16),
# BENCH_WRITE_CONNECTIONS (writes, 1: writes to one playlist run one after another anyway),
# BENCH_PORT_BASE (18100), BENCH_DB (mp_bench_playlists), BENCH_PLAYLIST_SIZE (9990).
set -Eeuo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-15}
WARMUP=${BENCH_WARMUP:-5}
READ_CONNECTIONS=${BENCH_CONNECTIONS:-16}
WRITE_CONNECTIONS=${BENCH_WRITE_CONNECTIONS:-1}
PORT_BASE=${BENCH_PORT_BASE:-18100}
DB=${BENCH_DB:-mp_bench_playlists}
SIZE=${BENCH_PLAYLIST_SIZE:-9990}
SONGS=1000
VERSION=0.1.0-SNAPSHOT
JAVA=${JAVA:-java}
AUTH_PORT=$PORT_BASE
USER_PORT=$((PORT_BASE + 3))
PLAYLIST_PORT=$((PORT_BASE + 5))
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
unset PGPASSWORD PGDATABASE

STAMP=$(date +%Y%m%d-%H%M%S)
WORK=bench/.run/$STAMP-playlists
RESULTS=bench/results
mkdir -p "$WORK/logs" "$WORK/wrk" "$WORK/data" "$WORK/jars" "$RESULTS"
PIDS=()
DB_CREATED=""

log() { printf '[%4ds] %s\n' "$SECONDS" "$*"; }
die() { printf '[%4ds] FAILED: %s\n' "$SECONDS" "$*" >&2; exit 1; }
sql() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -At "$@"; }

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  set +e
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
  [ -n "$DB_CREATED" ] && psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" 2>/dev/null
  rm -rf "$WORK/jars" "$WORK/data"
  [ "$rc" -ne 0 ] && echo "benchmark failed (exit $rc); logs under $WORK" >&2
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for t in psql wrk curl python3; do command -v "$t" >/dev/null || die "missing: $t (wrk: apt-get install wrk)"; done
for svc in user-service auth-service playlist-service; do
  jar="$svc/target/$svc-$VERSION-exec.jar"
  [ -f "$jar" ] || die "$jar missing: run make build"
  cp "$jar" "$WORK/jars/$svc.jar"
done

log "database $DB: drop if it exists, create"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
DB_CREATED=1

start() { # NAME PORT
  env SERVER_PORT="$2" \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" SPRING_DATASOURCE_USERNAME=postgres \
    MUSICPLAYER_DATA_DIR="$PWD/$WORK/data" \
    AUTH_JWKS_URL="http://127.0.0.1:$AUTH_PORT/.well-known/jwks.json" \
    USER_SERVICE_URL="http://127.0.0.1:$USER_PORT" \
    MUSICPLAYER_ADMIN_PASSWORD="bench-admin-$RANDOM$RANDOM" MUSICPLAYER_DEMO=false \
    MUSICPLAYER_AUTH_ACCESS_TOKEN_TTL=6h \
    "$JAVA" -jar "$WORK/jars/$1.jar" >"$WORK/logs/$1.log" 2>&1 </dev/null &
  PIDS+=("$!")
}
healthy() { # PORT NAME
  for _ in $(seq 1 360); do
    curl -s -m 2 "http://127.0.0.1:$1/health" 2>/dev/null | grep -q '"UP"' && return
    sleep 0.5
  done
  tail -n 30 "$WORK/logs/$2.log" >&2
  die "$2 not healthy"
}

log "starting user-service (it migrates the schema), then auth-service and playlist-service"
start user-service "$USER_PORT"
healthy "$USER_PORT" user-service
start auth-service "$AUTH_PORT"
start playlist-service "$PLAYLIST_PORT"
healthy "$AUTH_PORT" auth-service
healthy "$PLAYLIST_PORT" playlist-service

log "a listener, $SONGS songs, and a playlist of $SIZE entries"
curl -s -f -o /dev/null -X POST "http://127.0.0.1:$USER_PORT/users" -H 'Content-Type: application/json' \
  -d '{"username":"bench","email":"bench@bench.local","password":"bench-password","first_name":"Bench"}'
token=""
for _ in 1 2 3 4 5; do
  token=$(curl -s -m 20 -X POST "http://127.0.0.1:$AUTH_PORT/auth/login" -H 'Content-Type: application/json' \
    -d '{"email":"bench@bench.local","password":"bench-password"}' | sed -n 's/.*"auth_token" *: *"\([^"]*\)".*/\1/p')
  [ -n "$token" ] && break
  sleep 1
done
[ -n "$token" ] || die "login failed"
echo "$token" >"$WORK/tokens.txt"
sql -c "INSERT INTO artists (name, name_key, sort_name, created_at, updated_at) VALUES ('Bench', 'bench', 'Bench', now(), now())"
sql -c "INSERT INTO songs (title, artist, artist_id, genre, file_url, duration, created_at, updated_at)
        SELECT 'Song ' || g, 'Bench', (SELECT id FROM artists WHERE name_key = 'bench'), 'Pop',
               'https://example.com/' || g || '.mp3', 120 + g % 180, now(), now()
        FROM generate_series(1, $SONGS) g"
first_song=$(sql -c "SELECT min(id) FROM songs")
P=http://127.0.0.1:$PLAYLIST_PORT
playlist=$(curl -s -X POST "$P/playlists" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"name":"Ten thousand"}' | sed -n 's/.*"id" *: *\([0-9]*\).*/\1/p')
ids=$(python3 -c "print(','.join(str($first_song + i % $SONGS) for i in range($SIZE)))")
fill=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -X POST "$P/playlists/$playlist/songs" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "{\"song_ids\":[$ids]}")
[ "${fill%% *}" = 200 ] || die "filling the playlist: $fill"
log "  playlist $playlist filled with $SIZE entries in one request: ${fill#* } s"
sql -c "VACUUM (ANALYZE) playlist_entries, playlists, songs"

written() { sql -c "SELECT tup_inserted + tup_updated + tup_deleted FROM pg_stat_database WHERE datname = '$DB'"; }

: >"$WORK/results.tsv"
run() { # OP LABEL CONNECTIONS
  local op=$1 label=$2 connections=$3
  local envs=(BENCH_PLAYLIST_OP="$op" BENCH_PLAYLIST_ID="$playlist" BENCH_PLAYLIST_SIZE="$SIZE"
    BENCH_PLAYLIST_SONG="$first_song" BENCH_TOKENS_FILE="$WORK/tokens.txt")
  local wrk=(wrk -t 1 -c "$connections" --timeout 10s -s bench/wrk/playlist.lua)
  [ "$WARMUP" != 0 ] && env "${envs[@]}" BENCH_WRK_OUT="$WORK/wrk/$op.warmup.json" "${wrk[@]}" -d "${WARMUP}s" "$P" \
    >"$WORK/wrk/$op.warmup.txt" 2>&1
  # the write counters reach pg_stat_database when the sessions report (idle: within 10 s)
  sleep 11
  local before after
  before=$(written)
  env "${envs[@]}" BENCH_WRK_OUT="$WORK/wrk/$op.json" "${wrk[@]}" -d "${DURATION}s" "$P" >"$WORK/wrk/$op.txt" 2>&1
  sleep 11
  after=$(written)
  printf '%s\t%s\t%s\t%s\t%s\n' "$op" "$label" "$connections" "$WORK/wrk/$op.json" "$((after - before))" >>"$WORK/results.tsv"
  log "  $label: $(python3 -c "import json;d=json.load(open('$WORK/wrk/$op.json'));print(round(d['requests']*1e6/d['duration_us']),'req/s, p50',d['latency_us']['p50']/1000,'ms')")"
}

log "scenarios: ${DURATION}s each after ${WARMUP}s of warm-up"
run one "GET the playlist (reference: one key read)" "$READ_CONNECTIONS"
run page "GET a page of 50 songs at a random offset" "$READ_CONNECTIONS"
run end "add one song at the end / remove it (alternating)" "$WRITE_CONNECTIONS"
run middle "insert one song at position 5,000 / remove it (alternating)" "$WRITE_CONNECTIONS"
run move "move 3 entries 5 places later (random place)" "$WRITE_CONNECTIONS"

load=$(cut -d' ' -f1-3 /proc/loadavg)
count=$(sql -c "SELECT count(*) || ' entries, positions ' || min(position) || '..' || max(position) FROM playlist_entries WHERE playlist_id = $playlist")
out="$RESULTS/$STAMP-playlists.md"
python3 - "$WORK/results.tsv" "$out" "$SIZE" "$count" "$(psql -X -d postgres -Atc 'show server_version')" \
  "$("$JAVA" -version 2>&1 | head -1)" "$(nproc)" "$load" <<'EOF'
import json, sys
tsv, out, size, count, pg, jdk, cores, load = sys.argv[1:]
rows = []
for line in open(tsv):
    op, label, conns, path, written = line.rstrip("\n").split("\t")
    d = json.load(open(path))
    e = d["errors"]
    errors = e["connect"] + e["read"] + e["write"] + e["status"] + e["timeout"]
    rate = d["requests"] * 1e6 / d["duration_us"]
    lat = d["latency_us"]
    rows.append(f"| {label} | {conns} | {rate:,.0f} | {lat['p50'] / 1000:.1f} | {lat['p99'] / 1000:.1f} | {errors} "
                f"| {int(written) / max(d['requests'], 1):,.1f} |")
with open(out, "w") as f:
    f.write(f"# Playlist benchmark ({size} entries)\n\n")
    f.write(f"PostgreSQL {pg}, {jdk}, {cores} cores shared with the load generator (wrk, loopback). One playlist "
            f"of {size} entries, its owner's token; writes to one playlist are serialised by its row lock. "
            "Rows written per request: pg_stat_database (inserted + updated + deleted tuples) over the run, "
            "divided by the requests. SQL statements per request, the same at 100 and 10,000 entries "
            "(PlaylistStatementsTest): page 3, add at the end 4, insert before the end 6, remove 6, move 4.\n\n")
    f.write("| scenario | connections | req/s | p50 ms | p99 ms | errors | rows written / request |\n")
    f.write("|---|---|---|---|---|---|---|\n")
    f.write("\n".join(rows) + "\n\n")
    f.write(f"After the run: {count}. Load average at the end (1, 5, 15 min): {load} on {cores} cores.\n")
print(open(out).read())
EOF
log "report: $out"
