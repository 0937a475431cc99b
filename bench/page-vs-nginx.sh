#!/usr/bin/env bash
# How fast does Convene serve a public page compared with nginx serving the
# very same bytes on the same machine?
#
#   bench/page-vs-nginx.sh             # builds target/release/convene first
#   CONVENE_BIN=path bench/page-vs-nginx.sh   # use that binary, no build
#
# 1. checks that the machine is quiet (below): a result taken on a busy one is refused;
# 2. starts `convene demo` pinned to core 0, waits for /readyz;
# 3. fetches the English event page with Accept-Encoding identity, gzip, br and
#    saves the bytes and their Content-Type / Content-Encoding;
# 4. starts Debian's nginx (worker_processes 1, pinned to core 0, access_log
#    off) serving exactly those bytes with the same headers (the pre-compressed
#    file per encoding, Content-Encoding set explicitly: nginx-light has no
#    brotli module and needs none); bench/same-bytes.sh writes its configuration;
# 5. checks both servers send the same number of bytes per encoding;
# 6. per encoding and per number of keep-alive connections (64, then 1,000), alternates
#    wrk runs (on core 1) against convene and nginx, ROUNDS rounds, and prints the
#    median requests/s and p99 latency of each and the requests/s ratio.
#
# Quiet: before measuring, the 1-minute load average must be at most LOAD_PER_CORE (0.25)
# times the number of cores (0.5 on the 2-core development machine). The load average
# counts the tasks that want a CPU; this benchmark needs whole cores (the server on one,
# wrk on the other), so every other runnable task takes its time from one of the two servers
# (and not evenly: whichever runs while it does). On 2026-11-26 both servers ran on a
# machine busy with builds and reached about 25k req/s each, a third of what they do on a
# quiet one, and the ratio said nothing about Convene. A quiet machine shows under 0.1 per
# core; 0.25 leaves room for idle daemons and still refuses a build or a test run (a load of
# 1 or more per core). If the load is above the limit the script waits up to QUIET_WAIT
# seconds (120; its own build just ended, perhaps) for it to settle, then refuses to run
# (exit 3) unless FORCE=1, which runs and marks the result NOT QUIET. The CPU time the
# hypervisor took (steal) during the runs is reported too.
#
# Disturbed rounds: the load average is read once, before the run, and a build that starts
# during it takes its CPU time from the servers (a round on a busy machine shows a p99 of
# hundreds of milliseconds for either server). So each wrk run also counts the CPU time that
# neither the server under test nor wrk used (all cores, user + nice + system from
# /proc/stat, less the server's and wrk's own), as a share of one core. A run above
# OTHERS_LIMIT (10%) is run again, up to RETRIES (2) times; a result that still includes
# such a run is marked DISTURBED, like NOT QUIET.
#
# 1,000 connections need 1,000 descriptors in wrk and as many in each server: the script
# raises `ulimit -n` to the hard limit and skips a connection count that does not fit. All of
# wrk's connections come from 127.0.0.1, so convene runs without its per-address cap
# (CONVENE_MAX_CONNECTIONS_PER_ADDRESS=0, as behind a reverse proxy); nginx has none.
#
# Env: DURATION (8s), ROUNDS (3), CONNECTIONS ("64 1000"), PAGE (the event page),
#      LOAD_PER_CORE (0.25), QUIET_WAIT (120), FORCE=1 (run on a busy machine, marked),
#      OTHERS_LIMIT (10, % of a core), RETRIES (2),
#      BENCH_KEEP=1 keeps the work directory, CONVENE_BIN (skip the build).
# Needs: nginx (nginx-light), wrk, curl, taskset, python3 (scripts/setup installs them).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/same-bytes.sh
. "$root/bench/same-bytes.sh"
DURATION="${DURATION:-8s}"
ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-64 1000}"
PAGE="${PAGE:-/en/events/water-for-every-home-2026}"
LOAD_PER_CORE="${LOAD_PER_CORE:-0.25}"
QUIET_WAIT="${QUIET_WAIT:-120}"
FORCE="${FORCE:-0}"
OTHERS_LIMIT="${OTHERS_LIMIT:-10}"
RETRIES="${RETRIES:-2}"
ENCODINGS=("${SAME_BYTES_ENCODINGS[@]}")
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"

for tool in wrk curl taskset python3 pgrep getconf; do
  command -v "$tool" >/dev/null || { echo "bench: $tool not found (run scripts/setup)" >&2; exit 1; }
done
[ -x "$NGINX" ] || { echo "bench: nginx not found (run scripts/setup)" >&2; exit 1; }
if [ "$(nproc)" -lt 2 ]; then
  echo "bench: needs 2 cores (server on core 0, wrk on core 1)" >&2; exit 1
