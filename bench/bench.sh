#!/usr/bin/env bash
# The MusicPlayer benchmark (issue 6). Usage, from the repository root, after `make build`:
#
#   bench/bench.sh run      make bench:        references + scenarios a-j on one catalog
#   bench/bench.sh scale    make bench-scale:  scenarios a-d at several catalog sizes
#   bench/bench.sh serve    make bench-serve:  the seeded system, left running for profiling
#                           (BENCH_SERVE_SECONDS, default 1800) until then or Ctrl-C
#
# Starts the four service jars as four processes on a fresh PostgreSQL database (127.0.0.1:5432,
# user postgres, trust auth), seeds it with COPY, drives it with wrk from this machine (loopback
# only), writes bench/results/<timestamp>[-scale].md and stops everything it started — also on
# failure and Ctrl-C. All knobs are environment variables; see bench/README.md.
set -Eeuo pipefail
cd "$(dirname "$0")/.."

MODE=${1:-run}
case $MODE in run | scale | serve) ;; *) echo "usage: $0 run|scale|serve" >&2; exit 2 ;; esac

# ---------------------------------------------------------------------------------------------
# Settings
QUICK=${BENCH_QUICK:-0}
[ "$QUICK" = 0 ] && QUICK=""
if [ -n "$QUICK" ]; then
  d_songs=10000 d_albums=1000 d_users=200 d_likes=100000 d_plays=100000 d_warmup=2 d_duration=6 d_ref=5 d_jit=3
  d_sizes="1000 10000 100000"
else
  d_songs=100000 d_albums=10000 d_users=1000 d_likes=1000000 d_plays=1000000 d_warmup=5 d_duration=20 d_ref=15 d_jit=30
  d_sizes="10000 100000 1000000"
fi
SONGS=${BENCH_SONGS:-$d_songs}
ALBUMS=${BENCH_ALBUMS:-$d_albums}
USERS=${BENCH_USERS:-$d_users}
LIKES=${BENCH_LIKES:-$d_likes}
PLAYS=${BENCH_PLAYS:-$d_plays}
WARMUP=${BENCH_WARMUP:-$d_warmup}
DURATION=${BENCH_DURATION:-$d_duration}
REF_DURATION=${BENCH_REF_DURATION:-$d_ref}
JIT_WARMUP=${BENCH_JIT_WARMUP:-$d_jit}
SCALE_SIZES=${BENCH_SCALE_SIZES:-$d_sizes}
SCALE_LIKES_PER_SONG=${BENCH_SCALE_LIKES_PER_SONG:-10}
SCALE_PLAYS_PER_SONG=${BENCH_SCALE_PLAYS_PER_SONG:-2}
SCALE_SONGS_PER_ALBUM=${BENCH_SCALE_SONGS_PER_ALBUM:-10}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
THREADS=${BENCH_THREADS:-2}
WRK_TIMEOUT=${BENCH_WRK_TIMEOUT:-10s}
TOKENS=${BENCH_TOKENS:-32}
BCRYPT_COST=${BENCH_BCRYPT_COST:-10}
PGBENCH_SCALE=${BENCH_PGBENCH_SCALE:-10}
DB=${BENCH_DB:-mp_bench}
PG_DB=${DB}_pgbench
PORT_BASE=${BENCH_PORT_BASE:-18000}
KEEP_DB=${BENCH_KEEP_DB:-0}
LIST_TOKEN=${BENCH_LIST_TOKEN:-0}
JAVA_OPTS_BENCH=${BENCH_JAVA_OPTS:-}
PASSWORD=bench-password
if [ -n "${BENCH_JAVA_HOME:-}" ]; then JAVA=$BENCH_JAVA_HOME/bin/java; else JAVA=${JAVA:-java}; fi
if [ "$MODE" = run ]; then
  SCENARIOS=${BENCH_SCENARIOS:-a b1 b2 c d e f g h i j n k l m}
else
  SCENARIOS=${BENCH_SCENARIOS:-a b1 b2 b3 c d g h}
fi

export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
unset PGPASSWORD PGDATABASE

AUTH_PORT=$PORT_BASE
ALBUM_PORT=$((PORT_BASE + 1))
SONG_PORT=$((PORT_BASE + 2))
USER_PORT=$((PORT_BASE + 3))
SUBSONIC_PORT=$((PORT_BASE + 5))
VERSION=0.1.0-SNAPSHOT

