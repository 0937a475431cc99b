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
#      (256 descriptors beyond N that server and client each keep in reserve), BENCH_KEEP=1
#      keeps the work directory, CONVENE_BIN (skip the build).
# Needs: node (20+), curl, taskset, python3; 2 cores. Every connection is a descriptor in the
# server and in the client: the script raises `ulimit -n` to the hard limit and skips (with a
# message) any N that does not fit in it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CONNECTIONS="${CONNECTIONS:-1000 2000 5000 10000}"
UPDATES="${UPDATES:-20}"
BATCH="${BATCH:-500}"
HELLO_TIMEOUT="${HELLO_TIMEOUT:-60}"
UPDATE_TIMEOUT="${UPDATE_TIMEOUT:-30}"
FD_MARGIN="${FD_MARGIN:-256}"
EVENT=water-for-every-home-2026
MODERATOR=bench@example.org
MODERATOR_PASSWORD="water hall moderator $(python3 -c "import secrets; print(secrets.token_hex(6))")"

for tool in node curl taskset python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool not found (run scripts/setup)" >&2; exit 1; }
done
if [ "$(nproc)" -lt 2 ]; then
  echo "bench: needs 2 cores (server on core 0, client on core 1)" >&2; exit 1
fi
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" -ge 20 ] || { echo "bench: needs Node 20 or newer (have $(node --version))" >&2; exit 1; }
for n in $CONNECTIONS; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "bench: CONNECTIONS must be whole numbers, got '$n'" >&2; exit 1; }
done
[[ "$UPDATES" =~ ^[1-9][0-9]*$ ]] || { echo "bench: UPDATES must be a positive whole number" >&2; exit 1; }

# ---- descriptors and ports -----------------------------------------------------------------
hard_fds="$(ulimit -Hn)"
if [ "$hard_fds" = unlimited ]; then
  ulimit -n 1048576 2>/dev/null || true
else
  ulimit -n "$hard_fds" 2>/dev/null || true
fi
soft_fds="$(ulimit -n)"
fd_room="$soft_fds"
if [ "$fd_room" = unlimited ]; then fd_room=1048576; fi
read -r port_lo port_hi </proc/sys/net/ipv4/ip_local_port_range
ports=$((port_hi - port_lo + 1))
max_n=$((fd_room - FD_MARGIN))
if [ "$ports" -lt "$max_n" ]; then max_n="$ports"; fi

# ---- the binary ------------------------------------------------------------------------------
if [ -z "${CONVENE_BIN:-}" ]; then
  echo "bench: cargo build --release --locked"
  (cd "$root" && cargo build --release --locked --bin convene)
  target_dir="$(cd "$root" && cargo metadata --format-version 1 --no-deps --locked |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
  CONVENE_BIN="$target_dir/release/convene"
fi
[ -x "$CONVENE_BIN" ] || { echo "bench: $CONVENE_BIN is not an executable" >&2; exit 1; }

# ---- work directory and cleanup ----------------------------------------------------------------
work="$(mktemp -d -t convene-hall.XXXXXX)"
server_pid=""
stop_server() {
  [ -n "$server_pid" ] || return 0
  kill "$server_pid" 2>/dev/null || true
  # bounded: SIGKILL after 10 s (closing thousands of streams can take a moment)
  for _ in $(seq 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}
cleanup() {
  local rc=$?
  set +e
  stop_server
  if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "bench: kept $work"; else rm -rf "$work"; fi
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
    if ! kill -0 "$server_pid" 2>/dev/null; then return 1; fi
    sleep 0.25
  done
  return 1
}

# The demo content with enough places for the largest N (places are not what is measured).
largest=0
for n in $CONNECTIONS; do if [ "$n" -gt "$largest" ]; then largest="$n"; fi; done
cp -R "$root/content/demo" "$work/content"
sed -i -E "s/^places = [0-9]+$/places = $((largest + 1))/" "$work/content/events/$EVENT/event.toml"
secret="$(python3 -c 'import secrets; print(secrets.token_hex(32))')"
# Every connection comes from 127.0.0.1, as from a proxy: no cap per address, and the total
# cap only where the descriptors end.
printf '[server]\nmax_connections = 1000000\nmax_connections_per_address = 0\n' >"$work/convene.toml"

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
  if [ "$n" -gt "$max_n" ]; then
    if [ "$((n + FD_MARGIN))" -gt "$fd_room" ]; then
      why="needs about $((n + FD_MARGIN)) descriptors per process, ulimit -n is $soft_fds (hard $hard_fds): raise the hard limit (as root: ulimit -Hn, or LimitNOFILE= / limits.conf) and rerun"
    else
      why="only $ports ephemeral ports ($port_lo-$port_hi in /proc/sys/net/ipv4/ip_local_port_range)"
    fi
    echo "bench: N=$n skipped: $why" | tee -a "$result"
    rows+=("{\"connections\": $n, \"skipped\": \"fd/port limit\"}")
    continue
  fi

  run="$work/n$n"
  mkdir -p "$run"
  # 1. data: content, N + 1 registrations (the extra one for the probe), a moderator.
  if ! "$CONVENE_BIN" import "$work/content" --data-dir "$run/data" >"$run/import.log" 2>&1; then
    echo "bench: convene import failed:" >&2; tail -n 20 "$run/import.log" >&2; exit 1
  fi
  doors="$(python3 "$root/bench/hall-seed.py" "$run/data/convene.db" --event "$EVENT" --doors-open)"
  clock_start="$(python3 -c '
import sys, datetime
t = datetime.datetime.fromisoformat(sys.argv[1].replace("Z", "+00:00")) + datetime.timedelta(hours=1)
print(t.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))' "$doors")"
  CONVENE_SECRET_KEY="$secret" python3 "$root/bench/hall-seed.py" "$run/data/convene.db" "$((n + 1))" \
    --event "$EVENT" >"$run/tokens.txt"
  port="$(free_port)"
  export CONVENE_SECRET_KEY="$secret" CONVENE_LOG=warn CONVENE_FORM_LIMIT_PER_IP=1000000000 \
    CONVENE_PUBLIC_URL="http://127.0.0.1:$port" CONVENE_REQUIRE_TOTP=false
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
  CONVENE_CLOCK_START="$clock_start" taskset -c 0 "$CONVENE_BIN" serve --config "$work/convene.toml" --listen "127.0.0.1:$port" \
    --data-dir "$run/data" >"$run/server.log" 2>&1 &
  server_pid=$!
  if ! wait_http "http://127.0.0.1:$port/readyz"; then
    echo "bench: convene did not become healthy on 127.0.0.1:$port; its log:" >&2
    tail -n 40 "$run/server.log" >&2
    exit 1
  fi
  probe_token="$(tail -n 1 "$run/tokens.txt")"
  : >"$run/probe.txt"
  probe_code="$(curl -sN --max-time 5 -o "$run/probe.txt" -w '%{http_code}' \
    -H 'Accept: text/event-stream' "http://127.0.0.1:$port/en/hall/$probe_token/updates" || true)"
  if [ "$probe_code" != 200 ] || ! grep -q '^event: hello' "$run/probe.txt"; then
    echo "bench: GET /en/hall/{token}/updates answered $probe_code without a hello frame" \
      "(server clock $clock_start = doors open $doors + 1 h; is CONVENE_CLOCK_START supported?):" >&2
    head -c 600 "$run/probe.txt" >&2; echo >&2
    tail -n 20 "$run/server.log" >&2
    exit 1
  fi
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
  line="$(python3 - "$run/result.json" "$server_errors" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