fi
for n in $CONNECTIONS; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "bench: CONNECTIONS must be whole numbers, got '$n'" >&2; exit 1; }
done

# ---- the binary ---------------------------------------------------------------
if [ -z "${CONVENE_BIN:-}" ]; then
  echo "bench: cargo build --release --locked"
  (cd "$root" && cargo build --release --locked)
  target_dir="$(cd "$root" && cargo metadata --format-version 1 --no-deps --locked |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
  CONVENE_BIN="$target_dir/release/convene"
fi
[ -x "$CONVENE_BIN" ] || { echo "bench: $CONVENE_BIN is not an executable" >&2; exit 1; }

# ---- is the machine quiet? ----------------------------------------------------------
cores="$(nproc)"
load_limit="$(awk -v c="$cores" -v l="$LOAD_PER_CORE" 'BEGIN { printf "%.2f", c * l }')"
load_now() { cut -d' ' -f1 /proc/loadavg; }
above() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a > b) }'; }
echo "bench: load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) on $cores cores (quiet: 1-minute load at most $load_limit)"
waited=0
while above "$(load_now)" "$load_limit" && [ "$waited" -lt "$QUIET_WAIT" ]; do
  [ "$waited" = 0 ] && echo "bench: busy; waiting up to ${QUIET_WAIT}s for the load to settle"
  sleep 5
  waited=$((waited + 5))
done
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
quiet=yes
if above "$(load_now)" "$load_limit"; then
  quiet=no
  if [ "$FORCE" != 1 ]; then
    echo "bench: the machine is busy (load average $load_before, limit $load_limit on $cores cores):" >&2
    echo "bench: both servers would share their cores with that work, so the numbers would measure it, not them." >&2
    echo "bench: nothing recorded. Run again when the machine is quiet (FORCE=1 runs anyway and marks the result NOT QUIET)." >&2
    exit 3
  fi
  echo "bench: WARNING: busy machine (load average $load_before); FORCE=1: the result is marked NOT QUIET" >&2
fi
echo "bench: load average at the start: $load_before ($([ "$quiet" = yes ] && echo quiet || echo NOT QUIET))"

# ---- descriptors ---------------------------------------------------------------------
# Each connection is a descriptor in wrk and in the server under test.
hard_fds="$(ulimit -Hn)"
if [ "$hard_fds" = unlimited ]; then ulimit -n 1048576 2>/dev/null || true; else ulimit -n "$hard_fds" 2>/dev/null || true; fi
fds="$(ulimit -n)"; [ "$fds" = unlimited ] && fds=1048576
runs_at=()
for n in $CONNECTIONS; do
  if [ $((n + 256)) -gt "$fds" ]; then
    echo "bench: skipping $n connections: they need $((n + 256)) descriptors, the limit is $fds (ulimit -Hn)" >&2
  else
    runs_at+=("$n")
  fi
done
[ "${#runs_at[@]}" -gt 0 ] || { echo "bench: no connection count fits the descriptor limit" >&2; exit 1; }

# cpu_ticks: total and steal ticks of all CPUs so far (/proc/stat).
cpu_ticks() { awk '/^cpu / { t = 0; for (i = 2; i <= NF; i++) t += $i; print t, $9; exit }' /proc/stat; }

# ---- work directory and cleanup -----------------------------------------------
work="$(mktemp -d -t convene-bench.XXXXXX)"
convene_pid=""
nginx_pid=""
cleanup() {
  local rc=$?
  set +e
  local pid
  for pid in $convene_pid $nginx_pid; do
    kill "$pid" 2>/dev/null
    # bounded: SIGKILL after 5 s
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  if [ "${BENCH_KEEP:-0}" = 1 ]; then
    echo "bench: kept $work"
  else
    rm -rf "$work"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# wait_http URL: bounded wait (30 s) for a 200.
wait_http() {
  for _ in $(seq 120); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true)" = 200 ]; then return 0; fi
    sleep 0.25
  done
  return 1
}

# ---- convene --------------------------------------------------------------------
p1="$(free_port)"
mkdir -p "$work/data"
CONVENE_MAX_CONNECTIONS_PER_ADDRESS=0 taskset -c 0 "$CONVENE_BIN" demo --listen "127.0.0.1:$p1" --data-dir "$work/data" >"$work/convene.log" 2>&1 &
convene_pid=$!
if ! wait_http "http://127.0.0.1:$p1/readyz"; then
  echo "bench: convene did not become healthy on 127.0.0.1:$p1; its log:" >&2
  tail -n 40 "$work/convene.log" >&2
  exit 1
fi
convene_url="http://127.0.0.1:$p1$PAGE"
echo "bench: convene $CONVENE_BIN on 127.0.0.1:$p1 (core 0)"