STAMP=$(date +%Y%m%d-%H%M%S)
WORK=bench/.run/$STAMP
RESULTS=bench/results
mkdir -p "$WORK/logs" "$WORK/wrk" "$WORK/data" "$RESULTS"
# keep the work directories (logs, raw wrk output) of the last 5 runs
ls -1d bench/.run/*/ 2>/dev/null | sort | head -n -5 | xargs -r rm -rf
: >"$WORK/meta.tsv"
: >"$WORK/results.tsv"
: >"$WORK/rss.tsv"
: >"$WORK/seed.tsv"
NOTES=()

log() { printf '[%4ds] %s\n' "$SECONDS" "$*"; }
warn() { printf '[%4ds] WARNING: %s\n' "$SECONDS" "$*" >&2; NOTES+=("$*"); }
die() { printf '[%4ds] FAILED: %s\n' "$SECONDS" "$*" >&2; exit 1; }
meta() { printf '%s\t%s\n' "$1" "$2" >>"$WORK/meta.tsv"; }
# psql on the benchmark database; waits and retries while the server has no connection slot free
# (the local PostgreSQL is shared with test runs).
sql() {
  local try rc
  for try in 1 2 3 4 5 6 7 8 9 10; do
    rc=0
    psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -At "$@" 2>"$WORK/psql.err" || rc=$?
    if [ "$rc" -ne 0 ] && grep -q 'too many clients' "$WORK/psql.err"; then
      echo "    (PostgreSQL has no free connection, retrying in 3 s)" >&2
      sleep 3
      continue
    fi
    cat "$WORK/psql.err" >&2
    return "$rc"
  done
  cat "$WORK/psql.err" >&2
  return 1
}

# ---------------------------------------------------------------------------------------------
# Everything started here is stopped on exit, failure or Ctrl-C.
SVC_NAMES=()
SVC_PIDS=()
CHILD=""
DB_CREATED=""
PG_DB_CREATED=""

stop_services() {
  local i pid
  [ -n "$CHILD" ] && kill "$CHILD" 2>/dev/null || true
  CHILD=""
  for pid in "${SVC_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 40); do
    local alive=0
    for pid in "${SVC_PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.5
  done
  for i in "${!SVC_PIDS[@]}"; do
    if kill -0 "${SVC_PIDS[$i]}" 2>/dev/null; then
      echo "  ${SVC_NAMES[$i]} (pid ${SVC_PIDS[$i]}) did not stop in 20 s: killing it"
      kill -KILL "${SVC_PIDS[$i]}" 2>/dev/null || true
    fi
    wait "${SVC_PIDS[$i]}" 2>/dev/null || true
  done
  SVC_PIDS=()
  SVC_NAMES=()
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM ERR
  set +e
  if [ "${#SVC_PIDS[@]}" -gt 0 ] || [ -n "$CHILD" ]; then
    log "stopping what the benchmark started"
    stop_services
  fi
  if [ -n "$PG_DB_CREATED" ]; then
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" 2>/dev/null
  fi
  if [ -n "$DB_CREATED" ]; then
    if [ "$KEEP_DB" = 1 ]; then
      log "database $DB kept (BENCH_KEEP_DB=1); drop it with: psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE $DB'"
    else
      psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" 2>/dev/null && log "database $DB dropped"
    fi
  fi
  rm -rf "$WORK/jars" "$WORK/data"
  [ "$rc" -ne 0 ] && echo "benchmark failed (exit $rc); service logs and raw wrk output under $WORK" >&2
  exit "$rc"
}
trap cleanup EXIT
trap 'echo; echo "interrupted" >&2; exit 130' INT TERM
trap 'echo "[${SECONDS}s] error at line $LINENO: $BASH_COMMAND" >&2' ERR

# run_child OUTPUT-FILE COMMAND...: runs a long command as a background child with its output
# in the file, so that Ctrl-C/TERM reach the trap at once (and the trap's messages the terminal).
run_child() {
  local out=$1
  shift
  "$@" >"$out" 2>&1 &
  CHILD=$!
  local rc=0
  wait "$CHILD" || rc=$?
  CHILD=""
  return $rc
}

# ---------------------------------------------------------------------------------------------
# Tools
ensure_tools() {
  local missing=()
  for t in psql python3 curl; do command -v "$t" >/dev/null || missing+=("$t"); done
  [ "${#missing[@]}" -eq 0 ] || die "missing: ${missing[*]}"
  "$JAVA" -version >/dev/null 2>&1 || die "no java at $JAVA"
  if ! command -v wrk >/dev/null; then
    log "wrk not found: installing Debian's package (apt-get install wrk)"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >/dev/null \
      || die "could not install wrk"
  fi
  psql -X -q -d postgres -Atc "SELECT 1" >/dev/null 2>&1 || die "no PostgreSQL at 127.0.0.1:5432 (user postgres, trust auth)"
  local free
  free=$(psql -X -q -d postgres -Atc "SELECT current_setting('max_connections')::int - count(*) FROM pg_stat_activity")
  # 4 services x 10 pooled connections, pgbench's 32 clients, psql
  [ "$free" -ge 75 ] || warn "PostgreSQL has only $free connection slots free (the run needs about 75): other clients may make it fail"
  for svc in user-service auth-service album-service song-service subsonic-service; do
    [ -f "$svc/target/$svc-$VERSION-exec.jar" ] || die "$svc/target/$svc-$VERSION-exec.jar missing: run make build"
  done
  for p in $AUTH_PORT $ALBUM_PORT $SONG_PORT $USER_PORT $SUBSONIC_PORT; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      die "port $p is busy (BENCH_PORT_BASE=$PORT_BASE): another benchmark running? set BENCH_PORT_BASE"
    fi
  done
}

crypto_classpath() {
  local jar
  jar=$(ls "$HOME"/.m2/repository/org/springframework/security/spring-security-crypto/*/spring-security-crypto-*.jar 2>/dev/null \
    | grep -v -e sources -e javadoc | sort -V | tail -1 || true)
  if [ -z "$jar" ]; then # the copy inside a service jar
    mkdir -p "$WORK/lib"
    (cd "$WORK/lib" && unzip -qo "../../../../auth-service/target/auth-service-$VERSION-exec.jar" 'BOOT-INF/lib/spring-security-crypto-*.jar' 2>/dev/null) || true
    jar=$(ls "$WORK"/lib/BOOT-INF/lib/spring-security-crypto-*.jar 2>/dev/null | head -1 || true)
  fi
  [ -n "$jar" ] || die "spring-security-crypto jar not found (in ~/.m2 or auth-service's jar)"
  echo "$jar"
}

