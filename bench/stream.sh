#!/usr/bin/env bash
# Streaming benchmark (issue 13): `make bench-stream`, from the repository root.
#
# Starts media-service alone (its own port, its own PostgreSQL database mp_bench_stream, its own
# data directory under bench/.run/) over a music folder with a generated 100 MB WAV and a 60 s FLAC,
# then measures, on loopback, each beside its physical reference from the same run:
#   1. one stream of the 100 MB file (curl, best of 5) vs `curl file://` of the same file; and, for
#      the zero-copy evidence, one more stream under strace: bytes sent by sendfile(2) vs write(2);
#   2. 200 concurrent clients doing random 64 KiB Range reads (wrk, signed URL, no token) for a
#      bounded time: req/s, latency p50/p99, errors; then a burst of 200 parallel single range
#      requests for the time to first byte (curl time_starttransfer) p50/p99;
#   3. transcodes per second: FLAC → MP3 128 kb/s, the cache off, as many at once as cores.
# Writes bench/results/<timestamp>-stream.md and stops everything it started (also on failure).
set -Eeuo pipefail
cd "$(dirname "$0")/.."

# a free port unless one is given (other benchmarks on this machine use 18000-18003 and more)
PORT=${BENCH_STREAM_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
DB=${BENCH_STREAM_DB:-mp_bench_stream}
DURATION=${BENCH_DURATION:-20}
CONNECTIONS=${BENCH_STREAM_CONNECTIONS:-200}
TRANSCODES=${BENCH_TRANSCODES:-8}
RANGE_BYTES=${BENCH_RANGE_BYTES:-65536}
if [ -n "${BENCH_JAVA_HOME:-}" ]; then JAVA=$BENCH_JAVA_HOME/bin/java; else JAVA=${JAVA:-java}; fi
JAR=media-service/target/media-service-0.1.0-SNAPSHOT-exec.jar
KEY=bench-stream-key-$(date +%s)-0123456789abcdef0123456789
STAMP=$(date +%Y%m%d-%H%M%S)
WORK=bench/.run/stream-$STAMP
CACHE=bench/.run/stream-audio
RESULTS=bench/results
mkdir -p "$WORK" "$CACHE" "$RESULTS"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
unset PGPASSWORD PGDATABASE

PID=""
NGINX_PID=""
cleanup() {
  trap - EXIT INT TERM
  if [ -n "$NGINX_PID" ]; then kill -TERM "$NGINX_PID" 2>/dev/null || true; fi
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
    kill -TERM "$PID" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$PID" 2>/dev/null || true
  fi
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT
trap 'echo "interrupted" >&2; exit 130' INT TERM
die() { echo "bench-stream: $*" >&2; exit 1; }

for tool in ffmpeg wrk curl psql openssl strace; do
  command -v $tool >/dev/null || die "$tool is needed (Debian: apt-get install ffmpeg wrk curl postgresql-client openssl strace)"
done
[ -f "$JAR" ] || die "$JAR is missing: mvn -q package -pl media-service -am -DskipTests"

# --- audio (generated once, kept in bench/.run/stream-audio) ---------------------------------------
BIG=$CACHE/big-100mb.wav
SHORT=$CACHE/short-60s.flac
[ -f "$BIG" ] || ffmpeg -v error -y -f lavfi -i "sine=frequency=440:duration=600" -ac 2 -ar 44100 -c:a pcm_s16le "$BIG"
[ -f "$SHORT" ] || ffmpeg -v error -y -f lavfi -i "sine=frequency=330:duration=60" -ac 2 -ar 44100 "$SHORT"
MUSIC=$WORK/music
mkdir -p "$MUSIC"
ln "$BIG" "$MUSIC/Big - Tone.wav" 2>/dev/null || cp "$BIG" "$MUSIC/Big - Tone.wav"
ln "$SHORT" "$MUSIC/Short - Tone.flac" 2>/dev/null || cp "$SHORT" "$MUSIC/Short - Tone.flac"
SIZE=$(stat -c %s "$BIG")

# --- media-service -----------------------------------------------------------------------------
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null
psql -q -d postgres -c "CREATE DATABASE $DB" >/dev/null
ss -ltn | grep -q ":$PORT " && die "port $PORT is in use (BENCH_STREAM_PORT)"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
echo "starting media-service on :$PORT (load average $LOAD_START)"
DATABASE_URL=postgresql://postgres@127.0.0.1:5432/$DB MUSICPLAYER_STREAM_KEY=$KEY \
  "$JAVA" -jar "$JAR" --server.port=$PORT --musicplayer.data-dir="$WORK/data" \
  --musicplayer.media.music-dirs="$(realpath "$MUSIC")" --musicplayer.media.scan-on-start=true \
  --musicplayer.media.transcode-cache-size=0 --logging.file.name="$WORK/media-service.log" \
  >"$WORK/console.log" 2>&1 &
PID=$!
for i in $(seq 1 300); do
  kill -0 "$PID" 2>/dev/null || { tail -n 30 "$WORK/console.log" >&2; die "media-service exited"; }
  curl -sf "http://127.0.0.1:$PORT/health" >/dev/null 2>&1 && break
  sleep 1
done
for i in $(seq 1 300); do
  kill -0 "$PID" 2>/dev/null || { tail -n 30 "$WORK/console.log" >&2; die "media-service exited"; }
  [ "$(psql -tA -d "$DB" -c 'SELECT COUNT(*) FROM media_files' 2>/dev/null || echo 0)" = 2 ] && break
  sleep 1
done
BIG_ID=$(psql -tA -d "$DB" -c "SELECT song_id FROM media_files WHERE storage_key LIKE '%big-100mb.wav' OR storage_key LIKE '%Big - Tone.wav'")
SHORT_ID=$(psql -tA -d "$DB" -c "SELECT song_id FROM media_files WHERE storage_key LIKE '%.flac'")
[ -n "$BIG_ID" ] && [ -n "$SHORT_ID" ] || die "the scan did not import both files"
USER_ID=$(psql -tA -d "$DB" -c "INSERT INTO users (username, email, password_hash, first_name, role, created_at, updated_at)
  VALUES ('bench', 'bench@bench.local', 'x', 'Bench', 'USER', now(), now()) RETURNING id" | head -1)

# A signed stream URL, signed here as media-service signs it (README: base64url of
# HMAC-SHA256(key, "v1\n<song>\n<uid>\n<exp>\n<format>\n<max_bitrate>")).
signed() { # song format bitrate
  local exp=$(( $(date +%s) + 7200 )) sig query=""
  sig=$(printf 'v1\n%s\n%s\n%s\n%s\n%s' "$1" "$USER_ID" "$exp" "$2" "$3" \
    | openssl dgst -sha256 -hmac "$KEY" -binary | base64 | tr '+/' '-_' | tr -d '=\n')
  [ -n "$2" ] && query="format=$2&"
  [ -n "$3" ] && query="${query}max_bitrate=$3&"
  echo "/songs/$1/stream?${query}exp=$exp&uid=$USER_ID&sig=$sig"
}
BIG_PATH=$(signed "$BIG_ID" "" "")
URL=http://127.0.0.1:$PORT$BIG_PATH
code=$(curl -s -o /dev/null -w '%{http_code}' -r 0-0 "$URL")
[ "$code" = 206 ] || die "a signed range request answered $code"

# --- 1. one stream vs curl file:// -----------------------------------------------------------------
rate() { # curl URL → MB/s
  curl -s -o /dev/null -w '%{speed_download}' "$1" | awk '{printf "%.0f", $1 / 1e6}'
}
best_of() { local best=0 r; for _ in 1 2 3 4 5; do r=$(rate "$1"); [ "$r" -gt "$best" ] && best=$r; done; echo "$best"; }
cat "$BIG" >/dev/null # page cache
FILE_RATE=$(best_of "file://$(realpath "$BIG")")
STREAM_RATE=$(best_of "$URL")
echo "one stream: $STREAM_RATE MB/s; curl file://: $FILE_RATE MB/s"

# nginx (Debian's nginx-light, if installed) serving the same file with sendfile: the reference
# for a web server on this machine under the same load
NGINX_NOTE="nginx: not installed (optional: apt-get install nginx-light)"
NGINX_RANGES="nginx not installed"
NGINX_URL=""
if command -v nginx >/dev/null; then
  NPORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  NGINX=$(realpath "$WORK")/nginx
  mkdir -p "$NGINX"
  cat >"$NGINX/nginx.conf" <<CONF
user root;
worker_processes auto;
pid $NGINX/nginx.pid;
error_log $NGINX/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  client_body_temp_path $NGINX/body;
  proxy_temp_path $NGINX/proxy;
  fastcgi_temp_path $NGINX/fastcgi;
  uwsgi_temp_path $NGINX/uwsgi;
  scgi_temp_path $NGINX/scgi;
  server { listen 127.0.0.1:$NPORT; root $(realpath "$MUSIC"); }
}
CONF
  nginx -p "$NGINX" -c "$NGINX/nginx.conf" -g 'daemon off;' 2>"$NGINX/stderr.log" &
  NGINX_PID=$!
  for _ in $(seq 1 50); do curl -sf -o /dev/null -r 0-0 "http://127.0.0.1:$NPORT/Big%20-%20Tone.wav" && break; sleep 0.2; done
  NGINX_URL=http://127.0.0.1:$NPORT/Big%20-%20Tone.wav
  NGINX_NOTE="nginx $(nginx -v 2>&1 | sed 's/.*\///'), sendfile on: $(best_of "$NGINX_URL") MB/s"
fi
echo "reference: $NGINX_NOTE"

# zero-copy evidence: which system calls carry the bytes of one stream
strace -f -qq -e trace=sendfile,write,writev -o "$WORK/strace.txt" -p "$PID" &
STRACE=$!
sleep 2
curl -s -o /dev/null "$URL"
sleep 1
kill -INT "$STRACE" 2>/dev/null || true
wait "$STRACE" 2>/dev/null || true
read -r SF_CALLS SF_BYTES WR_CALLS WR_BYTES < <(awk '
  /sendfile\(/ { n = $NF; if (n ~ /^[0-9]+$/) { sc++; sb += n } }
  /write\(|writev\(/ { n = $NF; if (n ~ /^[0-9]+$/) { wc++; wb += n } }
  END { printf "%d %d %d %d\n", sc, sb, wc, wb }' "$WORK/strace.txt")
echo "strace of one $SIZE-byte stream: sendfile $SF_CALLS calls / $SF_BYTES bytes; write+writev $WR_CALLS calls / $WR_BYTES bytes"

# --- 2. 200 clients, random ranges ---------------------------------------------------------------
STREAM_PATH=$BIG_PATH STREAM_SIZE=$SIZE RANGE_BYTES=$RANGE_BYTES \
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s bench/wrk/stream_ranges.lua \
  "http://127.0.0.1:$PORT" >"$WORK/wrk-ranges.txt" 2>&1 || true
RPS=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-ranges.txt")
P50=$(awk '$1 == "50%" {print $2}' "$WORK/wrk-ranges.txt")
P99=$(awk '$1 == "99%" {print $2}' "$WORK/wrk-ranges.txt")
THROUGHPUT=$(awk '/Transfer\/sec/ {print $2}' "$WORK/wrk-ranges.txt")
SOCKET_ERRORS=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$WORK/wrk-ranges.txt")
NOT_206=$(awk '/^not_206/ {print $2}' "$WORK/wrk-ranges.txt")
if [ -n "$NGINX_URL" ]; then
  STREAM_PATH=/Big%20-%20Tone.wav STREAM_SIZE=$SIZE RANGE_BYTES=$RANGE_BYTES \
    wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s bench/wrk/stream_ranges.lua \
    "http://127.0.0.1:$NPORT" >"$WORK/wrk-ranges-nginx.txt" 2>&1 || true
  NGINX_RANGES="nginx: $(awk '/Requests\/sec/ {print $2}' "$WORK/wrk-ranges-nginx.txt") req/s, p50 $(awk '$1 == "50%" {print $2}' "$WORK/wrk-ranges-nginx.txt"), p99 $(awk '$1 == "99%" {print $2}' "$WORK/wrk-ranges-nginx.txt")"
fi
echo "ranges: $RPS req/s, p50 $P50, p99 $P99, $THROUGHPUT/s, socket errors ${SOCKET_ERRORS:-0}, not 206: ${NOT_206:-?}"

# time to first byte: 200 range requests at once
seq 1 "$CONNECTIONS" | xargs -P "$CONNECTIONS" -I{} sh -c \
  'first=$(( ($(od -An -N4 -tu4 /dev/urandom) % ('"$SIZE"' - '"$RANGE_BYTES"') ) )); curl -s -o /dev/null -r "$first-$((first + '"$RANGE_BYTES"' - 1))" -w "%{http_code} %{time_starttransfer}\n" "'"$URL"'"' \
  >"$WORK/ttfb.txt"
TTFB=$(sort -k2 -n "$WORK/ttfb.txt" | awk '{ t[NR] = $2; if ($1 != 206) bad++ } END {
  printf "p50 %.1f ms, p99 %.1f ms, max %.1f ms, non-206 %d", t[int(NR*0.5)]*1000, t[int(NR*0.99)]*1000, t[NR]*1000, bad }')
echo "time to first byte, $CONNECTIONS at once: $TTFB"

# --- 3. transcodes per second ------------------------------------------------------------------------
MP3_URL=http://127.0.0.1:$PORT$(signed "$SHORT_ID" mp3 128)
curl -s -o "$WORK/sample.mp3" "$MP3_URL"
PROBE=$(ffprobe -v error -select_streams a:0 -show_entries stream=codec_name,bit_rate -of csv=p=0 "$WORK/sample.mp3")
CORES=$(nproc)
START=$(date +%s.%N)
seq 1 "$TRANSCODES" | xargs -P "$CORES" -I{} curl -s -o /dev/null -w '%{http_code}\n' "$MP3_URL" >"$WORK/transcodes.txt"
END=$(date +%s.%N)
TPS=$(echo "$TRANSCODES $START $END" | awk '{printf "%.2f", $1 / ($3 - $2)}')
REALTIME=$(echo "$TRANSCODES $START $END" | awk '{printf "%.0f", $1 * 60 / ($3 - $2)}')
TC_BAD=$(grep -vc '^200$' "$WORK/transcodes.txt" || true)
echo "transcodes: $TPS per second (60 s FLAC -> MP3 128 kb/s, $CORES at once) = ${REALTIME}x real time; probe: $PROBE; non-200: $TC_BAD"

LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
REPORT=$RESULTS/$STAMP-stream.md
{
  echo "# Streaming benchmark $STAMP"
  echo
  echo "- commit $(git rev-parse --short HEAD), $("$JAVA" -version 2>&1 | head -1), $(nproc) cores"
  echo "- load average at the start $LOAD_START, at the end $LOAD_END"
  echo
  echo "| measurement | result | reference (same run) |"
  echo "|---|---|---|"
  echo "| one stream of a $((SIZE / 1000000)) MB file over loopback (signed URL, best of 5) | $STREAM_RATE MB/s | curl file:// of the same file: $FILE_RATE MB/s; $NGINX_NOTE |"
  echo "| zero-copy: system calls of one stream (strace) | sendfile: $SF_CALLS calls, $SF_BYTES bytes | write/writev: $WR_CALLS calls, $WR_BYTES bytes (headers, logs) |"
  echo "| $CONNECTIONS clients, random $RANGE_BYTES-byte ranges, ${DURATION} s (wrk) | $RPS req/s, p50 $P50, p99 $P99, $THROUGHPUT/s | $NGINX_RANGES; socket errors ${SOCKET_ERRORS:-0}, answers other than 206: ${NOT_206:-?} |"
  echo "| time to first byte, $CONNECTIONS range requests at once (curl) | $TTFB | |"
  echo "| transcodes, 60 s FLAC → MP3 128 kb/s, cache off, $CORES at once | $TPS /s (${REALTIME}× real time) | ffprobe of one: $PROBE; non-200: $TC_BAD |"
} >"$REPORT"
echo
cat "$REPORT"
