#!/usr/bin/env bash
# make bench-scan (issue 12): folder-scan speed and memory at several library sizes. For each size
# (BENCH_SCAN_SIZES, default "1000 10000 100000"): a generated library of tagged FLAC files with a
# cover per album (bench/ScanLibrary.java), media-service alone on a fresh PostgreSQL database
# scanning it at start, then restarted for a rescan of the unchanged library, three times (each in
# a freshly started JVM, so the median is reported with the range). Reports files/s of both, the
# heap after each GC during the scan (live data: flat means no growth with the library),
# peak RSS, and the anchors from other servers' issue trackers. Writes bench/results/<stamp>-scan.md
# and stops everything it started, also on failure.
set -Eeuo pipefail
cd "$(dirname "$0")/.."

SIZES=${BENCH_SCAN_SIZES:-1000 10000 100000}
PORT=${BENCH_SCAN_PORT:-18104}
DB=${BENCH_SCAN_DB:-mp_bench_scan}
JAVA=${BENCH_JAVA_HOME:+$BENCH_JAVA_HOME/bin/}java
HEAP=${BENCH_SCAN_HEAP:-512m}
VERSION=0.1.0-SNAPSHOT
JAR=media-service/target/media-service-$VERSION-exec.jar
STAMP=$(date +%Y%m%d-%H%M%S)
WORK=bench/.run/$STAMP-scan
LIBS=${BENCH_SCAN_LIBRARIES:-bench/.scan-libraries}
mkdir -p "$WORK" bench/results "$LIBS"
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
unset PGPASSWORD PGDATABASE

pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
sql() { psql -X -q -At -d "$DB" "$@"; }

[ -f "$JAR" ] || { echo "$JAR missing: run make build" >&2; exit 1; }
command -v ffmpeg >/dev/null || { echo "ffmpeg is needed to make the template file (apt-get install ffmpeg)" >&2; exit 1; }
ffmpeg -v error -y -f lavfi -i anullsrc=r=8000:cl=mono -t 1 -c:a flac "$WORK/template.flac"

# one scan of LIB by a fresh media-service process: waits for the scan to end, prints
# "seconds files imported failed", leaves the GC log in $WORK/gc-<tag>.log
scan() { # scan LIB TAG
  local lib=$1 tag=$2
  MUSICPLAYER_MUSIC_DIRS="$lib" MUSICPLAYER_MEDIA_SCAN_ON_START=true MUSICPLAYER_DEMO=false \
  MUSICPLAYER_DATA_DIR="$WORK/data" DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$DB" \
    "$JAVA" -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc-$tag.log" ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" \
    --logging.file.name="$WORK/media-$tag.log" >"$WORK/console-$tag.log" 2>&1 &
  pid=$!
  local rss=0 state="" r before
  before=$(sql -c "SELECT coalesce(max(id), 0) FROM scans" 2>/dev/null || echo 0)
  for _ in $(seq 1 7200); do
    sleep 0.5
    kill -0 "$pid" 2>/dev/null || { echo "media-service died: $(tail -5 "$WORK/console-$tag.log")" >&2; exit 1; }
    r=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    [ "${r:-0}" -gt "$rss" ] && rss=$r
    state=$(sql -c "SELECT state FROM scans WHERE id > ${before:-0} ORDER BY id DESC LIMIT 1" 2>/dev/null || true)
    [ -n "$state" ] && [ "$state" != running ] && break
  done
  local row
  row=$(sql -F ' ' -c "SELECT extract(epoch FROM finished_at - started_at), files_seen, imported, updated, removed, failed
                       FROM scans ORDER BY id DESC LIMIT 1")
  kill "$pid" && wait "$pid" 2>/dev/null || true
  pid=""
  # heap after each GC, MB: "... 120M->40M(256M) ..." -> 40
  local live
  live=$(sed -n 's/.* [0-9]*M->\([0-9]*\)M([0-9]*M).*/\1/p' "$WORK/gc-$tag.log" | sort -n | tail -1)
  echo "$row ${live:-0} $((rss / 1024))"
}

rows=()
for n in $SIZES; do
  lib="$LIBS/$n"
  if [ ! -f "$lib/.complete" ]; then
    log "generating a library of $n files in $lib"
    rm -rf "$lib"
    "$JAVA" bench/ScanLibrary.java "$WORK/template.flac" "$lib" "$n"
    touch "$lib/.complete"
  fi
  log "$n files: first scan (fresh database $DB)"
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  rm -rf "$WORK/data"
  read -r s1 seen1 imp1 _ _ fail1 live1 rss1 <<<"$(scan "$(realpath "$lib")" "first-$n")"
  log "  $seen1 files in $s1 s ($imp1 imported, $fail1 failed); heap after GC at most $live1 MB, RSS $rss1 MB"
  times=()
  for r in 1 2 3; do
    log "$n files: rescan $r of 3 (unchanged, freshly started JVM)"
    read -r s2 seen2 imp2 upd2 rem2 fail2 live2 rss2 <<<"$(scan "$(realpath "$lib")" "rescan-$n-$r")"
    log "  $seen2 files in $s2 s ($imp2 imported, $upd2 updated, $rem2 removed, $fail2 failed); heap after GC at most $live2 MB"
    times+=("$s2")
  done
  read -r fast med slow <<<"$(printf '%s\n' "${times[@]}" | sort -g | tr '\n' ' ')"
  rows+=("$n $s1 $seen1 $imp1 $fail1 $live1 $rss1 $med $seen2 $imp2 $upd2 $live2 $fast $slow")
done

out=bench/results/$STAMP-scan.md
{
  echo "# make bench-scan — $STAMP"
  echo
  echo "media-service alone on PostgreSQL ($(psql -X -At -d postgres -c 'SHOW server_version')), -Xmx$HEAP, $("$JAVA" -version 2>&1 | head -1);"
  echo "$(nproc) cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg). Libraries: tagged FLAC (1 s), a cover per album of 10 tracks."
  echo
  echo "| files | first scan | files/s | rescan (unchanged), median of 3 | files/s (range) | heap after GC, max (first / rescan) | peak RSS |"
  echo "|---|---|---|---|---|---|---|"
  for r in "${rows[@]}"; do
    read -r n s1 seen1 imp1 fail1 live1 rss1 s2 seen2 imp2 upd2 live2 fast slow <<<"$r"
    awk -v n="$n" -v s1="$s1" -v seen1="$seen1" -v s2="$s2" -v seen2="$seen2" -v l1="$live1" -v l2="$live2" -v rss="$rss1" \
        -v fast="$fast" -v slow="$slow" \
      'function rate(s) { return seen2 / (s > 0 ? s : 0.001) }
       BEGIN { printf "| %d | %.1f s | %.0f | %.2f s | %.0f (%.0f–%.0f) | %d MB / %d MB | %d MB |\n", n, s1, seen1 / (s1 > 0 ? s1 : 1), s2, rate(s2), rate(slow), rate(fast), l1, l2, rss }'
  done
  echo
  echo "Targets (issue 12): first scan ≥ 500 files/s; rescan of an unchanged 10k library ≥ 20,000 files/s; heap flat."
  echo "Anchors (their issue trackers): gonic ~86 tracks/s, Jpsonic ~330 tracks/s, Navidrome > 10 GB RAM on a 150k-track full scan."
} >"$out"
cat "$out"