# ---------------------------------------------------------------------------------------------
# References: pgbench -S and raw bcrypt, measured before the services start (nothing else of
# ours running).
reference_pgbench() {
  if ! command -v pgbench >/dev/null; then warn "pgbench not installed: no database reference"; return; fi
  log "reference: pgbench -i -s $PGBENCH_SCALE on $PG_DB, then pgbench -S -c $CONNECTIONS -j $THREADS -T $REF_DURATION (TCP)"
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)" -c "CREATE DATABASE $PG_DB"
  PG_DB_CREATED=1
  run_child "$WORK/pgbench-init.txt" pgbench -i -q -s "$PGBENCH_SCALE" "$PG_DB" || die "pgbench -i failed: $(tail -3 "$WORK/pgbench-init.txt")"
  run_child "$WORK/pgbench.txt" pgbench -S -n -c "$CONNECTIONS" -j "$THREADS" -T "$REF_DURATION" "$PG_DB" \
    || die "pgbench failed: $(tail -3 "$WORK/pgbench.txt")"
  local tps lat
  tps=$(sed -n 's/^tps = \([0-9.]*\) .*without initial connection time.*/\1/p' "$WORK/pgbench.txt" | head -1)
  lat=$(sed -n 's/^latency average = \([0-9.]*\) ms.*/\1/p' "$WORK/pgbench.txt" | head -1)
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $PG_DB WITH (FORCE)"
  PG_DB_CREATED=""
  log "  pgbench -S: $tps TPS, latency average $lat ms"
  meta pgbench_tps "$tps"
  meta pgbench_how "pgbench -S -c $CONNECTIONS -j $THREADS -T $REF_DURATION, scale $PGBENCH_SCALE, TCP 127.0.0.1; latency average $lat ms"
}

reference_bcrypt() {
  local cp rate
  cp=$(crypto_classpath)
  log "reference: bcrypt verifications/s at cost $BCRYPT_COST on $THREADS threads ($REF_DURATION s, $(basename "$cp"))"
  run_child "$WORK/bcrypt.txt" "$JAVA" -cp "$cp" bench/BcryptRate.java rate "$BCRYPT_COST" "$THREADS" "$REF_DURATION" \
    || die "bcrypt reference failed: $(tail -3 "$WORK/bcrypt.txt")"
  rate=$(tail -1 "$WORK/bcrypt.txt")
  log "  bcrypt: $rate verifications/s"
  meta bcrypt_rate "$rate"
  meta bcrypt_how "BCrypt.checkpw (spring-security-crypto, as the services), cost $BCRYPT_COST, $THREADS threads, $REF_DURATION s, same JDK as the services"
}

# ---------------------------------------------------------------------------------------------
# The system: four jars, four processes.
create_database() {
  log "database $DB: drop if it exists, create"
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  DB_CREATED=1
}

start_service() { # NAME PORT
  local name=$1 port=$2
  local jar="$WORK/jars/$name.jar"
  # Both DATABASE_URL and SPRING_DATASOURCE_*: the latter wins in Spring and does not depend on
  # the platform's DATABASE_URL translation.
  # shellcheck disable=SC2086
  env SERVER_PORT="$port" \
    DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$DB" \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
    SPRING_DATASOURCE_USERNAME=postgres \
    MUSICPLAYER_DATA_DIR="$PWD/$WORK/data" \
    AUTH_JWKS_URL="http://127.0.0.1:$AUTH_PORT/.well-known/jwks.json" \
    USER_SERVICE_URL="http://127.0.0.1:$USER_PORT" \
    MUSICPLAYER_ADMIN_EMAIL=bench-admin@bench.local \
    MUSICPLAYER_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    MUSICPLAYER_AUTH_ACCESS_TOKEN_TTL=6h \
    MUSICPLAYER_PASSWORD_BCRYPT_COST="$BCRYPT_COST" \
    MUSICPLAYER_DEMO=false \
    "$JAVA" $JAVA_OPTS_BENCH -jar "$jar" >"$WORK/logs/$name.log" 2>&1 </dev/null &
  SVC_PIDS+=("$!")
  SVC_NAMES+=("$name")
}