# ---- the bytes convene serves, and nginx serving the same -----------------------------
same_bytes_fetch "$convene_url" "$work"
p2="$(free_port)"
same_bytes_nginx_conf "$work" "$p2" "$PAGE"
if ! "$NGINX" -t -q -c "$work/nginx/nginx.conf" -p "$work/nginx" 2>"$work/nginx/test.log"; then
  echo "bench: nginx rejected the generated config:" >&2
  cat "$work/nginx/test.log" >&2
  exit 1
fi
taskset -c 0 "$NGINX" -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
nginx_url="http://127.0.0.1:$p2$PAGE"
if ! wait_http "$nginx_url"; then
  echo "bench: nginx did not answer on 127.0.0.1:$p2" >&2
  cat "$work/nginx/error.log" >&2 || true
  exit 1
fi
echo "bench: nginx $("$NGINX" -v 2>&1 | sed 's/^nginx version: //') on 127.0.0.1:$p2 (core 0, 1 worker)"

# ---- same bytes, same headers ------------------------------------------------------
mismatch=0
for enc in "${ENCODINGS[@]}"; do
  for who in convene nginx; do
    url="$convene_url"; [ "$who" = nginx ] && url="$nginx_url"
    curl -sS --max-time 10 -D "$work/v.$who.$enc.h" -o "$work/v.$who.$enc" -H "Accept-Encoding: $enc" "$url"
  done
  cs="$(stat -c %s "$work/v.convene.$enc")"
  ns="$(stat -c %s "$work/v.nginx.$enc")"
  ce_c="$(same_bytes_header Content-Encoding "$work/v.convene.$enc.h")"
  ce_n="$(same_bytes_header Content-Encoding "$work/v.nginx.$enc.h")"
  ct_c="$(same_bytes_header Content-Type "$work/v.convene.$enc.h")"
  ct_n="$(same_bytes_header Content-Type "$work/v.nginx.$enc.h")"
  same="same bytes"
  cmp -s "$work/v.convene.$enc" "$work/v.nginx.$enc" || same="bytes differ (page changes between requests?)"
  hc="$(stat -c %s "$work/v.convene.$enc.h")"
  hn="$(stat -c %s "$work/v.nginx.$enc.h")"
  printf 'bench: check %-8s body convene %d B / nginx %d B (headers %d / %d B), Content-Encoding %s/%s, Content-Type %s/%s: %s\n' \
    "$enc" "$cs" "$ns" "$hc" "$hn" "${ce_c:-none}" "${ce_n:-none}" "$ct_c" "$ct_n" "$same"
  if [ "$cs" != "$ns" ] || [ "$ce_c" != "$ce_n" ] || [ "$ct_c" != "$ct_n" ]; then mismatch=1; fi
done
if [ "$mismatch" -ne 0 ]; then
  echo "bench: the two servers do not send the same response sizes/headers; not comparing" >&2
  exit 1
fi

# ---- load ----------------------------------------------------------------------------
clk_tck="$(getconf CLK_TCK)"
# busy_ticks: CPU ticks all cores spent on tasks (user, nice, system) so far.
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4; exit }' /proc/stat; }
# tree_ticks PID: CPU ticks (user + system) of PID and its children (nginx's worker) so far.
tree_ticks() {
  local total=0 pid ticks
  for pid in "$1" $(pgrep -P "$1" || true); do
    # Fields after "pid (comm) ": utime and stime are the 12th and 13th.
    ticks="$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat" 2>/dev/null || echo 0)"
    total=$((total + ticks))
  done
  echo "$total"
}

