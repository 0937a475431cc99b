#!/usr/bin/env bash
# The online hall under a day's load (issue 17): N Server-Sent Events connections while live
# captions flow in three languages and attendees react, against the targets on this machine:
# server RSS within 256 MiB, p99 of a cue reaching everyone who chose its language < 250 ms,
# reactions costing no more than one aggregated frame per event per second.
#
#   bench/hall-sse-mix.sh                                     # 10,000 connections, 60 s
#   CONNECTIONS=300 DURATION=15 bench/hall-sse-mix.sh         # a quick check that it works
#   CONVENE_BIN=target/release/convene bench/hall-sse-mix.sh  # use that binary, no build
#
# For each N in CONNECTIONS a fresh server, set up as bench/hall-sse.sh does
# (bench/hall-sse-setup.sh: demo content, N + 1 confirmed registrations seeded into SQLite,
# `convene serve` on core 0 with its clock an hour after doors open), plus the event's caption
# ingest token (bench/hall-seed.py --caption-token); then bench/hall-sse-mix.mjs on core 1 (one
# Node process, one clock):
#  - opens N connections, connection i choosing caption language i mod 3 (`?captions=`;
#    the demo event offers en, ar, ur), BATCH at a time, each waiting for its `hello`;
#  - for DURATION seconds: CUE_RATE cues a second per language through the ingest endpoint
#    (POST /hall/{event}/captions, bearer token, timed from just before each POST), and
#    REACT_SHARE of the attendees reacting every REACT_EVERY seconds through the hall's
#    reaction form (POST /{lang}/hall/{token}/reactions), spread over the period;
#  - waits for every answer, for each cue to reach its language (at most DRAIN s) and for the
#    last aggregated reactions frame.
# Reported: server RSS (idle, highest sampled each second, VmHWM) and CPU; per cue the time
# until every connection of its language had it (p50/p90/p99/max) and per receipt; cues lost
# and cues received in another language (both must be 0); reaction frames per connection per
# second (average, most in one second, closest gap) and whether each connection's counts add
# up to the reactions the server counted; the client's CPU share, event-loop lag and how late
# its schedule fired — with "CLIENT-BOUND" when the client, not the server, was the limit.
# One `verdict:` line per N; results in bench/results/hall-sse-mix-*.txt.
#
# Env: CONNECTIONS (10000; several allowed), DURATION (60 s), CUE_RATE (2 per language per
#      second; above 3 the server's ingest limit, 30 cues per 10 s per language, refuses
#      some), REACT_SHARE (0.1), REACT_EVERY (10 s), LANGS (en,ar,ur: the demo event's
#      caption languages), DRAIN (5 s), BATCH (500), HELLO_TIMEOUT (60 s per batch), FD_MARGIN
#      (512), RSS_TARGET_MIB (256), P99_TARGET_MS (250), BENCH_KEEP=1 keeps the work
#      directory, CONVENE_BIN (skip the build).
# Needs: node (20+), curl, taskset, python3; 2 cores; N + FD_MARGIN descriptors per process.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONNECTIONS="${CONNECTIONS:-10000}"
DURATION="${DURATION:-60}"
CUE_RATE="${CUE_RATE:-2}"
REACT_SHARE="${REACT_SHARE:-0.1}"
REACT_EVERY="${REACT_EVERY:-10}"
LANGS="${LANGS:-en,ar,ur}"
DRAIN="${DRAIN:-5}"
BATCH="${BATCH:-500}"
HELLO_TIMEOUT="${HELLO_TIMEOUT:-60}"
FD_MARGIN="${FD_MARGIN:-512}"
EVENT=water-for-every-home-2026

# shellcheck source=bench/hall-sse-setup.sh
. "$root/bench/hall-sse-setup.sh"
hall_require "$CONNECTIONS"
[[ "$DURATION" =~ ^[1-9][0-9]*$ ]] || { echo "bench: DURATION must be whole seconds" >&2; exit 1; }
largest=0
for n in $CONNECTIONS; do if [ "$n" -gt "$largest" ]; then largest="$n"; fi; done
hall_fd_limits "$largest"
hall_binary
hall_work convene-hall-mix
hall_content "$largest"
caption_token="$(python3 -c 'import secrets; print(secrets.token_hex(32))')"

mkdir -p "$root/bench/results"
result="$root/bench/results/hall-sse-mix-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "# hall SSE mix: N connections over captions in $LANGS ($CUE_RATE cues/s each) and reactions" \
    "($REACT_SHARE of attendees every $REACT_EVERY s) for $DURATION s, fresh server per N"
  echo "# $(date -u +%FT%TZ) $(uname -srm), server on core 0, node $(node --version) client on core 1, batches of $BATCH"
  echo "# convene: $CONVENE_BIN"
} >"$result"
echo "bench: $CONVENE_BIN; CONNECTIONS=\"$CONNECTIONS\" DURATION=$DURATION ($(nproc) cores, $(date -u +%F))"
echo "bench: fd limit $soft_fds (hard $hard_fds), ephemeral ports $port_lo-$port_hi: at most N=$max_n per run"

failed=0
for n in $CONNECTIONS; do
  why="$(hall_fit "$n")"
  if [ -n "$why" ]; then
    echo "bench: N=$n skipped: $why" | tee -a "$result"
    failed=1
    continue
  fi
  run="$work/n$n"
  hall_prepare "$run" "$n"
  python3 "$root/bench/hall-seed.py" "$run/data/convene.db" --event "$EVENT" --caption-token "$caption_token"
  hall_start "$run"
  echo "bench: N=$n: server pid $server_pid on 127.0.0.1:$port (core 0), clock from $clock_start"

  if ! taskset -c 1 node "$root/bench/hall-sse-mix.mjs" --url "http://127.0.0.1:$port" \
      --tokens "$run/tokens.txt" --connections "$n" --duration "$DURATION" --langs "$LANGS" \
      --cue-rate "$CUE_RATE" --react-share "$REACT_SHARE" --react-every "$REACT_EVERY" \
      --caption-token "$caption_token" --server-pid "$server_pid" --event "$EVENT" \
      --batch "$BATCH" --hello-timeout "$HELLO_TIMEOUT" --drain "$DRAIN" >"$run/result.json"; then
    echo "bench: N=$n: the client failed; server log:" >&2
    tail -n 20 "$run/server.log" >&2
    failed=1
    stop_server
    continue
  fi
  stop_server
  server_errors="$(grep -cE 'ERROR|WARN' "$run/server.log" || true)"
  line="$(python3 "$root/bench/hall_sse_report.py" mix "$run/result.json" "$server_errors")"
  echo "$line" | tee -a "$result"
  grep -q '^  verdict: PASS' <<<"$line" || failed=1
  [ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$run"
done
unset CONVENE_SECRET_KEY
echo "fd limit: ulimit -n $soft_fds, ulimit -Hn $hard_fds (N up to $max_n fits)" | tee -a "$result"
echo "bench: results saved to ${result#"$root"/}"
exit "$failed"