mib = lambda s, k: (s or {}).get(k, float("nan")) / 1024
idle, after = r["server"]["idle"], r["server"]["after"]
l, f, p = r["latencyMs"], r["fanoutMs"], r["postMs"]
ms = lambda v: "-" if v is None else f"{v:.1f}"
errs = ", ".join(f"{v} {k}" for k, v in sorted(r["errorKinds"].items(), key=lambda kv: -kv[1])) or "none"
print(f"N={r['connections']}: {r['hello']}/{r['connections']} connected in {r['openSeconds']:.1f} s "
      f"(connection errors: {errs}; dropped later: {r['droppedAfterHello']})")
print(f"  server RSS: idle {mib(idle, 'rssKiB'):.1f} MiB with {r['hello']} connections "
      f"({(idle or {}).get('fds', '?')} fds), {mib(after, 'rssKiB'):.1f} MiB after the updates, "
      f"peak {mib(after, 'hwmKiB'):.1f} MiB; client RSS {r['clientRssKiB'] / 1024:.0f} MiB")
print(f"  {r['updatesSent']}/{r['updatesPlanned']} updates, {l['count']} receipts: latency p50 {ms(l['p50'])} / "
      f"p90 {ms(l['p90'])} / p99 {ms(l['p99'])} / max {ms(l['max'])} ms; last receipt per update "
      f"p50 {ms(f['p50'])} / max {ms(f['max'])} ms; POST answered p50 {ms(p['p50'])} ms; "
      f"lost frames {r['lostFrames']}; server log {sys.argv[2]} WARN/ERROR line(s)")
print(f"  frames by event type: {json.dumps(r['eventTypes'])}")
PY
)"
  echo "$line" | tee -a "$result"
  rows+=("$(cat "$run/result.json")")
  [ "${BENCH_KEEP:-0}" = 1 ] || rm -rf "$run"
done
unset CONVENE_SECRET_KEY

# ---- summary table -----------------------------------------------------------------------------
printf '%s\n' "${rows[@]}" >"$work/rows.jsonl"
python3 - "$work/rows.jsonl" <<'PY' | tee -a "$result"
import json, sys
head = ("connections", "connected", "conn errors", "RSS idle MiB", "RSS peak MiB",
        "p50 ms", "p90 ms", "p99 ms", "max ms", "lost frames")
print()
print("| " + " | ".join(head) + " |")
print("|" + "|".join(" ---: " for _ in head) + "|")
ms = lambda v: "-" if v is None else f"{v:.1f}"
for line in open(sys.argv[1]):
    r = json.loads(line)
    if "skipped" in r:
        print(f"| {r['connections']:,} | {r['skipped']} |" + " |" * (len(head) - 2))
        continue
    s, l = r["server"], r["latencyMs"]
    print(f"| {r['connections']:,} | {r['hello']:,} | {r['connectionErrors']} | "
          f"{(s['idle'] or {}).get('rssKiB', float('nan')) / 1024:.1f} | "
          f"{(s['after'] or {}).get('hwmKiB', float('nan')) / 1024:.1f} | "
          f"{ms(l['p50'])} | {ms(l['p90'])} | {ms(l['p99'])} | {ms(l['max'])} | {r['lostFrames']} |")
PY
echo "fd limit: ulimit -n $soft_fds, ulimit -Hn $hard_fds (each connection takes a descriptor in the server and one in the client; N up to $max_n fits)" | tee -a "$result"
echo "bench: results saved to ${result#"$root"/}"
exit "$failed"
