#!/usr/bin/env bash
# Instructions per request for a cached public page: the cost of the page-cache hit path,
# counted by valgrind's callgrind, which (unlike wall-clock benchmarks) gives the same
# numbers on a busy machine.
#
#   bench/profile-page-hit.sh                       # builds target/release/convene first
#   CONVENE_BIN=path bench/profile-page-hit.sh      # that binary, no build
#
# 1. starts `convene demo` under callgrind with instrumentation off (start-up is not counted);
# 2. per encoding (identity, gzip, br): warms the page (the first request renders it),
#    switches instrumentation on, zeroes the counters, sends exactly N keep-alive requests
#    (bench/page-hit-client.py checks each answer), dumps the counters;
# 3. the same for an idle window of the same length (no requests: the timers and the
#    revision poll), which is subtracted;
# 4. prints instructions (Ir) per request per encoding, and with TOP=n the n most expensive
#    functions (inclusive) of the identity window;
# 5. with NGINX=1, does the same for Debian's nginx serving the very same bytes with the same
#    headers (bench/same-bytes.sh; one process, `master_process off`), for scale.
#
# Instructions are not time (a cache miss, a syscall and an atomic cost more than an add,
# and the kernel's share — the socket writes — is not counted at all), but they do not
# depend on what else the machine runs, so they show what a change to the hit path saves.
#
# A window takes a few seconds, well inside the page's one-minute cache lifetime.
# Env: N (2000 requests per encoding), CONNECTIONS (1), PAGE (the English event page),
#      TOP (0), NGINX=1 (profile nginx too), BENCH_KEEP=1 keeps the callgrind files,
#      CONVENE_BIN (skip the build).
# Needs: valgrind (callgrind_control, callgrind_annotate), curl, python3; nginx for NGINX=1.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/same-bytes.sh
. "$root/bench/same-bytes.sh"
N="${N:-2000}"
CONNECTIONS="${CONNECTIONS:-1}"
PAGE="${PAGE:-/en/events/water-for-every-home-2026}"
TOP="${TOP:-0}"
ENCODINGS=("${SAME_BYTES_ENCODINGS[@]}")

for tool in valgrind callgrind_control callgrind_annotate curl python3; do
  command -v "$tool" >/dev/null || { echo "profile: $tool not found (apt-get install valgrind)" >&2; exit 1; }
done

# shellcheck source=bench/common.sh
. "$root/bench/common.sh"
release_binary profile
work_folder profile convene-profile

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# wait_for URL PID LOG: bounded wait (120 s: start-up under valgrind is slow) for a 200.
wait_for() {
  for _ in $(seq 480); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" || true)" = 200 ] && return 0
    kill -0 "$2" 2>/dev/null || { echo "profile: the server exited; its log:" >&2; tail -n 40 "$3" >&2; exit 1; }
    sleep 0.25
  done
  echo "profile: no answer from $1" >&2
  exit 1
}

# total FILE: the Ir total of one callgrind dump.
total() { awk '/^(summary|totals):/ { print $2; exit }' "$1"; }

# window PID OUT NAME COMMAND...: counts what process PID (callgrind writing OUT.<n>)
# executes while COMMAND runs; sets last_dump to the dump's file name.
declare -A dumps
window() {
  local pid="$1" out="$2" name="$3"; shift 3
  callgrind_control -i on "$pid" >/dev/null 2>&1
  callgrind_control -z "$pid" >/dev/null
  "$@"
  callgrind_control -d "$name" "$pid" >/dev/null
  callgrind_control -i off "$pid" >/dev/null
  dumps[$out]=$(( ${dumps[$out]:-0} + 1 ))
  last_dump="$out.${dumps[$out]}"
}