wait_healthy() { # LIMIT NAME:PORT...
  local limit=$1
  shift
  local deadline=$((SECONDS + limit)) pending=("$@")
  while [ "${#pending[@]}" -gt 0 ]; do
    local still=()
    for np in "${pending[@]}"; do
      local name=${np%%:*} port=${np#*:}
      if curl -s -m 2 "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"UP"'; then
        log "  $name healthy on :$port"
      else
        still+=("$np")
      fi
    done
    pending=("${still[@]+"${still[@]}"}")
    [ "${#pending[@]}" -eq 0 ] && break
    for i in "${!SVC_PIDS[@]}"; do
      kill -0 "${SVC_PIDS[$i]}" 2>/dev/null || { tail -n 40 "$WORK/logs/${SVC_NAMES[$i]}.log" >&2; die "${SVC_NAMES[$i]} exited during start"; }
    done
    if [ "$SECONDS" -ge "$deadline" ]; then
      for np in "${pending[@]}"; do tail -n 30 "$WORK/logs/${np%%:*}.log" >&2; done
      die "not healthy after ${limit}s: ${pending[*]}"
    fi
    sleep 0.5
  done
}

start_system() {
  # Copies of the jars: a build running beside the benchmark cannot pull them away mid-run.
  mkdir -p "$WORK/jars"
  for svc in user-service auth-service album-service song-service subsonic-service; do
    cp "$svc/target/$svc-$VERSION-exec.jar" "$WORK/jars/$svc.jar"
  done
  ADMIN_PASSWORD="bench-admin-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
  local t0=$SECONDS
  log "starting user-service first (it migrates the schema), on $($JAVA -version 2>&1 | head -1)"
  start_service user-service "$USER_PORT"
  wait_healthy 180 "user-service:$USER_PORT"
  log "starting auth-service, album-service, song-service"
  start_service auth-service "$AUTH_PORT"
  start_service album-service "$ALBUM_PORT"
  start_service song-service "$SONG_PORT"
  start_service subsonic-service "$SUBSONIC_PORT"
  wait_healthy 180 "auth-service:$AUTH_PORT" "album-service:$ALBUM_PORT" "song-service:$SONG_PORT" \
    "subsonic-service:$SUBSONIC_PORT"
  log "  system up in $((SECONDS - t0)) s"
}

# ---------------------------------------------------------------------------------------------
# Seeding with COPY
copy_table() { # TABLE SEED-ARGS...
  local table=$1
  shift
  local cols
  cols=$(python3 bench/seed.py columns "$table")
  # session_replication_role=replica: no foreign-key triggers during the load (the generator
  # writes consistent rows); PostgreSQL still checks the primary and unique keys.
  python3 bench/seed.py rows "$table" "$@" \
    | psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -c "SET session_replication_role = replica" \
      -c "COPY $table ($cols) FROM STDIN WITH (FORMAT csv)"
}

seed_users() {
  local cp hash base t0=$SECONDS
  cp=$(crypto_classpath)
  hash=$("$JAVA" -cp "$cp" bench/BcryptRate.java hash "$PASSWORD" "$BCRYPT_COST")
  base=$(sql -c "SELECT coalesce(max(id), 0) FROM users")
  USER_BASE=$base
  log "seeding $USERS users (ids $((base + 1))..$((base + USERS)), one bcrypt hash at cost $BCRYPT_COST)"
  copy_table users --users "$USERS" --user-base "$base" --password-hash "$hash"
  sql -c "SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT max(id) FROM users))" >/dev/null
  sql -c "VACUUM (ANALYZE) users"
  log "  users seeded in $((SECONDS - t0)) s"
}

seed_catalog() { # SONGS ALBUMS LIKES PLAYS
  local songs=$1 albums=$2 likes=$3 plays=$4 t0=$SECONDS
  local args=(--songs "$songs" --albums "$albums" --users "$USERS" --likes "$likes" --plays "$plays"
    --user-base "$USER_BASE" --now "$(date +%s)")
  log "seeding the catalog: $songs songs, $albums albums, $likes likes, $plays plays over the last year (COPY)"
  sql -c "TRUNCATE now_playing, song_play_counts, plays, user_likes, album_songs, songs, albums, artists RESTART IDENTITY CASCADE"
  # Secondary indexes (not those behind a primary or unique key) are dropped for the load and
  # rebuilt after it: much faster than maintaining them row by row.
  sql -F $'\t' -c "
    SELECT c.relname, pg_get_indexdef(i.indexrelid)
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid
    JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = current_schema() AND t.relname IN ('songs', 'albums', 'album_songs', 'user_likes', 'artists', 'plays', 'song_play_counts')
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = t.oid)
    ORDER BY t.relname, c.relname" >"$WORK/indexes.tsv"
  sql -F $'\t' -c "
    SELECT c.relname, a.attstattarget
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indexrelid
    JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    JOIN pg_attribute a ON a.attrelid = i.indexrelid AND a.attnum = 1
    WHERE n.nspname = current_schema() AND t.relname IN ('songs', 'albums', 'album_songs', 'user_likes', 'artists', 'plays', 'song_play_counts')
      AND a.attstattarget > 0" >"$WORK/index-stats.tsv"
  local name def
  while IFS=$'\t' read -r name def; do sql -c "DROP INDEX \"$name\""; done <"$WORK/indexes.tsv"
  copy_table artists "${args[@]}"
  copy_table albums "${args[@]}"
  copy_table songs "${args[@]}"
  copy_table album_songs "${args[@]}"
  copy_table user_likes "${args[@]}"
  copy_table plays "${args[@]}"
  # the counts the library module keeps up with every play, counted once from the plays
  sql -c "INSERT INTO song_play_counts (song_id, play_count) SELECT song_id, count(*) FROM plays GROUP BY song_id"
  local n total
  total=$(wc -l <"$WORK/indexes.tsv")
  n=0
  while IFS=$'\t' read -r name def; do
    n=$((n + 1))
    printf '    index %2d/%d %s\n' "$n" "$total" "$name"
    sql -c "SET maintenance_work_mem = '512MB'" -c "$def"
  done <"$WORK/indexes.tsv"
  # the statistics targets the migrations set on index expressions (V5) go with a dropped index
  local stats
  while IFS=$'\t' read -r name stats; do
    sql -c "ALTER INDEX \"$name\" ALTER COLUMN 1 SET STATISTICS $stats"
  done <"$WORK/index-stats.tsv"
  sql -c "SELECT setval(pg_get_serial_sequence('songs', 'id'), (SELECT max(id) FROM songs))" \
    -c "SELECT setval(pg_get_serial_sequence('albums', 'id'), (SELECT max(id) FROM albums))" \
    -c "SELECT setval(pg_get_serial_sequence('artists', 'id'), (SELECT max(id) FROM artists))" \
    -c "SELECT setval(pg_get_serial_sequence('plays', 'id'), greatest((SELECT max(id) FROM plays), 1))" >/dev/null
  log "  VACUUM (ANALYZE)"
  sql -c "VACUUM (ANALYZE) songs, albums, album_songs, user_likes, artists, plays, song_play_counts"
  local got
  got=$(sql -c "SELECT (SELECT count(*) FROM songs) || ' songs, ' || (SELECT count(*) FROM albums) || ' albums, '
                || (SELECT count(*) FROM album_songs) || ' album tracks, ' || (SELECT count(*) FROM user_likes) || ' likes, '
                || (SELECT count(*) FROM plays) || ' plays, '
                || pg_size_pretty(pg_database_size(current_database()))")
  SEED_SECONDS=$((SECONDS - t0))
  log "  seeded in $SEED_SECONDS s: $got"
  CATALOG="$got"
}

login_tokens() {
  local n=$TOKENS t0=$SECONDS
  [ "$n" -gt "$USERS" ] && n=$USERS
  log "logging in $n seeded users through auth-service for their tokens"
  : >"$WORK/tokens.txt"
  local i try out tok
  for i in $(seq 1 "$n"); do
    # A few tries: the first calls into freshly started JVMs can miss auth-service's 1.2 s
    # deadline for user-service's answer (503).
    for try in 1 2 3 4 5; do
      out=$(curl -s -m 20 -X POST "http://127.0.0.1:$AUTH_PORT/auth/login" -H 'Content-Type: application/json' \
        -d "{\"email\":\"bench$i@bench.local\",\"password\":\"$PASSWORD\"}" || true)
      tok=$(printf '%s' "$out" | sed -n 's/.*"auth_token" *: *"\([^"]*\)".*/\1/p')
      [ -n "$tok" ] && break
      echo "    login of bench$i@bench.local, try $try: $(printf '%s' "$out" | head -c 200)"
      sleep 1
    done
    [ -n "$tok" ] || die "login of bench$i@bench.local failed: $(printf '%s' "$out" | head -c 300)"
    echo "$tok" >>"$WORK/tokens.txt"
  done
  log "  $n tokens in $((SECONDS - t0)) s"
  # an API key per user for the Subsonic scenarios (k l m)
  : >"$WORK/apikeys.txt"
  while read -r tok; do
    # one a line: the answer has no final newline, so sed's output would have none either
    printf '%s\n' "$(curl -s -m 20 -X POST "http://127.0.0.1:$AUTH_PORT/auth/api-keys" -H "Authorization: Bearer $tok" \
      -H 'Content-Type: application/json' -d '{"name":"bench"}' | sed -n 's/.*"key" *: *"\([^"]*\)".*/\1/p')" >>"$WORK/apikeys.txt"
  done <"$WORK/tokens.txt"
  log "  $(wc -l <"$WORK/apikeys.txt") API keys for subsonic-service"
}

