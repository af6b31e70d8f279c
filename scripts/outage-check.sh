#!/usr/bin/env bash
# make outage-check: the database goes away and comes back. Starts the system on the local
# PostgreSQL (its own database), stops PostgreSQL, and checks that every service answers 503
# problem+json within 5 s (no 500, no hang); starts PostgreSQL again and checks that every service
# recovers by itself within 10 s. Stops everything it started, also on failure.
# CAUTION: it stops the machine's PostgreSQL for a few seconds; run it when nothing else needs it.
set -euo pipefail
cd "$(dirname "$0")/.."
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
cleanup() {
  pg_isready -q -h 127.0.0.1 || pg start
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
       "GET 8002 /songs" "GET 8003 /health" "GET 8003 /users/me")
probe() { # METHOD PORT PATH -> "status seconds content-type"
  local args=(-s -o /tmp/outage-body -m 20 -w '%{http_code} %{time_total} %{content_type}' -X "$1" "http://localhost:$2$3"
              -H "Authorization: Bearer $token")
  [ "$1" = POST ] && args+=(-H 'Content-Type: application/json' -d '{"email":"outage@example.com","password":"outage-password-1"}')
  curl "${args[@]}"
}

failed=0
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
echo "outage-check: $(( ${#calls[@]} * 2 - failed )) passed, $failed failed"
[ "$failed" -eq 0 ]