# run_wrk URL ENCODING CONNECTIONS SERVER_PID: prints "requests/s p99-ms others-%", others
# being the CPU time neither the server (SERVER_PID and its children) nor wrk used during
# the run, in % of one core; fails on socket errors or non-2xx answers. Runs in a
# subshell, so `times` counts wrk alone as its child.
run_wrk() {
  local out busy0 server0 start busy1 server1 end wrk_s
  busy0="$(busy_ticks)"; server0="$(tree_ticks "$4")"; start="$(date +%s.%N)"
  out="$(taskset -c 1 wrk -t1 -c"$3" -d"$DURATION" --timeout 5s --latency \
    -H "Accept-Encoding: $2" "$1" 2>&1)" || { echo "$out" >&2; return 1; }
  busy1="$(busy_ticks)"; server1="$(tree_ticks "$4")"; end="$(date +%s.%N)"
  times >"$work/wrk.times"
  if grep -qE 'Non-2xx or 3xx responses|Socket errors' <<<"$out"; then
    echo "bench: wrk reported errors against $1 ($2, $3 connections):" >&2
    echo "$out" >&2
    return 1
  fi
  # `times`: the shell's own user/system time, then its children's ("1m2.345s 0m0.100s").
  wrk_s="$(awk 'NR == 2 { t = 0; for (i = 1; i <= 2; i++) { split($i, p, /m|s/); t += p[1] * 60 + p[2] } print t }' "$work/wrk.times")"
  awk -v b="$((busy1 - busy0))" -v s="$((server1 - server0))" -v hz="$clk_tck" \
    -v w="$wrk_s" -v secs="$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" '
    /^Requests\/sec:/ { rps = $2 }
    $1 == "99%" { v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
                  p99 = (unit == "us") ? v / 1000 : (unit == "s") ? v * 1000 : v }
    END { others = (b - s) / hz - w; if (others < 0) others = 0
          printf "%s %.3f %.1f\n", rps, p99, 100 * others / secs }' <<<"$out"
}
# measure URL ENCODING CONNECTIONS SERVER_PID: run_wrk, again while other work took more
# than OTHERS_LIMIT % of a core (at most RETRIES times); prints its last "requests/s p99-ms
# others-%".
measure() {
  local out others attempt
  for attempt in $(seq 0 "$RETRIES"); do
    out="$(run_wrk "$@")" || return 1
    others="${out##* }"
    awk -v o="$others" -v l="$OTHERS_LIMIT" 'BEGIN { exit !(o <= l) }' && break
    echo "bench: other work took ${others}% of a core during the run against $1 ($2, $3 connections)$([ "$attempt" -lt "$RETRIES" ] && echo ': again')" >&2
  done
  echo "$out"
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

mkdir -p "$root/bench/results"
result="$root/bench/results/page-vs-nginx-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "# convene vs nginx, same bytes: $PAGE"
  echo "# $(date -u +%FT%TZ) $(uname -srm), wrk -t1 -d$DURATION --latency on core 1, servers on core 0, $ROUNDS rounds"
  echo "# load average before: $load_before on $cores cores: $([ "$quiet" = yes ] && echo quiet || echo "NOT QUIET (FORCE=1)")"
  echo "# convene: $CONVENE_BIN"
} >"$result"

read -r ticks_start steal_start < <(cpu_ticks)
summary=()
disturbed=0
for conns in "${runs_at[@]}"; do
  for enc in "${ENCODINGS[@]}"; do
    c_rps=(); n_rps=(); c_p99=(); n_p99=()
    for round in $(seq "$ROUNDS"); do
      out="$(measure "$convene_url" "$enc" "$conns" "$convene_pid")"
      read -r c cp co <<<"$out"
      out="$(measure "$nginx_url" "$enc" "$conns" "$nginx_pid")"
      read -r n np no <<<"$out"
      c_rps+=("$c"); n_rps+=("$n"); c_p99+=("$cp"); n_p99+=("$np")
      mark=""
      for o in "$co" "$no"; do
        if awk -v o="$o" -v l="$OTHERS_LIMIT" 'BEGIN { exit !(o > l) }'; then
          mark=" DISTURBED"; disturbed=$((disturbed + 1))
        fi
      done
      line="bench: $enc, $conns connections, round $round: convene $c req/s (p99 $cp ms, other work ${co}% of a core), nginx $n req/s (p99 $np ms, other work ${no}%)$mark"
      echo "$line"
      echo "# ${line#bench: }" >>"$result"
    done
    cm="$(median "${c_rps[@]}")"; nm="$(median "${n_rps[@]}")"
    cpm="$(median "${c_p99[@]}")"; npm="$(median "${n_p99[@]}")"
    ratio="$(awk -v c="$cm" -v n="$nm" 'BEGIN { printf "%.3f", c / n }')"
    line="$(printf '%-8s %7d B  -c%-5s convene %10.1f req/s p99 %8.3f ms  nginx %10.1f req/s p99 %8.3f ms  convene/nginx %s' \
      "$enc" "${size[$enc]}" "$conns" "$cm" "$cpm" "$nm" "$npm" "$ratio")"
    echo "$line" | tee -a "$result"
    summary+=("$enc@c$conns=$ratio")
  done
done
read -r ticks_end steal_end < <(cpu_ticks)
steal="$(awk -v s=$((steal_end - steal_start)) -v t=$((ticks_end - ticks_start)) 'BEGIN { printf "%.1f", t ? 100 * s / t : 0 }')"
echo "# steal (CPU time the hypervisor took) during the runs: $steal%" | tee -a "$result"
echo "# runs disturbed by other work (over ${OTHERS_LIMIT}% of a core after $RETRIES retries): $disturbed" | tee -a "$result"
final="summary: convene/nginx requests/s (median of $ROUNDS): ${summary[*]}"
[ "$quiet" = yes ] || final="$final (NOT QUIET)"
[ "$disturbed" = 0 ] || final="$final (DISTURBED: $disturbed runs)"
echo "$final" | tee -a "$result"
echo "bench: results saved to ${result#"$root"/}"
