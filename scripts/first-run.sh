#!/usr/bin/env bash
# make first-run: the README's first steps, taken as a newcomer takes them.
# Clones this checkout's HEAD into a temporary directory and, in the clone, with every
# MUSICPLAYER_*, SPRING_*, DATABASE_URL (and TEST_*, make's own) variable unset:
#   1. make run, in the background as in a terminal, until every /health is UP (cold: build,
#      class-data-sharing training, first start); the admin logs in with the generated password
#      from data/admin-password.txt; a user registers and logs in; the catalog is read through
#      GET /albums and GET /songs; Ctrl-C (SIGINT to the job, as a terminal sends it);
#   2. make run again (warm): the user still logs in, the catalog is unchanged; Ctrl-C;
#   3. make start, make health, the README's curl tour, make stop, make health (now failing);
#   4. make test, the README's second command (skipped with --no-test).
# Prints the cold and warm start times. Stops what it started and removes the clone, also on
# failure or interruption. It binds ports 8000-8005: where others share the machine, run it under
# `flock /tmp/musicplayer-ports.lock`. If the README changes its commands, change them here too:
# the script checks that the README still says what it runs.
set -euo pipefail
set -m # job control: `make run &` gets its own process group, which Ctrl-C (SIGINT) reaches whole

run_tests=true
[ "${1:-}" = --no-test ] && run_tests=false
repo=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
ports=(8000 8001 8002 8003 8004 8005 4533)
ports+=(8080) # the gateway
A=http://localhost:8000
AL=http://localhost:8001
S=http://localhost:8002
U=http://localhost:8003
M=http://localhost:8004

# A newcomer's shell: none of the project's variables, no outer make's flags.
for name in $(compgen -e); do
  case "$name" in
    MUSICPLAYER_* | SPRING_* | DATABASE_URL | TEST_DB | TEST_PG_* | TEST_MARIADB_* | JAVA_OPTS | DATA_DIR \
      | MAKEFLAGS | MFLAGS | MAKELEVEL | MAKEOVERRIDES) unset "$name" ;;
  esac
done

for p in "${ports[@]}"; do
  if curl -s -m 1 -o /dev/null "http://localhost:$p/health"; then
    echo "first-run: port $p is busy; stop what runs there first" >&2
    exit 1
  fi
done

tmp=$(mktemp -d /tmp/musicplayer-first-run.XXXXXX)
clone=$tmp/musicplayer
job="" # the process group of the running `make run`
passed=0
failed=0

say() { printf '%s\n' "$*"; }
ok() { passed=$((passed + 1)); say "  ok   $1"; }
fail() { failed=$((failed + 1)); say "  FAIL $1"; }
check() { if eval "$1"; then ok "$2"; else fail "$2"; fi; } # check CONDITION DESCRIPTION

# Pids listening on the service ports from inside the clone: what `make start` left, if stop failed.
clone_listeners() {
  ss -ltnpH 2>/dev/null | grep -E ":(8000|8001|8002|8003|8004|8005|4533|8080) " | grep -oE 'pid=[0-9]+' | cut -d= -f2 | sort -u \
    | while read -r pid; do
      [ "$(readlink "/proc/$pid/cwd" 2>/dev/null)" = "$clone" ] && echo "$pid"
    done
  return 0
}