# ---------------------------------------------------------------------------------------------
# Scenarios
scenario_label() {
  case $1 in
    a) echo "a. GET /songs/{id} (token)" ;;
    b1) echo "b. GET /songs?limit=50 (first page)" ;;
    b2) echo "b. GET /songs?limit=50&after=<songs-50> (deep page, by key)" ;;
    b3) echo "b. GET /songs?limit=50&offset=<songs-50> (deep page, by offset)" ;;
    c) echo "c. GET /songs?q=<word>&limit=50 (search)" ;;
    d) echo "d. GET /albums/{id}/songs (token)" ;;
    e) echo "e. PUT + DELETE /songs/{id}/like (token)" ;;
    f) echo "f. POST /auth/login" ;;
    g) echo "g. GET /artists?limit=50 (first page)" ;;
    h) echo "h. GET /search?q=<word>&limit=10" ;;
    i) echo "i. POST /songs/{id}/plays (token)" ;;
    j) echo "j. GET /songs/top?period=month&limit=50 (token)" ;;
    n) echo "n. GET /albums?sort=title&limit=50&offset=<random> (REST for k)" ;;
    k) echo "k. Subsonic getAlbumList2 alphabeticalByName, 50 (apiKey)" ;;
    l) echo "l. Subsonic search3 <word>, 20+20+20 (apiKey; REST: c, h)" ;;
    m) echo "m. Subsonic getAlbum (apiKey; REST: d)" ;;
    *) die "unknown scenario $1 (a b1 b2 b3 c d e f g h i j n k l m)" ;;
  esac
}

