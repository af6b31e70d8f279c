#!/usr/bin/env bash
# Waits until every service answers UP on /health; exits 1 after $1 seconds (default 60).
set -u
limit=${1:-60}
ports=(8000 8001 8002 8003 8004 8005 4533)
ports+=(8080) # the gateway
start=$(date +%s%N)
deadline=$(( $(date +%s) + limit ))
while :; do
  up=0
  for p in "${ports[@]}"; do
    curl -s -m 2 "http://localhost:$p/health" | grep -q '"UP"' && up=$((up + 1))
  done
  if [ "$up" -eq "${#ports[@]}" ]; then
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    printf 'all %d services healthy after %d.%d s (waited from the start of this check)\n' "${#ports[@]}" $((ms / 1000)) $(((ms % 1000) / 100))
    exit 0
  fi
  if [ "$(date +%s)" -ge "$deadline" ]; then
    echo "only $up of ${#ports[@]} services healthy after ${limit}s" >&2
    exit 1
  fi
  sleep 0.3
done
