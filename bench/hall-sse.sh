#!/usr/bin/env bash
# The online hall's Server-Sent Events: memory per connection and how fast one announcement
# reaches every open connection.
#
#   bench/hall-sse.sh                                        # 1000 2000 5000 10000, 20 updates
#   CONNECTIONS="1000 2000 5000 10000" UPDATES=20 bench/hall-sse.sh
#   CONVENE_BIN=target/release/convene bench/hall-sse.sh     # use that binary, no build
#
# For each N in CONNECTIONS, a fresh server (so its RSS and peak RSS belong to that N alone):
#  1. fresh data folder: `convene import` of content/demo (places raised to the largest N),
#     N + 1 confirmed registrations written straight into SQLite (bench/hall-seed.py, which
#     prints their personal-link tokens), a moderator (`convene user add --role moderator`, its
#     set-password link kept valid for the server's later clock);
#  2. `convene serve` pinned to core 0, its clock started one hour after the demo event's
#     doors open (CONVENE_CLOCK_START) so the hall is open; a 5 s curl probe checks that the
#     stream answers with a hello frame;
#  3. bench/hall-sse-client.mjs pinned to core 1 (one Node process, one clock): the moderator
#     sets a password and signs in, the client opens N SSE connections BATCH at a time and
#     waits for every `hello`, reads the server's VmRSS, then posts UPDATES announcements one
#     at a time, each after every connection got the previous one, and times each receipt
#     from just before the POST was sent;
#  4. stops the server; prints connections, server RSS (idle with N connections, after the
#     updates, peak = VmHWM), latency p50/p90/p99/max over all N x UPDATES receipts, lost
#     frames; at the end a table and the fd limits.
#
# Env: CONNECTIONS ("1000 2000 5000 10000"), UPDATES (20), BATCH (500 connections opened at a
#      time), HELLO_TIMEOUT (60 s per batch), UPDATE_TIMEOUT (30 s per update), FD_MARGIN
#      (512 descriptors beyond N that server and client each keep in reserve; the server
#      keeps 384 of them back itself), BENCH_KEEP=1
#      keeps the work directory, CONVENE_BIN (skip the build).
# Needs: node (20+), curl, taskset, python3; 2 cores. Every connection is a descriptor in the
# server and in the client: the script raises `ulimit -n` as far as allowed and skips, saying
# what to do, any N that does not fit (CONNECTIONS=20000 here, where the hard limit is 20,000
# per process: the server alone needs N + FD_MARGIN). The client's own load (CPU share,
# event-loop lag) is reported, and a client that was the bottleneck is named as such.
# Setup shared with bench/hall-sse-mix.sh: bench/hall-sse-setup.sh; report: hall_sse_report.py.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONNECTIONS="${CONNECTIONS:-1000 2000 5000 10000}"
UPDATES="${UPDATES:-20}"
BATCH="${BATCH:-500}"
HELLO_TIMEOUT="${HELLO_TIMEOUT:-60}"
UPDATE_TIMEOUT="${UPDATE_TIMEOUT:-30}"
FD_MARGIN="${FD_MARGIN:-512}"
EVENT=water-for-every-home-2026
MODERATOR=bench@example.org
MODERATOR_PASSWORD="water hall moderator $(python3 -c "import secrets; print(secrets.token_hex(6))")"

# shellcheck source=bench/hall-sse-setup.sh
. "$root/bench/hall-sse-setup.sh"
hall_require "$CONNECTIONS"
[[ "$UPDATES" =~ ^[1-9][0-9]*$ ]] || { echo "bench: UPDATES must be a positive whole number" >&2; exit 1; }
largest=0
for n in $CONNECTIONS; do if [ "$n" -gt "$largest" ]; then largest="$n"; fi; done
hall_fd_limits "$largest"
hall_binary
hall_work convene-hall
hall_content "$largest"