# One request of the scenario with curl, before the load: shows a wrong status at once.
probe() { # KEY
  local tok word status
  tok=$(head -1 "$WORK/tokens.txt")
  word=$(head -1 "$WORK/vocab.txt")
  local H=(-H "Authorization: Bearer $tok")
  local c=(curl -s -m 60 -o "$WORK/probe.body" -w '%{http_code} %{time_total}')
  case $1 in
    a) status=$("${c[@]}" "${H[@]}" "http://127.0.0.1:$SONG_PORT/songs/1" || true) ;;
    b1) status=$("${c[@]}" "http://127.0.0.1:$SONG_PORT/songs?limit=50" || true) ;;
    b2) status=$("${c[@]}" "http://127.0.0.1:$SONG_PORT/songs?limit=50&after=$DEEP_OFFSET" || true) ;;
    b3) status=$("${c[@]}" "http://127.0.0.1:$SONG_PORT/songs?limit=50&offset=$DEEP_OFFSET" || true) ;;
    c) status=$("${c[@]}" "http://127.0.0.1:$SONG_PORT/songs?limit=50&q=$word" || true) ;;
    d) status=$("${c[@]}" "${H[@]}" "http://127.0.0.1:$ALBUM_PORT/albums/1/songs" || true) ;;
    e) status=$("${c[@]}" "${H[@]}" -X PUT "http://127.0.0.1:$SONG_PORT/songs/1/like" || true)
       "${c[@]}" "${H[@]}" -X DELETE "http://127.0.0.1:$SONG_PORT/songs/1/like" >/dev/null || true ;;
    g) status=$("${c[@]}" "http://127.0.0.1:$ALBUM_PORT/artists?limit=50" || true) ;;
    h) status=$("${c[@]}" "http://127.0.0.1:$ALBUM_PORT/search?limit=10&q=$word" || true) ;;
    i) status=$("${c[@]}" "${H[@]}" -X POST -H 'Content-Type: application/json' -d '{"submission":true}' \
         "http://127.0.0.1:$SONG_PORT/songs/1/plays" || true) ;;
    j) status=$("${c[@]}" "${H[@]}" "http://127.0.0.1:$SONG_PORT/songs/top?period=month&limit=50" || true) ;;
    n) status=$("${c[@]}" "http://127.0.0.1:$ALBUM_PORT/albums?sort=title&limit=50&offset=1" || true) ;;
    k | l | m)
       local key q
       key=$(head -1 "$WORK/apikeys.txt")
       q="f=json&v=1.16.1&c=bench&apiKey=$key"
       case $1 in
         k) status=$("${c[@]}" "http://127.0.0.1:$SUBSONIC_PORT/rest/getAlbumList2?$q&type=alphabeticalByName&size=50" || true) ;;
         l) status=$("${c[@]}" "http://127.0.0.1:$SUBSONIC_PORT/rest/search3?$q&query=$word" || true) ;;
         m) status=$("${c[@]}" "http://127.0.0.1:$SUBSONIC_PORT/rest/getAlbum?$q&id=al-1" || true) ;;
       esac
       grep -q '"status":"ok"' "$WORK/probe.body" || status="599 ${status#* }" ;;
    f) status=$("${c[@]}" -X POST -H 'Content-Type: application/json' \
         -d "{\"email\":\"bench1@bench.local\",\"password\":\"$PASSWORD\"}" "http://127.0.0.1:$AUTH_PORT/auth/login" || true) ;;
  esac
  status=${status:-000 0}
  if [[ $status != 2* ]]; then
    warn "$(scenario_label "$1"): a single request answered ${status%% *}: $(head -c 200 "$WORK/probe.body" 2>/dev/null | tr '\n' ' ')"
  fi
  PROBE_TIME=${status#* }
}

# CPU time (clock ticks) of each service process and of all PostgreSQL processes, one "name ticks"
# a line: the difference over a scenario, divided by its requests, is the CPU cost of a request.
cpu_snapshot() {
  local i t p pg=0
  for i in "${!SVC_PIDS[@]}"; do
    t=$(awk '{print $14 + $15}' "/proc/${SVC_PIDS[$i]}/stat" 2>/dev/null || echo 0)
    echo "${SVC_NAMES[$i]} $t"
  done
  for p in $(pgrep -u postgres -x postgres 2>/dev/null || true); do
    t=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)
    pg=$((pg + ${t:-0}))
  done
  echo "postgres $pg"
}

