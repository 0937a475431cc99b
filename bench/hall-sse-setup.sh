# Shared by bench/hall-sse.sh and bench/hall-sse-mix.sh (sourced, not run): the tools they
# need, the descriptor limit, the binary, a work folder, and one fresh server per run whose
# demo event has N seeded attendees and an open hall.
#
#   root=…; EVENT=…; CONNECTIONS=…; FD_MARGIN=…  (512: convene serve keeps 384 descriptors
#                                                 back, for its files and refusals in progress)
#   . "$root/bench/hall-sse-setup.sh"
#   hall_require "$CONNECTIONS"          # tools, cores, Node 20+, whole numbers
#   hall_fd_limits "$largest"            # sets soft_fds hard_fds fd_room ports port_lo port_hi max_n
#   why="$(hall_fit "$n")"               # empty when N fits, else why not and what to do
#   hall_binary                          # CONVENE_BIN (builds the release binary unless set)
#   hall_work bench-name                 # $work, $secret, cleanup at exit; `stop_server`
#   hall_content "$largest"              # $work/content: the demo with enough places
#   hall_prepare "$run" "$n"             # data, N + 1 tokens in $run/tokens.txt, $clock_start, $port
#   hall_start "$run"                    # the server on core 0, healthy, its stream answering

# hall_require "N1 N2 …": everything the benches run with, or a message and exit.
hall_require() {
  local tool n node_major
  for tool in node curl taskset python3; do
    command -v "$tool" >/dev/null || { echo "bench: $tool not found (run scripts/setup)" >&2; exit 1; }
  done
  if [ "$(nproc)" -lt 2 ]; then
    echo "bench: needs 2 cores (server on core 0, client on core 1)" >&2; exit 1
  fi
  node_major="$(node -p 'process.versions.node.split(".")[0]')"
  [ "$node_major" -ge 20 ] || { echo "bench: needs Node 20 or newer (have $(node --version))" >&2; exit 1; }
  for n in $1; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "bench: CONNECTIONS must be whole numbers, got '$n'" >&2; exit 1; }
  done
}

# hall_fd_limits LARGEST: raises the descriptor limit as far as allowed (the hard limit too,
# where this shell may: root with CAP_SYS_RESOURCE), for the server and client it starts.
hall_fd_limits() {
  local want=$(($1 + FD_MARGIN))
  hard_fds="$(ulimit -Hn)"
  if [ "$hard_fds" != unlimited ] && [ "$hard_fds" -lt "$want" ]; then
    ulimit -Hn "$want" 2>/dev/null || true
    hard_fds="$(ulimit -Hn)"
  fi
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
  # Besides the N streams the client opens short-lived connections (reactions, cues).
  if [ "$((ports - FD_MARGIN))" -lt "$max_n" ]; then max_n=$((ports - FD_MARGIN)); fi
}

# hall_fit N: nothing when N connections fit this machine, else why not and what to do.
hall_fit() {
  local n="$1"
  [ "$n" -gt "$max_n" ] || return 0
  if [ "$((n + FD_MARGIN))" -gt "$fd_room" ]; then
    echo "needs about $((n + FD_MARGIN)) descriptors in the server (one per connection, $FD_MARGIN in reserve)," \
      "and ulimit -n is $soft_fds (hard $hard_fds, which this shell may not raise)." \
      "A second client process would not help: the server holds every connection itself." \
      "Raise the hard limit for the whole run (as root outside a container: ulimit -Hn $((n + 2 * FD_MARGIN));" \
      "in a container: docker run --ulimit nofile=$((n + 2 * FD_MARGIN)); under systemd: LimitNOFILE=)" \
      "and rerun; the largest N that fits here is $max_n"
  else
    echo "only $ports ephemeral ports ($port_lo-$port_hi in /proc/sys/net/ipv4/ip_local_port_range," \
      "$FD_MARGIN kept for other connections): widen the range (sysctl net.ipv4.ip_local_port_range);" \
      "the largest N that fits here is $max_n"
  fi
}

# hall_binary: CONVENE_BIN as given, else a release build of this checkout.
hall_binary() {
  # shellcheck source=bench/common.sh
  . "$root/bench/common.sh"
  release_binary bench
}

# hall_work NAME: a fresh work folder ($work), removed at exit (kept with BENCH_KEEP=1) after
# the server is stopped; a secret key for the runs.
hall_work() {
  work="$(mktemp -d -t "$1.XXXXXX")"
  server_pid=""
  secret="$(python3 -c 'import secrets; print(secrets.token_hex(32))')"
  trap hall_cleanup EXIT
  trap 'exit 130' INT TERM
}

stop_server() {
  [ -n "$server_pid" ] || return 0
  kill "$server_pid" 2>/dev/null || true
  # bounded: SIGKILL after 10 s (closing thousands of streams can take a moment)
  for _ in $(seq 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

hall_cleanup() {
  local rc=$?
  set +e
  stop_server
  if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "bench: kept $work"; else rm -rf "$work"; fi
  exit "$rc"
}

# hall_content LARGEST: the demo content with enough places for the largest N (places are not
# what is measured).
hall_content() {
  cp -R "$root/content/demo" "$work/content"
  sed -i -E "s/^places = [0-9]+$/places = $(($1 + 1))/" "$work/content/events/$EVENT/event.toml"
}

# hall_prepare RUN N: a data folder with the content, N + 1 confirmed registrations (the last
# for probes) whose link tokens go to RUN/tokens.txt, the instant the server's clock starts
# (one hour after doors open: $clock_start, $doors), a free $port and the server's settings
# exported.
hall_prepare() {
  local run="$1" n="$2"
  mkdir -p "$run"
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
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
  # Every connection comes from 127.0.0.1, as behind a reverse proxy: no cap per address, and
  # a total cap above N (the server lowers it to what its descriptor limit allows).
  export CONVENE_SECRET_KEY="$secret" CONVENE_LOG=warn CONVENE_FORM_LIMIT_PER_IP=1000000000 \
    CONVENE_PUBLIC_URL="http://127.0.0.1:$port" CONVENE_REQUIRE_TOTP=false \
    CONVENE_MAX_CONNECTIONS_PER_ADDRESS=0 CONVENE_MAX_CONNECTIONS="$((n + FD_MARGIN))"
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

# hall_start RUN: `convene serve` on core 0 with its clock at $clock_start ($server_pid); a 5 s
# probe checks that the stream answers with a hello frame.
hall_start() {
  local run="$1" probe_token probe_code
  CONVENE_CLOCK_START="$clock_start" taskset -c 0 "$CONVENE_BIN" serve --listen "127.0.0.1:$port" \
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
}