mkdir -p "$root/bench/results"
result="$root/bench/results/hall-sse-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "# hall SSE: $UPDATES announcements to N open connections, fresh server per N"
  echo "# $(date -u +%FT%TZ) $(uname -srm), server on core 0, node $(node --version) client on core 1, batches of $BATCH"
  echo "# convene: $CONVENE_BIN"
} >"$result"
echo "bench: $CONVENE_BIN; CONNECTIONS=\"$CONNECTIONS\" UPDATES=$UPDATES ($(nproc) cores, $(date -u +%F))"
echo "bench: fd limit $soft_fds (hard $hard_fds), ephemeral ports $port_lo-$port_hi: at most N=$max_n per run"

rows=()
failed=0
for n in $CONNECTIONS; do
  why="$(hall_fit "$n")"
  if [ -n "$why" ]; then
    echo "bench: N=$n skipped: $why" | tee -a "$result"
    rows+=("{\"connections\": $n, \"skipped\": \"fd/port limit\"}")
    continue
  fi

  run="$work/n$n"
  # 1. data: content, N + 1 registrations (the extra one for the probe), a moderator.
  hall_prepare "$run" "$n"
  if ! CONVENE_CLOCK_START="$clock_start" "$CONVENE_BIN" user add --role moderator "$MODERATOR" \
      --data-dir "$run/data" >"$run/user.log" 2>&1; then
    echo "bench: convene user add failed:" >&2; cat "$run/user.log" >&2; exit 1
  fi
  # The link may be dated by the real clock (valid 72 hours) while the server's clock starts
  # at $clock_start, weeks later: keep it valid for the server.
  python3 "$root/bench/hall-seed.py" "$run/data/convene.db" --event "$EVENT" \
    --password-links-until "$(python3 -c '
import sys, datetime
t = datetime.datetime.fromisoformat(sys.argv[1].replace("Z", "+00:00")) + datetime.timedelta(days=1)
print(t.strftime("%Y-%m-%dT%H:%M:%SZ"))' "$clock_start")"
  link="$(grep -oE '/admin/password/[A-Za-z0-9_-]+' "$run/user.log" | head -n 1 || true)"
  [ -n "$link" ] || { echo "bench: no /admin/password/ link in the output of convene user add:" >&2; cat "$run/user.log" >&2; exit 1; }

  # 2. the server, its clock one hour after doors open.
  hall_start "$run"
  echo "bench: N=$n: server pid $server_pid on 127.0.0.1:$port (core 0), clock from $clock_start"

  # 3. the client.
  if ! taskset -c 1 node "$root/bench/hall-sse-client.mjs" --url "http://127.0.0.1:$port" \
      --tokens "$run/tokens.txt" --connections "$n" --updates "$UPDATES" --batch "$BATCH" \
      --hello-timeout "$HELLO_TIMEOUT" --update-timeout "$UPDATE_TIMEOUT" \
      --server-pid "$server_pid" --event "$EVENT" \
      --email "$MODERATOR" --password "$MODERATOR_PASSWORD" --password-link "$link" \
      >"$run/result.json"; then
    echo "bench: N=$n: the client failed; server log:" >&2
    tail -n 20 "$run/server.log" >&2
    failed=1
    stop_server
    rows+=("{\"connections\": $n, \"skipped\": \"client failed\"}")
    continue
  fi
  stop_server
  server_errors="$(grep -cE 'ERROR|WARN' "$run/server.log" || true)"

  # 4. the report for this N.
  line="$(python3 "$root/bench/hall_sse_report.py" plain "$run/result.json" "$server_errors")"
  echo "$line" | tee -a "$result"
  rows+=("$(cat "$run/result.json")")
  [ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$run"
done
unset CONVENE_SECRET_KEY

# ---- summary table -----------------------------------------------------------------------------
printf '%s\n' "${rows[@]}" >"$work/rows.jsonl"
python3 "$root/bench/hall_sse_report.py" table "$work/rows.jsonl" | tee -a "$result"
echo "fd limit: ulimit -n $soft_fds, ulimit -Hn $hard_fds (each connection takes a descriptor in the server and one in the client; N up to $max_n fits)" | tee -a "$result"
echo "bench: results saved to ${result#"$root"/}"
exit "$failed"