cleanup() {
  local rc=$?
  set +e
  if [ -n "$job" ] && kill -0 -- "-$job" 2>/dev/null; then
    kill -INT -- "-$job" 2>/dev/null
    for _ in $(seq 1 40); do kill -0 -- "-$job" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$job" 2>/dev/null
  fi
  if [ -f "$clone/data/musicplayer.pid" ]; then (cd "$clone" && make -s stop >/dev/null 2>&1); fi
  for pid in $(clone_listeners); do kill "$pid" 2>/dev/null; sleep 2; kill -KILL "$pid" 2>/dev/null; done
  if [ "$rc" -ne 0 ]; then
    for log in "$tmp"/run-*.log "$clone/data/logs/console.log"; do
      [ -f "$log" ] && { say "--- last lines of $log"; tail -n 40 "$log"; }
    done
  fi
  rm -rf "$tmp"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { echo $(($(date +%s%N) / 1000000)); }
seconds() { printf '%d.%d s' $(($1 / 1000)) $((($1 % 1000) / 100)); }

all_healthy() {
  for p in "${ports[@]}"; do
    curl -s -m 2 "http://localhost:$p/health" | grep -q '"UP"' || return 1
  done
}

all_down() {
  for p in "${ports[@]}"; do
    curl -s -m 1 -o /dev/null "http://localhost:$p/health" && return 1
  done
  return 0
}

# start_run LOG DEADLINE_SECONDS: `make run` in the background until healthy; sets $job, $took_ms
start_run() {
  local log=$1 limit=$2 started
  started=$(now_ms)
  make run >"$log" 2>&1 &
  job=$!
  while ! all_healthy; do
    if ! kill -0 "$job" 2>/dev/null; then
      say "make run exited before the services were healthy"
      return 1
    fi
    if [ $(($(now_ms) - started)) -gt $((limit * 1000)) ]; then
      say "make run was not healthy after ${limit} s"
      return 1
    fi
    sleep 0.5
  done
  took_ms=$(($(now_ms) - started))
}

# ctrl_c: what Ctrl-C in the terminal does to `make run`
ctrl_c() {
  kill -INT -- "-$job"
  for _ in $(seq 1 60); do kill -0 -- "-$job" 2>/dev/null || break; sleep 0.5; done
  if kill -0 -- "-$job" 2>/dev/null; then
    fail "Ctrl-C stops make run within 30 s"
    return 1
  fi
  job=""
  check all_down "Ctrl-C stopped all four services"
  check '[ ! -e data/musicplayer.pid ]' "no pid file is left behind"
}

body=$tmp/body
# call METHOD URL [TOKEN] [JSON] -> $status, body in $body, headers in $body.headers
call() {
  local args=(-s -m 10 -o "$body" -D "$body.headers" -w '%{http_code}' -X "$1" "$2")
  [ -n "${3:-}" ] && args+=(-H "Authorization: Bearer $3")
  [ -n "${4:-}" ] && args+=(-H 'Content-Type: application/json' -d "$4")
  status=$(curl "${args[@]}") || status=000
}
json() { python3 -c "import json,sys; d=json.load(open('$body')); print(eval(sys.argv[1]))" "$1"; }
total() { call GET "$1"; tr -d '\r' <"$body.headers" | sed -n 's/^[Xx]-[Tt]otal-[Cc]ount: //p'; }

wait_for_scan() { # wait_for_scan TOKEN: until the scan started with the system is done (at most 2 min)
  for _ in $(seq 1 240); do
    call GET "$M/library/scans/current" "$1"
    [ "$status" = 200 ] && [ "$(json "d['state']")" != running ] && return 0
    sleep 0.5
  done
}

login() { # login EMAIL PASSWORD -> token on stdout (empty when refused)
  call POST $A/auth/login "" "{\"email\":\"$1\",\"password\":\"$2\"}"
  [ "$status" = 200 ] && json "d['auth_token']" || true
}

say "first-run: $(git -C "$repo" log -1 --format='%h %s' | cut -c1-100)"
[ -z "$(git -C "$repo" status --porcelain --untracked-files=no)" ] \
  || say "  (uncommitted changes in $repo are not part of the clone: it is HEAD)"
git clone -q "$repo" "$clone"
cd "$clone"

say "== the README says what this script does"
for words in 'make run' 'make test' 'make start' 'make stop' 'make health' 'data/admin-password.txt' \
  'admin@musicplayer.local' 'JDK (17 or newer)' 'Maven 3.8'; do
  check "grep -qF '$words' README.md" "README: $words"
done

say "== make run (cold: build, class-data-sharing training, first start)"
start_run "$tmp/run-cold.log" 900
cold_ms=$took_ms
ok "all ${#ports[@]} services healthy $(seconds "$cold_ms") after make run"
check '[ -f data/admin-password.txt ]' "the generated admin password is in data/admin-password.txt"
check '[ "$(stat -c %a data/admin-password.txt)" = 600 ]' "data/admin-password.txt is readable only by its owner"
ADMIN_PW=$(cat data/admin-password.txt)
admin=$(login admin@musicplayer.local "$ADMIN_PW")
check '[ -n "$admin" ]' "the admin logs in with it"
call GET $A/auth/verify "$admin"
check '[ "$status" = 200 ] && [ "$(json "d[\"role\"]")" = ADMIN ]' "the admin's token says ADMIN"
call POST $U/users "" '{"username":"ada","email":"ada@example.com","password":"correct horse","first_name":"Ada"}'
check '[ "$status" = 201 ]' "a user registers (201)"
token=$(login ada@example.com "correct horse")
check '[ -n "$token" ]' "the user logs in"
call GET $U/users/me "$token"
check '[ "$status" = 200 ] && [ "$(json "d[\"username\"]")" = ada ]' "GET /users/me is the user"
wait_for_scan "$admin"
call GET "$M/library/scans/current" "$admin"
check '[ "$(json "d[\"state\"]")" = finished ] && [ "$(json "d[\"imported\"]")" -gt 0 ] && [ "$(json "d[\"failed\"]")" = 0 ]' \
  "the demo library was generated and scanned at start: $(json "d['imported']") songs imported"
albums=$(total "$AL/albums?limit=3")
songs=$(total "$S/songs?limit=3")
check '[ "${albums:-0}" -gt 0 ] && [ "${songs:-0}" -gt 0 ]' "the catalog is there: $albums albums, $songs songs"
say "== Ctrl-C"
ctrl_c

say "== make run (warm: a restart)"
start_run "$tmp/run-warm.log" 180
warm_ms=$took_ms
ok "all ${#ports[@]} services healthy $(seconds "$warm_ms") after make run"
token=$(login ada@example.com "correct horse")
check '[ -n "$token" ]' "the user still logs in"
check '[ -n "$(login admin@musicplayer.local "$(cat data/admin-password.txt)")" ]' "so does the admin, same password"
check '[ "$(total "$AL/albums?limit=3")" = "$albums" ] && [ "$(total "$S/songs?limit=3")" = "$songs" ]' \
  "the catalog is unchanged: $albums albums, $songs songs"
say "== Ctrl-C"
ctrl_c

say "== make start, make health, the README's curl tour, make stop"
check 'make start >"$tmp/start.log" 2>&1' "make start returns once healthy"
check 'make health >"$tmp/health.log" 2>&1 && [ "$(grep -c UP "$tmp/health.log")" = ${#ports[@]} ]' "make health: ${#ports[@]} UP"
token=$(login ada@example.com "correct horse")
call GET "$AL/albums?limit=3"
album=$(json "d[0]['id']")
call GET "$AL/albums/$album/songs" "$token"
check '[ "$status" = 200 ] && [ "$(json "[s[\"position\"] for s in d] == list(range(1, len(d) + 1))")" = True ]' \
  "an album's tracks, in order"
song=$(json "d[0]['id']")
call PUT "$S/songs/$song/like" "$token"
check '[ "$status" = 204 ]' "the user likes a song"
call GET "$S/songs/liked" "$token"
check '[ "$(json "[s[\"id\"] for s in d]")" = "[$song]" ]' "it is in the user's liked songs"
check 'make stop >"$tmp/stop.log" 2>&1' "make stop"
check all_down "make stop stopped all ${#ports[@]} services"
check '! make health >/dev/null 2>&1' "make health fails once stopped"

if $run_tests; then
  say "== make test"
  check 'timeout 1800 make test >"$tmp/test.log" 2>&1' "make test passes"
  grep -E '^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$tmp/test.log" \
    | sed 's/^/  /' || true
  [ "$failed" -eq 0 ] || tail -n 60 "$tmp/test.log"
fi

say "make run on a fresh clone: cold start $(seconds "$cold_ms") (build + CDS training + first start), warm start $(seconds "$warm_ms")"
grep -h 'MusicPlayer is up in' "$tmp/run-cold.log" "$tmp/run-warm.log" 2>/dev/null | sed 's/.*MusicPlayer is up in/  the launcher: up in/' || true
say "first-run: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