run_scenario() { # KEY SONGS ALBUMS [RESULT-PREFIX]  (prefix "jit": a discarded JIT warm-up run)
  local key=$1 songs=$2 albums=$3 prefix=${4:-}
  local label port script extra=()
  DEEP_OFFSET=$((songs > 50 ? songs - 50 : 0))
  label=$(scenario_label "$key")
  case $key in
    a) port=$SONG_PORT script=song_get.lua ;;
    b1) port=$SONG_PORT script=songs_page.lua ;;
    b2) port=$SONG_PORT script=songs_page.lua extra=(BENCH_PAGE=deep) ;;
    b3) port=$SONG_PORT script=songs_page.lua extra=(BENCH_PAGE=offset) ;;
    c) port=$SONG_PORT script=search.lua ;;
    d) port=$ALBUM_PORT script=album_songs.lua ;;
    e) port=$SONG_PORT script=like.lua ;;
    f) port=$AUTH_PORT script=login.lua ;;
    g) port=$ALBUM_PORT script=artists_page.lua ;;
    h) port=$ALBUM_PORT script=search.lua extra=(BENCH_SEARCH_PATH=/search?limit=10) ;;
    i) port=$SONG_PORT script=play.lua ;;
    j) port=$SONG_PORT script=top.lua ;;
    n) port=$ALBUM_PORT script=albums_page.lua ;;
    k) port=$SUBSONIC_PORT script=subsonic.lua extra=(BENCH_SUBSONIC=albumlist) ;;
    l) port=$SUBSONIC_PORT script=subsonic.lua extra=(BENCH_SUBSONIC=search) ;;
    m) port=$SUBSONIC_PORT script=subsonic.lua extra=(BENCH_SUBSONIC=album) ;;
  esac
  local tag=${prefix:+$prefix-}$key
  local envs=(BENCH_SONGS="$songs" BENCH_ALBUMS="$albums" BENCH_USERS="$USERS" BENCH_DEEP_OFFSET="$DEEP_OFFSET"
    BENCH_TOKENS_FILE="$WORK/tokens.txt" BENCH_VOCAB_FILE="$WORK/vocab.txt" BENCH_PASSWORD="$PASSWORD"
    BENCH_APIKEYS_FILE="$WORK/apikeys.txt"
    BENCH_LIST_TOKEN="$LIST_TOKEN" "${extra[@]+"${extra[@]}"}")
  local wrk=(wrk -t "$THREADS" -c "$CONNECTIONS" --timeout "$WRK_TIMEOUT" -s "bench/wrk/$script")
  if [ "$prefix" = jit ]; then
    run_child "$WORK/wrk/$tag.txt" env "${envs[@]}" BENCH_WRK_OUT="$WORK/wrk/$tag.json" "${wrk[@]}" \
      -d "${JIT_WARMUP}s" "http://127.0.0.1:$port" || true
    return
  fi
  probe "$key"
  printf '[%4ds] %-46s' "$SECONDS" "$label"
  if [ "$WARMUP" != 0 ]; then
    run_child "$WORK/wrk/$tag.warmup.txt" env "${envs[@]}" BENCH_WRK_OUT="$WORK/wrk/$tag.warmup.json" "${wrk[@]}" \
      -d "${WARMUP}s" "http://127.0.0.1:$port" || true
  fi
  cpu_snapshot >"$WORK/wrk/$tag.cpu0"
  run_child "$WORK/wrk/$tag.txt" env "${envs[@]}" BENCH_WRK_OUT="$WORK/wrk/$tag.json" "${wrk[@]}" \
    -d "${DURATION}s" "http://127.0.0.1:$port" || warn "wrk failed for $label: $(tail -2 "$WORK/wrk/$tag.txt")"
  cpu_snapshot >"$WORK/wrk/$tag.cpu1"
  python3 bench/report.py line "$WORK/wrk/$tag.json"
  if [ -n "$prefix" ]; then
    printf '%s\t%s\t%s\t%s\n' "$prefix" "$key" "$label" "$WORK/wrk/$tag.json" >>"$WORK/results.tsv"
  else
    printf '%s\t%s\t%s\n' "$key" "$label" "$WORK/wrk/$tag.json" >>"$WORK/results.tsv"
  fi
}

# Every scenario once, unmeasured, so that the JIT has compiled the shared paths (security
# filters, JSON, JDBC) before the first measurement.
jit_warmup() { # SONGS ALBUMS
  [ "$JIT_WARMUP" = 0 ] && return
  log "JIT warm-up: every scenario for $JIT_WARMUP s, not measured"
  for key in $SCENARIOS; do run_scenario "$key" "$1" "$2" jit; done
}

record_rss() {
  local i pid rss hwm
  for i in "${!SVC_PIDS[@]}"; do
    pid=${SVC_PIDS[$i]}
    rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo "")
    hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo "")
    printf '%s\t%s\t%s\t%s\n' "${SVC_NAMES[$i]}" "$pid" "$rss" "$hwm" >>"$WORK/rss.tsv"
    log "  ${SVC_NAMES[$i]} (pid $pid): RSS $((${rss:-0} / 1024)) MiB, peak $((${hwm:-0} / 1024)) MiB"
  done
}

# WARN and ERROR lines in the service logs (SpringDoc's start-up notices aside): under load they
# are the 503s (pool exhausted, user-service too slow) behind wrk's error counts.
check_logs() {
  local name lines count top
  for name in user-service auth-service album-service song-service; do
    lines=$(grep -E ' (WARN|ERROR) ' "$WORK/logs/$name.log" 2>/dev/null | grep -v SpringDocAppInitializer || true)
    [ -n "$lines" ] || continue
    count=$(printf '%s\n' "$lines" | wc -l)
    top=$(printf '%s\n' "$lines" | sed -E 's/^[^]]*\][^]]*\] +[^ ]+ +: //; s/[0-9]+/N/g' | cut -c1-160 \
      | sort | uniq -c | sort -rn | head -3 | sed -E 's/^ *([0-9]+) (.*)$/\1 × "\2"/' | paste -sd ';' | sed 's/;/; /g')
    warn "$name logged $count WARN/ERROR lines, most often: $top"
  done
}

