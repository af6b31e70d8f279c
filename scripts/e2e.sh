#!/usr/bin/env bash
# make e2e: the web player end to end in headless Chromium against the real system. Builds the
# player (web/, npm) and the jars, starts the whole system as `make start` does — every service and
# the gateway on their fixed ports, a fresh temporary data directory with the generated demo library —
# waits until all are healthy, runs the browser test web/e2e/run.mjs (playwright-core driving
# Debian's /usr/bin/chromium) against http://localhost:8080, and stops the system, also on failure.
#
# The test gets BASE_URL, ADMIN_EMAIL, ADMIN_PASSWORD (the admin this run creates) and
# SCREENSHOT_DIR (default target/e2e-screenshots: each main screen, desktop and phone width). It binds the fixed ports,
# so it runs under the ports lock (/tmp/musicplayer-ports.lock) when flock is there.
# E2E_NO_BUILD=1 uses the jars and the player as they are built.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${MUSICPLAYER_PORTS_LOCKED:-}" ] && command -v flock >/dev/null; then
  exec env MUSICPLAYER_PORTS_LOCKED=1 flock /tmp/musicplayer-ports.lock "$0" "$@"
fi

web=${WEB_DIR:-web}
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "e2e: no Chromium at $chromium (Debian: apt-get install chromium)" >&2; exit 1; }
[ -f "$web/package.json" ] || { echo "e2e: no web player in $web/" >&2; exit 1; }

if [ -z "${E2E_NO_BUILD:-}" ]; then
  echo "== building the web player and the jars"
  if [ "$web" = web ]; then make -s web; else (cd "$web" && npm ci --no-audit --no-fund && npm run build); fi
  make -s build >/dev/null
fi
[ -f "$web/dist/index.html" ] || { echo "e2e: $web/dist has no build (cd $web && npm run build)" >&2; exit 1; }
jar=$(ls system/target/system-*-exec.jar)

data=$(mktemp -d /tmp/musicplayer-e2e.XXXXXX)
export MUSICPLAYER_DATA_DIR=$data
export MUSICPLAYER_ADMIN_EMAIL=${MUSICPLAYER_ADMIN_EMAIL:-e2e-admin@example.com}
export MUSICPLAYER_ADMIN_PASSWORD=${MUSICPLAYER_ADMIN_PASSWORD:-"e2e-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"}
export MUSICPLAYER_WEB_DIR=$(cd "$web" && pwd)/dist
unset DATABASE_URL SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD

for p in 8000 8001 8002 8003 8004 8080; do
  if curl -s -m 1 -o /dev/null "http://localhost:$p/health"; then
    echo "e2e: port $p is busy: stop the running system first (make stop)" >&2; exit 1
  fi
done

mkdir -p "$data/logs"
java ${JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -jar "$jar" \
  --logging.file.name="$data/logs/musicplayer.log" >"$data/logs/console.log" 2>&1 &
pid=$!
cleanup() {
  local rc=$?
  kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  if [ "$rc" -ne 0 ]; then
    echo "--- last lines of the system's console"; tail -n 40 "$data/logs/console.log" 2>/dev/null || true
  fi
  rm -rf "$data"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

started=$(date +%s)
scripts/wait-healthy.sh 180
# the demo library is scanned at start: wait until its songs are in (the launcher waits too)
for _ in $(seq 1 120); do
  grep -q 'MusicPlayer is up' "$data/logs/console.log" 2>/dev/null && break; sleep 1
done
echo "system up after $(( $(date +%s) - started )) s; the player: http://localhost:8080"

export BASE_URL=http://localhost:8080
export ADMIN_EMAIL=$MUSICPLAYER_ADMIN_EMAIL
export ADMIN_PASSWORD=$MUSICPLAYER_ADMIN_PASSWORD
mkdir -p target
export SCREENSHOT_DIR=${SCREENSHOT_DIR:-$(pwd)/target/e2e-screenshots}
export CHROMIUM=$chromium
mkdir -p "$SCREENSHOT_DIR"
echo "== $web/e2e/run.mjs (screenshots in $SCREENSHOT_DIR)"
node "$web/e2e/run.mjs"
