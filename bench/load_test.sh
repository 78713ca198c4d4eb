#!/usr/bin/env bash
# Load test of `embargo serve` on loopback with wrk (not part of ctest).
#
# Starts the server over the reference lists with API keys required, then runs wrk on one
# thread with 32 keep-alive connections (`wrk -t1 -c32`, beside the server on the same cores),
# each request a single-query POST /match/default (bench/load_test_match.lua):
#   1. steady load for SECONDS;
#   2. the same load while the lists are reloaded twice (POST /admin/reload, then SIGHUP).
# Prints requests per second, latency percentiles and failed requests, and checks them against
# the targets: >= 5,000 req/s, p99 <= 5 ms, and no failed request during the reloads.
#
# Usage: bench/load_test.sh [BUILD_DIR] [SECONDS]   (default: build, 10)
# Env:   PORT (default 18080), THREADS (server threads, default: one per core),
#        EMBARGO_LISTS_DIR (where the reference lists are), LISTS (list paths, space-separated).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
seconds=${2:-10}
port=${PORT:-18080}
bin=$build/apps/cli/embargo
[ -x "$bin" ] || { echo "load_test: $bin not built (cmake --build $build --target embargo)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "load_test: wrk is not installed (scripts/setup)" >&2; exit 2; }

tmp=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill -TERM "$server_pid"; wait "$server_pid" || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

new_key() { "$bin" serve --generate-key | awk '/^key:/ {print $2}'; }
client_key=$(new_key)
admin_key=$(new_key)
cat >"$tmp/config.yaml" <<YAML
listen: 127.0.0.1:$port
threads: ${THREADS:-0}
auth:
  require_keys: always
  keys:
    - {name: load-test, sha256: $("$bin" serve --hash-key "$client_key"), role: client}
    - {name: load-test-admin, sha256: $("$bin" serve --hash-key "$admin_key"), role: admin}
YAML
list_flags=()
for l in ${LISTS:-}; do list_flags+=(--lists "$l"); done

"$bin" serve --config "$tmp/config.yaml" "${list_flags[@]}" >"$tmp/server.log" 2>&1 &
server_pid=$!
url=http://127.0.0.1:$port
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/readyz")" = 200 ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log"; exit 1; }
  sleep 0.5
done
cat "$tmp/server.log"
curl -s -H "Authorization: ApiKey $client_key" "$url/catalog" |
  python3 -c 'import json,sys; c=json.load(sys.stdin); print("lists:", ", ".join("%s %s (%d)" % (l["source"], l["version"], l["entities"]) for l in c["lists"]), "| index entities:", c["index"]["entities"])'

run_wrk() {  # $1 = duration in seconds; prints the LOADTEST line
  EMBARGO_API_KEY=$client_key wrk -t1 -c32 -d"$1"s --latency -s bench/load_test_match.lua "$url" |
    tee "$tmp/wrk.txt" | grep '^LOADTEST'
  grep -q 'Non-2xx' "$tmp/wrk.txt" && grep 'Non-2xx' "$tmp/wrk.txt" || true
}
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$2"; }

echo "warm-up (2 s)"; run_wrk 2 >/dev/null
echo "steady load: wrk -t1 -c32 -d${seconds}s, single-query POST /match/default over all lists"
steady=$(run_wrk "$seconds"); echo "$steady"

gen_before=$(curl -s "$url/readyz" | python3 -c 'import json,sys; print(json.load(sys.stdin)["generation"])')
echo "load with reloads: POST /admin/reload at $((seconds / 4)) s, SIGHUP at $((seconds / 2)) s"
(
  sleep $((seconds / 4))
  curl -s -X POST -H "Authorization: Bearer $admin_key" "$url/admin/reload" >"$tmp/reload.json"
  sleep $((seconds / 4))
  kill -HUP "$server_pid"
) &
reloader=$!
reload=$(run_wrk "$seconds"); echo "$reload"
wait "$reloader"
sleep 1
for _ in $(seq 1 120); do  # the SIGHUP reload may still be building
  gen_after=$(curl -s "$url/readyz" | python3 -c 'import json,sys; print(json.load(sys.stdin)["generation"])')
  [ "$gen_after" -ge $((gen_before + 2)) ] && break
  sleep 0.5
done
echo "admin reload answer: $(cat "$tmp/reload.json")"
echo "index generation: $gen_before before, $gen_after after"

kill -TERM "$server_pid"; status=0; wait "$server_pid" || status=$?; server_pid=""
echo "server exit status after SIGTERM: $status"

rps=$(field rps "$steady"); p99=$(field p99_ms "$steady")
failed=$(( $(field errors_status "$reload") + $(field errors_connect "$reload") + $(field errors_read "$reload") + $(field errors_write "$reload") + $(field errors_timeout "$reload") ))
verdict=0
check() { if eval "$2"; then echo "PASS $1"; else echo "FAIL $1"; verdict=1; fi; }
check "throughput ${rps} req/s >= 5000" "python3 -c 'import sys; sys.exit(not $rps >= 5000)'"
check "p99 ${p99} ms <= 5" "python3 -c 'import sys; sys.exit(not $p99 <= 5)'"
check "failed requests during reloads: $failed" "[ $failed -eq 0 ]"
check "both reloads swapped in (generation $gen_before -> $gen_after)" "[ $gen_after -ge $((gen_before + 2)) ]"
exit $verdict