common_meta() {
  local dirty="" cpu
  [ -n "$(git status --porcelain 2>/dev/null | grep -v '^?? bench/' || true)" ] && dirty=" (with uncommitted changes)"
  cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)
  meta date "$(date -u '+%Y-%m-%d %H:%M UTC')"
  meta commit "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$dirty"
  meta jdk "$("$JAVA" -version 2>&1 | sed -n '1p;2p' | paste -sd ';' | sed 's/;/; /')"
  meta java_opts "${JAVA_OPTS_BENCH:-(JVM defaults)} — each service its own JVM"
  meta machine "$(nproc) cores ($cpu), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
  meta postgres "$(psql -X -d postgres -Atc 'SHOW server_version' | cut -d' ' -f1) at 127.0.0.1:5432, database $DB"
  meta load "wrk $(wrk -v 2>&1 | awk 'NR == 1 {print $2}' || true), $THREADS threads, $CONNECTIONS connections, $([ "$JIT_WARMUP" != 0 ] && echo "a first $JIT_WARMUP s unmeasured pass over every scenario, then ")${WARMUP} s warm-up + ${DURATION} s per scenario, timeout $WRK_TIMEOUT, loopback; lists anonymous unless BENCH_LIST_TOKEN=1 (now $LIST_TOKEN)"
}

finish_report() { # KIND FILE
  local kind=$1 file=$2
  check_logs
  local m=$((SECONDS / 60)) s=$((SECONDS % 60))
  meta elapsed "$m min $s s end to end (without the build); load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ "$KEEP_DB" = 1 ]; then meta database "$DB kept after the run (BENCH_KEEP_DB=1)"; else meta database "$DB dropped after the run"; fi
  meta raw "$WORK"
  if [ "${#NOTES[@]}" -gt 0 ]; then meta notes "$(printf -- '- %s<br>' "${NOTES[@]}")"; fi
  python3 bench/report.py "$kind" "$WORK" >"$file"
  echo
  cat "$file"
  echo
  log "report written to $file"
}

# ---------------------------------------------------------------------------------------------
ensure_tools
python3 bench/seed.py vocab >"$WORK/vocab.txt"
log "MusicPlayer benchmark ($MODE${QUICK:+, quick}); work directory $WORK"

if [ "$MODE" = run ]; then
  common_meta
  meta catalog "$SONGS songs, $ALBUMS albums, $USERS users, $LIKES likes, $PLAYS plays"
  reference_pgbench
  reference_bcrypt
  create_database
  start_system
  seed_users
  seed_catalog "$SONGS" "$ALBUMS" "$LIKES" "$PLAYS"
  sed -i "s|^catalog\t.*|catalog\t$CATALOG (seeded in $SEED_SECONDS s)|" "$WORK/meta.tsv"
  login_tokens
  log "scenarios: ${WARMUP} s warm-up + ${DURATION} s each, $CONNECTIONS connections"
  jit_warmup "$SONGS" "$ALBUMS"
  for key in $SCENARIOS; do run_scenario "$key" "$SONGS" "$ALBUMS"; done
  log "memory per service"
  record_rss
  stop_services
  finish_report bench "$RESULTS/$STAMP.md"
elif [ "$MODE" = serve ]; then
  create_database
  start_system
  seed_users
  seed_catalog "$SONGS" "$ALBUMS" "$LIKES" "$PLAYS"
  login_tokens
  DEEP_OFFSET=$((SONGS > 50 ? SONGS - 50 : 0))
  {
    echo "BENCH_SONGS=$SONGS BENCH_ALBUMS=$ALBUMS BENCH_USERS=$USERS BENCH_DEEP_OFFSET=$DEEP_OFFSET"
    echo "BENCH_TOKENS_FILE=$PWD/$WORK/tokens.txt BENCH_VOCAB_FILE=$PWD/$WORK/vocab.txt BENCH_PASSWORD=$PASSWORD"
  } | tr ' ' '\n' | sed 's/^/export /' >"$WORK/env.sh"
  log "serving: auth :$AUTH_PORT, album :$ALBUM_PORT, song :$SONG_PORT, user :$USER_PORT; pids ${SVC_PIDS[*]}"
  log "  for wrk: source $WORK/env.sh; wrk -c $CONNECTIONS -d 20s -s bench/wrk/song_get.lua http://127.0.0.1:$SONG_PORT"
  log "  stops by itself after ${BENCH_SERVE_SECONDS:-1800} s, or at Ctrl-C"
  run_child "$WORK/serve.txt" sleep "${BENCH_SERVE_SECONDS:-1800}" || true
else
  common_meta
  meta catalog "sizes: $SCALE_SIZES songs; albums = songs / $SCALE_SONGS_PER_ALBUM, likes = songs × $SCALE_LIKES_PER_SONG, plays = songs × $SCALE_PLAYS_PER_SONG, $USERS users"
  create_database
  start_system
  seed_users
  login_tokens
  for size in $SCALE_SIZES; do
    albums=$((size / SCALE_SONGS_PER_ALBUM))
    [ "$albums" -lt 1 ] && albums=1
    seed_catalog "$size" "$albums" "$((size * SCALE_LIKES_PER_SONG))" "$((size * SCALE_PLAYS_PER_SONG))"
    printf '%s\t%s\n' "$size" "$SEED_SECONDS" >>"$WORK/seed.tsv"
    [ "$size" = "${SCALE_SIZES%% *}" ] && jit_warmup "$size" "$albums"
    log "scenarios at $size songs: ${WARMUP} s warm-up + ${DURATION} s each"
    for key in $SCENARIOS; do run_scenario "$key" "$size" "$albums" "$size"; done
  done
  log "memory per service"
  record_rss
  stop_services
  finish_report scale "$RESULTS/$STAMP-scale.md"
fi
