#!/usr/bin/env bash
# make outage-check: what a dependency's outage looks like from outside, with the figures.
# Starts the system on the local PostgreSQL (its own database), then
#  1. user-service hangs, then is down, under a second auth-service: a login answers 503
#     problem+json within 2 s (connect 0.5 s + read 1.2 s timeouts) — the time is printed;
#  2. PostgreSQL stops: every service answers 503 problem+json within 5 s (no 500, no hang); it
#     starts again: every service recovers by itself within 10 s.
# Stops everything it started, also on failure. `scripts/outage-check.sh user-service` runs only
# part 1, which leaves PostgreSQL alone.
# CAUTION: part 2 stops the machine's PostgreSQL for a few seconds; run it when nothing else needs it.
set -euo pipefail
cd "$(dirname "$0")/.."
parts=${1:-all}
make -s build >/dev/null
cluster=$(ls /etc/postgresql)
pg() { pg_ctlcluster --skip-systemctl-redirect "$cluster" main "$1" ${2:+-m $2}; }
db="mp_outage_$(date +%s)"
data=$(mktemp -d /tmp/musicplayer-outage.XXXXXX)
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db"
export DATABASE_URL="postgresql://postgres@127.0.0.1:5432/$db" MUSICPLAYER_DATA_DIR=$data MUSICPLAYER_DEMO=false
export MUSICPLAYER_ADMIN_EMAIL=outage@example.com MUSICPLAYER_ADMIN_PASSWORD=outage-password-1
java -XX:TieredStopAtLevel=1 -jar system/target/system-*-exec.jar --logging.file.name="$data/system.log" >"$data/console.log" 2>&1 &
pid=$!
auth2=""; silent=""
cleanup() {
  pg_isready -q -h 127.0.0.1 || pg start
  for p in "$auth2" "$silent"; do [ -n "$p" ] && kill "$p" 2>/dev/null && wait "$p" 2>/dev/null; done
  kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do pg_isready -q -h 127.0.0.1 && break; sleep 0.5; done
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
  rm -rf "$data"
}
trap cleanup EXIT
scripts/wait-healthy.sh 90 >/dev/null

token=$(curl -s -X POST localhost:8000/auth/login -H 'Content-Type: application/json' \
  -d '{"email":"outage@example.com","password":"outage-password-1"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["auth_token"])')
# one DB-backed call per service, plus each /health
calls=("GET 8000 /health" "POST 8000 /auth/login" "GET 8001 /health" "GET 8001 /albums" "GET 8002 /health"
       "GET 8002 /songs" "GET 8003 /health" "GET 8003 /users/me" "GET 8005 /health" "GET 8005 /playlists")
probe() { # METHOD PORT PATH -> "status seconds content-type"
  local args=(-s -o /tmp/outage-body -m 20 -w '%{http_code} %{time_total} %{content_type}' -X "$1" "http://localhost:$2$3"
              -H "Authorization: Bearer $token")
  [ "$1" = POST ] && args+=(-H 'Content-Type: application/json' -d '{"email":"outage@example.com","password":"outage-password-1"}')
  curl "${args[@]}"
}

failed=0
login_body='{"email":"outage@example.com","password":"outage-password-1"}'
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

if [ "$parts" = all ] || [ "$parts" = user-service ]; then
  # a "user-service" that accepts connections and never answers
  silent_port=$(free_port)
  python3 -c 'import socket,sys,time
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(64); held = []
while True: held.append(s.accept()[0])' "$silent_port" &
  silent=$!
  auth_port=$(free_port)
  SERVER_PORT=$auth_port USER_SERVICE_URL=http://127.0.0.1:$silent_port \
    java -XX:TieredStopAtLevel=1 -jar auth-service/target/auth-service-*-exec.jar \
    --logging.file.name="$data/auth2.log" >"$data/auth2-console.log" 2>&1 &
  auth2=$!
  for _ in $(seq 1 120); do curl -s -m 2 "http://localhost:$auth_port/health" | grep -q '"UP"' && break; sleep 0.5; done
  login() { curl -s -o /tmp/outage-body -m 20 -w '%{http_code} %{time_total} %{content_type}' -X POST \
    "http://localhost:$auth_port/auth/login" -H 'Content-Type: application/json' -d "$login_body"; }
  login >/dev/null || true # a fresh server's first request pays for its warm-up
  for state in hangs down; do
    if [ "$state" = down ]; then kill "$silent" && wait "$silent" 2>/dev/null || true; silent=""; fi
    read -r status secs type <<<"$(login)"
    ok=$(python3 -c "print($status == 503 and $secs <= 2.0)")
    [ "$ok" = True ] || failed=$((failed + 1))
    printf '  %-4s user-service %-5s POST :%s/auth/login -> %s in %.2f s (%s)\n' "$([ "$ok" = True ] && echo ok || echo FAIL)" \
      "$state" "$auth_port" "$status" "$secs" "$type"
  done
  kill "$auth2" && wait "$auth2" 2>/dev/null || true; auth2=""
  if [ "$parts" = user-service ]; then
    echo "outage-check: $((2 - failed)) passed, $failed failed"
    [ "$failed" -eq 0 ]; exit
  fi
fi

echo "stopping PostgreSQL"
pg stop fast
for c in "${calls[@]}"; do
  read -r m p path <<<"$c"
  read -r status secs type <<<"$(probe "$m" "$p" "$path")"
  ok=$(python3 -c "print($status == 503 and $secs <= 5.0)")
  [ "$ok" = True ] || failed=$((failed + 1))
  printf '  %-4s %-6s %-5s :%s%-12s -> %s in %.2f s (%s)\n' "$([ "$ok" = True ] && echo ok || echo FAIL)" "down" "$m" "$p" "$path" "$status" "$secs" "$type"
done

echo "starting PostgreSQL"
pg start
back=$(date +%s%N)
for c in "${calls[@]}"; do
  read -r m p path <<<"$c"
  status=0
  while [ "$status" != 200 ] && [ $(( ($(date +%s%N) - back) / 1000000 )) -lt 10000 ]; do
    read -r status secs type <<<"$(probe "$m" "$p" "$path")"
    [ "$status" = 200 ] || sleep 0.2
  done
  ms=$(( ($(date +%s%N) - back) / 1000000 ))
  [ "$status" = 200 ] || failed=$((failed + 1))
  printf '  %-4s %-6s %-5s :%s%-12s -> %s, %d.%d s after PostgreSQL started\n' "$([ "$status" = 200 ] && echo ok || echo FAIL)" "back" "$m" "$p" "$path" "$status" $((ms / 1000)) $(((ms % 1000) / 100))
done
echo "outage-check: $(( ${#calls[@]} * 2 + 2 - failed )) passed, $failed failed"
[ "$failed" -eq 0 ]