# measure WHO PID OUT PORT: instructions per request of each encoding; sets summary_line
# and, for convene's identity window, identity_dump.
measure() {
  local who="$1" pid="$2" out="$3" port="$4" enc started idle_ir ir
  local -A per_request window_ms dump
  for enc in "${ENCODINGS[@]}"; do
    # The first request renders and compresses the page; the next ones are hits.
    for _ in 1 2 3; do curl -sS -o /dev/null --max-time 60 -H "Accept-Encoding: $enc" "http://127.0.0.1:$port$PAGE"; done
    started=$(date +%s%N)
    window "$pid" "$out" "$enc" python3 "$root/bench/page-hit-client.py" 127.0.0.1 "$port" "$PAGE" "$enc" "$N" "$CONNECTIONS"
    dump[$enc]="$last_dump"
    window_ms[$enc]=$(( ($(date +%s%N) - started) / 1000000 ))
    if [ "${window_ms[$enc]}" -gt 50000 ]; then
      echo "profile: WARNING: the $enc window took ${window_ms[$enc]} ms; the page may have been rendered again inside it (lower N)" >&2
    fi
  done
  local idle_ms=5000
  window "$pid" "$out" idle sleep $((idle_ms / 1000))
  idle_ir="$(total "$last_dump")"
  echo "profile: $who idle: $idle_ir Ir in $idle_ms ms (timers, the revision poll), subtracted pro rata"
  for enc in "${ENCODINGS[@]}"; do
    ir="$(total "${dump[$enc]}")"
    per_request[$enc]="$(( (ir - idle_ir * window_ms[$enc] / idle_ms) / N ))"
    printf 'profile: %-7s %-8s %12d Ir in %6d ms, %8d Ir per request\n' "$who" "$enc" "$ir" "${window_ms[$enc]}" "${per_request[$enc]}"
  done
  summary_line="$who: Ir per cached-page request: identity=${per_request[identity]} gzip=${per_request[gzip]} br=${per_request[br]}"
  identity_dump="${dump[identity]}"
}

# ---- convene ---------------------------------------------------------------------------
port="$(free_port)"
valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$work/convene.callgrind" \
  "$CONVENE_BIN" demo --listen "127.0.0.1:$port" --data-dir "$work/data" >"$work/convene.log" 2>&1 &
convene_pid=$!
pids+=("$convene_pid")
wait_for "http://127.0.0.1:$port/readyz" "$convene_pid" "$work/convene.log"
echo "profile: convene $CONVENE_BIN under callgrind on 127.0.0.1:$port; $N requests per encoding over $CONNECTIONS connection(s)"
measure convene "$convene_pid" "$work/convene.callgrind" "$port"
convene_summary="$summary_line"
convene_identity="$identity_dump"

# ---- nginx, the same bytes -------------------------------------------------------------------
if [ "${NGINX:-0}" = 1 ]; then
  nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
  [ -x "$nginx_bin" ] || { echo "profile: nginx not found (run scripts/setup)" >&2; exit 1; }
  same_bytes_fetch "http://127.0.0.1:$port$PAGE" "$work" >/dev/null
  nginx_port="$(free_port)"
  same_bytes_nginx_conf "$work" "$nginx_port" "$PAGE" "master_process off;"
  valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file="$work/nginx.callgrind" \
    "$nginx_bin" -c "$work/nginx/nginx.conf" -p "$work/nginx" >"$work/nginx.log" 2>&1 &
  nginx_pid=$!
  pids+=("$nginx_pid")
  wait_for "http://127.0.0.1:$nginx_port$PAGE" "$nginx_pid" "$work/nginx.log"
  echo "profile: $("$nginx_bin" -v 2>&1 | sed 's/^nginx version: //') under callgrind on 127.0.0.1:$nginx_port, the same bytes"
  measure nginx "$nginx_pid" "$work/nginx.callgrind" "$nginx_port"
  nginx_summary="$summary_line"
fi

echo "summary: $convene_summary"
[ -z "${nginx_summary:-}" ] || echo "summary: $nginx_summary"

if [ "$TOP" -gt 0 ]; then
  echo "profile: the $TOP most expensive functions of convene's identity window (inclusive Ir):"
  callgrind_annotate --inclusive=yes "$convene_identity" 2>/dev/null | sed -n '/^-\{5,\}/,$p' | grep -v '^-' | sed -n "1,$((TOP + 4))p"
fi
