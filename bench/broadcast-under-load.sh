#!/usr/bin/env bash
# A broadcast to 20,000 registrants through a local SMTP server while the public pages are
# under load (issue 16): how fast the mail goes out, and how many pages a second the server
# still serves compared with the same load without a broadcast (the aim: at least 0.9 times).
#
#   bench/broadcast-under-load.sh                          # builds target/release/convene first
#   CONVENE_BIN=path bench/broadcast-under-load.sh         # use that binary, no build
#   N=500 ROUNDS=1 DURATION=3 FORCE=1 CONVENE_BIN=target/debug/convene bench/broadcast-under-load.sh
#                                                          # a quick trial, not a result
#
# 1. The machine must be quiet (quiet_machine in bench/common.sh): the 1-minute load average
#    at most LOAD_PER_CORE (0.25) per core, waited for up to QUIET_WAIT seconds; otherwise
#    the script says so and exits 3 (FORCE=1 runs anyway and marks the result NOT QUIET).
# 2. A fresh data folder: `convene import` of content/demo, N confirmed registrants of the
#    demo event written straight into SQLite (bench/hall-seed.py --langs en,ar: every other
#    one reads Arabic, each its own address), an owner (`convene user add --role owner`).
# 3. bench/smtp-sink.py, a lean asyncio SMTP server (why not aiosmtpd: see there), on core
#    SINK_CORE (1, beside wrk: on core 0 it would take its CPU time from the server being
#    measured): accepts every message and notes its arrival time, SMTP connection, recipient
#    and subject, one line each, parsing nothing.
# 4. `convene serve` pinned to core 0, relaying through the sink (CONVENE_SMTP_URL), its clock
#    started ten days before the event's doors open (CONVENE_CLOCK_START) so no reminder mail
#    joins in, whatever the date; the owner sets a password and signs in
#    (bench/broadcast-client.py, through the forms as a browser would, CSRF included).
# 5. Unless IDLE_SEND=0, a broadcast without page load first: the sending rate alone, and the
#    server's CPU time per message.
# 6. ROUNDS rounds, the order alternating (odd rounds baseline first, even rounds broadcast
#    first), each of:
#      baseline   wrk on core 1, CONNECTIONS keep-alive connections asking for PAGES in turn,
#                 DURATION seconds;
#      broadcast  the owner counts the event's confirmed registrants on /admin/mail/new and
#                 presses "send" (English and Arabic texts, the subject marked with the
#                 round); once its answer (303 to the progress page) is back and the first
#                 message has reached the sink, the same wrk run (the worker picks new jobs
#                 up on its next poll, up to a second later: reported as "first message …
#                 later", kept out of the window); then the script waits for the sink to
#                 hold N messages of the round (SEND_TIMEOUT), checks that every registrant
#                 got exactly one, with the subject of their language
#                 (bench/broadcast-client.py check, against the database), and that the
#                 progress page says 100%.
#    A round whose sending ended before its wrk run did is marked SHORT: part of its "during"
#    window had no sending (raise N or lower DURATION).
# 7. Per round: pages/s with and without the broadcast and their ratio, the sending rate
#    (messages/s reaching the sink, first to last), the time from "send" to the last message,
#    the messages sent during the load window, the CPU share of the server, the sink, wrk and
#    other work; at the end the medians, the ratio of medians, and a summary line. An
#    estimate of where the server's time goes while sending: its CPU seconds per message
#    (without load: all of its CPU time while sending; with load: what is left after the
#    pages served, at the baseline's CPU time per page).
#
# SINK_QUICKACK=1 makes the sink acknowledge every TCP segment at once. By default it behaves
# as any relay on Linux does: acknowledgements delayed (up to 40 ms) while it has nothing to
# answer. The mailer (lettre) writes a message's body and its final "." in two writes; on a
# socket without TCP_NODELAY the final "." waited for that acknowledgement (Nagle): about
# 45 ms per message and connection. On 2026-12-07 (busy machine, release build, 2,000
# messages, no page load) that was 161 messages/s by default and 1,650 with SINK_QUICKACK=1.
# Since then Convene opens the SMTP sockets itself with TCP_NODELAY (src/mail/smtp/), so the
# knob should change little; a gap between the two again means a stall is back.
#
# Exit status: 0 when every broadcast reached every registrant exactly once in their
# language, 1 when one did not (or a step failed), 3 when the machine is busy.
#
# Env: N (20000), ROUNDS (3), DURATION (10, seconds per wrk run), CONNECTIONS (64),
#      PAGES ("/en/ /en/events/water-for-every-home-2026 /ar/posts/press-release-announcement"),
#      ACCEPT_ENCODING ("gzip, deflate, br"), IDLE_SEND (1), SEND_TIMEOUT (900 s per broadcast),
#      SINK_CORE (1), SINK_QUICKACK (0), LOAD_PER_CORE (0.25), QUIET_WAIT (120), FORCE=1,
#      OTHERS_LIMIT (10, % of a core taken by other work before a window is marked
#      DISTURBED), BENCH_KEEP=1 keeps the work folder, CONVENE_BIN (skip the build).
# Needs: wrk, curl, taskset, python3 (standard library only), 2 cores (scripts/setup
# installs wrk).
# Results: bench/results/broadcast-under-load-<UTC time>.txt (git-ignored).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${N:-20000}"
ROUNDS="${ROUNDS:-3}"
DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-64}"
PAGES="${PAGES:-/en/ /en/events/water-for-every-home-2026 /ar/posts/press-release-announcement}"
ACCEPT_ENCODING="${ACCEPT_ENCODING:-gzip, deflate, br}"
IDLE_SEND="${IDLE_SEND:-1}"
SEND_TIMEOUT="${SEND_TIMEOUT:-900}"
SINK_CORE="${SINK_CORE:-1}"
OTHERS_LIMIT="${OTHERS_LIMIT:-10}"
EVENT=water-for-every-home-2026
OWNER=bench-owner@example.org
OWNER_PASSWORD="broadcast bench owner $(python3 -c 'import secrets; print(secrets.token_hex(6))')"
client="$root/bench/broadcast-client.py"

for tool in wrk curl taskset python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool not found (run scripts/setup)" >&2; exit 1; }
done
[ "$(nproc)" -ge 2 ] || { echo "bench: needs 2 cores (server on core 0, wrk on core 1)" >&2; exit 1; }
for v in N ROUNDS DURATION CONNECTIONS SEND_TIMEOUT; do
  [[ "${!v}" =~ ^[1-9][0-9]*$ ]] || { echo "bench: $v must be a positive whole number, got '${!v}'" >&2; exit 1; }
done

# shellcheck source=bench/common.sh
. "$root/bench/common.sh"
release_binary bench
quiet_machine bench
work_folder bench convene-broadcast
run_id="$(python3 -c 'import secrets; print(secrets.token_hex(3))')"

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
# py EXPR: prints a Python expression's value (the arithmetic on decimals).
py() { python3 -c "import statistics as st; print($1)"; }
median() { python3 -c 'import statistics, sys; print(f"{statistics.median(float(a) for a in sys.argv[1:]):.1f}")' "$@"; }

# ---- data -------------------------------------------------------------------------------------
data="$work/data"
secret="$(python3 -c 'import secrets; print(secrets.token_hex(32))')"
if ! "$CONVENE_BIN" import "$root/content/demo" --data-dir "$data" >"$work/import.log" 2>&1; then
  echo "bench: convene import failed:" >&2; tail -n 20 "$work/import.log" >&2; exit 1
fi
CONVENE_SECRET_KEY="$secret" python3 "$root/bench/hall-seed.py" "$data/convene.db" "$N" \
  --event "$EVENT" --langs en,ar --prefix "broadcast-bench" >/dev/null
doors="$(python3 "$root/bench/hall-seed.py" "$data/convene.db" --event "$EVENT" --doors-open)"
clock_start="$(python3 -c '
import sys, datetime
t = datetime.datetime.fromisoformat(sys.argv[1].replace("Z", "+00:00")) - datetime.timedelta(days=10)
print(t.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))' "$doors")"
port="$(free_port)"
smtp_port="$(free_port)"
metrics_token="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
export CONVENE_SECRET_KEY="$secret" CONVENE_LOG=warn CONVENE_CLOCK_START="$clock_start" \
  CONVENE_PUBLIC_URL="http://127.0.0.1:$port" CONVENE_SMTP_URL="smtp://127.0.0.1:$smtp_port" \
  CONVENE_REQUIRE_TOTP=false CONVENE_FORM_LIMIT_PER_IP=1000000000 \
  CONVENE_MAX_CONNECTIONS_PER_ADDRESS=0 CONVENE_METRICS_TOKEN="$metrics_token"
if ! "$CONVENE_BIN" user add --role owner "$OWNER" --data-dir "$data" >"$work/user.log" 2>&1; then
  echo "bench: convene user add failed:" >&2; cat "$work/user.log" >&2; exit 1
fi
link="$(grep -oE '/admin/password/[A-Za-z0-9_-]+' "$work/user.log" | head -n 1 || true)"
[ -n "$link" ] || { echo "bench: no /admin/password/ link from convene user add:" >&2; cat "$work/user.log" >&2; exit 1; }
# The link is dated by the real clock; keep it valid at the server's clock too.
python3 "$root/bench/hall-seed.py" "$data/convene.db" --event "$EVENT" --password-links-until "$(python3 -c '
import sys, datetime
t = datetime.datetime.fromisoformat(sys.argv[1].replace("Z", "+00:00")) + datetime.timedelta(days=1)
print(t.strftime("%Y-%m-%dT%H:%M:%SZ"))' "$clock_start")"

# ---- the sink and the server --------------------------------------------------------------------
sink_log="$work/sink.log"
: >"$sink_log"
SINK_QUICKACK="${SINK_QUICKACK:-0}" taskset -c "$SINK_CORE" python3 "$root/bench/smtp-sink.py" 127.0.0.1 "$smtp_port" "$sink_log" \
  >"$work/sink.out" 2>&1 &
sink_pid=$!
pids+=("$sink_pid")
for _ in $(seq 100); do
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $smtp_port), 0.2)" 2>/dev/null && break
  kill -0 "$sink_pid" 2>/dev/null || { echo "bench: the SMTP sink did not start:" >&2; cat "$work/sink.out" >&2; exit 1; }
  sleep 0.1
done
taskset -c 0 "$CONVENE_BIN" serve --listen "127.0.0.1:$port" --data-dir "$data" >"$work/server.log" 2>&1 &
server_pid=$!
pids+=("$server_pid")
base="http://127.0.0.1:$port"
if ! wait_http "$base/readyz"; then
  echo "bench: convene did not become ready on 127.0.0.1:$port; its log:" >&2
  tail -n 40 "$work/server.log" >&2; exit 1
fi
for page in $PAGES; do
  code="$(curl -s -o /dev/null -w '%{http_code}' -H "Accept-Encoding: $ACCEPT_ENCODING" "$base$page")"
  [ "$code" = 200 ] || { echo "bench: GET $page answered $code" >&2; exit 1; }
done
python3 "$client" signin "$base" "$work/jar.json" "$OWNER" "$OWNER_PASSWORD" "$link"
echo "bench: convene $CONVENE_BIN on $base (core 0), clock from $clock_start; sink on core $SINK_CORE; $N registrants (en, ar)"

# ---- measuring ------------------------------------------------------------------------------------
clk_tck="$(getconf CLK_TCK)"
busy_ticks() { awk '/^cpu / { print $2 + $3 + $4; exit }' /proc/stat; }
steal_ticks() { awk '/^cpu / { print $9; exit }' /proc/stat; }
# ticks PID: CPU ticks (user + system, all threads) of a process so far.
ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }
now() { date +%s.%N; }
received() { wc -l <"$sink_log"; }

# load: one wrk run on core 1; writes "requests/s p99-ms server% sink% wrk% others% start end"
# to $work/window (CPU shares in % of one core over the run). Fails on socket errors or
# answers other than 2xx.
load() {
  local out b0 s0 k0 b1 s1 k1 t0 t1 wrk_s
  b0="$(busy_ticks)"; s0="$(ticks "$server_pid")"; k0="$(ticks "$sink_pid")"; t0="$(now)"
  out="$(PAGES="$PAGES" ACCEPT_ENCODING="$ACCEPT_ENCODING" taskset -c 1 wrk -t1 -c"$CONNECTIONS" \
    -d"${DURATION}s" --timeout 5s --latency -s "$root/bench/pages.lua" "$base/" 2>&1)" ||
    { echo "$out" >&2; return 1; }
  t1="$(now)"; b1="$(busy_ticks)"; s1="$(ticks "$server_pid")"; k1="$(ticks "$sink_pid")"
  if grep -qE 'Non-2xx or 3xx responses|Socket errors' <<<"$out"; then
    echo "bench: wrk reported errors:" >&2; echo "$out" >&2; return 1
  fi
  # `times` in this subshell (run as `(load)`): its children's user and system time, wrk's
  # (and a few short tools'). Not in a pipeline: that would fork a child with no children.
  times >"$work/wrk.times"
  wrk_s="$(awk 'NR == 2 { t = 0; for (i = 1; i <= 2; i++) { split($i, p, /m|s/); t += p[1] * 60 + p[2] } print t }' "$work/wrk.times")"
  awk -v b="$((b1 - b0))" -v s="$((s1 - s0))" -v k="$((k1 - k0))" -v hz="$clk_tck" -v w="$wrk_s" \
    -v t0="$t0" -v t1="$t1" '
    /^Requests\/sec:/ { rps = $2 }
    $1 == "99%" { v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
                  p99 = (unit == "us") ? v / 1000 : (unit == "s") ? v * 1000 : v }
    END { secs = t1 - t0; others = (b - s - k) / hz - w; if (others < 0) others = 0
          printf "%s %.3f %.1f %.1f %.1f %.1f %s %s\n", rps, p99, 100 * s / hz / secs,
            100 * k / hz / secs, 100 * w / secs, 100 * others / secs, t0, t1 }' <<<"$out"
}

# broadcast LABEL LOADED: one broadcast to every registrant, with a wrk run right after "send"
# when LOADED=1; waits for it, checks it, writes "key=value" lines to $work/broadcast.
broadcast() {
  local label="$1" loaded="$2" offset sent clicked queued progress count s0 w="" deadline got
  offset="$(received)"
  s0="$(ticks "$server_pid")"
  sent="$(python3 "$client" send "$base" "$work/jar.json" "$EVENT" "$label-$run_id")"
  read -r count clicked queued progress < <(python3 -c '
import json, sys; r = json.loads(sys.argv[1]); print(r["count"], r["clicked"], r["queued"], r["progress"])' "$sent")
  [ "$count" = "$N" ] || { echo "bench: the compose page counted $count recipients, not $N" >&2; return 1; }
  if [ "$loaded" = 1 ]; then
    # The window opens with the first message: the worker finds new jobs on its next poll
    # (up to a second later), and an idle second inside the window would flatter the ratio.
    deadline=$(( $(date +%s) + 30 ))
    while [ "$(received)" -le "$offset" ]; do
      [ "$(date +%s)" -le "$deadline" ] || { echo "bench: $label: no message 30 s after send" >&2; return 1; }
      sleep 0.01
    done
    (load) >"$work/window" || return 1
    w="$(cat "$work/window")"
  fi
  deadline=$(( $(date +%s) + SEND_TIMEOUT ))
  while got=$(( $(received) - offset )); [ "$got" -lt "$N" ]; do
    if [ "$(date +%s)" -gt "$deadline" ]; then
      echo "bench: $label: only $got of $N messages after ${SEND_TIMEOUT}s" >&2; return 1
    fi
    sleep 0.1
  done
  local s1; s1="$(ticks "$server_pid")"
  # What went out reaches the sink before the worker marks it sent: the page may lag a moment.
  local percent=""
  for _ in $(seq 100); do
    percent="$(python3 "$client" progress "$base" "$work/jar.json" "$progress")"
    [ "$percent" = 100 ] && break
    sleep 0.2
  done
  [ "$percent" = 100 ] || { echo "bench: $label: the progress page says $percent%, not 100%" >&2; return 1; }
  local check
  if ! check="$(python3 "$client" check "$sink_log" "$data/convene.db" "$EVENT" "$label-$run_id")"; then
    echo "bench: $label: DELIVERY CHECK FAILED: $check" >&2; return 1
  fi
  python3 - "$check" "$clicked" "$queued" "$((s1 - s0))" "$clk_tck" "$sink_log" "$w" >"$work/broadcast" <<'PY'
import json, sys
c = json.loads(sys.argv[1]); clicked, queued = float(sys.argv[2]), float(sys.argv[3])
cpu = int(sys.argv[4]) / int(sys.argv[5])
first, last, n = c["first"], c["last"], c["messages"]
print(f"rate={(n - 1) / max(last - first, 1e-6):.1f}")
print(f"to100={last - clicked:.1f}")
print(f"queue_s={queued - clicked:.2f}")
print(f"first_after={first - queued:.2f}")
print(f"server_cpu_s={cpu:.2f}")
print(f"connections={c['connections']}")
print(f"by_lang={','.join(f'{k}:{v}' for k, v in c['by_lang'].items())}")
w = sys.argv[7].split()
if w:
    t0, t1 = float(w[6]), float(w[7])
    times = [float(line.split("\t", 1)[0]) for line in open(sys.argv[6], encoding="utf-8")]
    inside = sum(1 for t in times if t0 <= t <= t1 and first <= t <= last)
    print(f"in_window={inside}")
    print(f"window_rate={inside / (t1 - t0):.1f}")
    print(f"covered={100 * max(0.0, min(last, t1) - t0) / (t1 - t0):.0f}")
PY
}

# val KEY: a value from $work/broadcast.
val() { sed -n "s/^$1=//p" "$work/broadcast"; }

mkdir -p "$root/bench/results"
result="$root/bench/results/broadcast-under-load-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "# broadcast to $N registrants (en, ar) through a local SMTP sink while wrk loads the public pages"
  echo "# $(date -u +%FT%TZ) $(uname -srm); server on core 0, wrk -t1 -c$CONNECTIONS -d${DURATION}s and the sink on cores 1 / $SINK_CORE; $ROUNDS rounds"
  echo "# pages: $PAGES (Accept-Encoding: $ACCEPT_ENCODING); sink acknowledges $([ "${SINK_QUICKACK:-0}" = 1 ] && echo "at once (SINK_QUICKACK=1)" || echo "as Linux does (delayed ACK)")"
  echo "# load average before: $load_before on $(nproc) cores: $([ "$quiet" = yes ] && echo quiet || echo "NOT QUIET (FORCE=1)")"
  echo "# convene: $CONVENE_BIN"
} >"$result"
say() { echo "$*" | tee -a "$result"; }

idle_cpu_per_msg=""
if [ "$IDLE_SEND" = 1 ]; then
  broadcast idle 0 || exit 1
  idle_cpu_per_msg="$(py "$(val server_cpu_s) / $N * 1000")"
  say "without page load: $(val rate) messages/s, 100% in $(val to100) s after send (queued in $(val queue_s) s, first message $(val first_after) s later), $(val connections) SMTP connection(s), $(val by_lang); server CPU $(printf '%.3f' "$idle_cpu_per_msg") ms per message"
fi

base_rps=(); during_rps=(); ratios=(); rates=(); to100s=(); flags=()
for round in $(seq "$ROUNDS"); do
  if [ $((round % 2)) = 1 ]; then order="baseline broadcast"; else order="broadcast baseline"; fi
  for phase in $order; do
    if [ "$phase" = baseline ]; then
      (load) >"$work/window" || exit 1
      read -r b_rps b_p99 b_srv b_sink b_wrk b_oth _ _ <"$work/window"
    else
      broadcast "r$round" 1 || exit 1
      read -r d_rps d_p99 d_srv d_sink d_wrk d_oth _ _ <"$work/window"
      d_rate="$(val rate)"; d_to100="$(val to100)"; d_in="$(val in_window)"
      d_wrate="$(val window_rate)"; d_cov="$(val covered)"; d_conn="$(val connections)"
      d_lang="$(val by_lang)"; d_queue="$(val queue_s)"
    fi
  done
  mark=""
  [ "$d_cov" -lt 100 ] && mark+=" SHORT(sending covered ${d_cov}% of the load window)"
  awk -v a="$b_oth" -v b="$d_oth" -v l="$OTHERS_LIMIT" 'BEGIN { exit !(a > l || b > l) }' && mark+=" DISTURBED"
  [ -n "$mark" ] && flags+=("r$round:${mark# }")
  ratio="$(py "f'{$d_rps / $b_rps:.3f}'")"
  base_rps+=("$b_rps"); during_rps+=("$d_rps"); ratios+=("$ratio"); rates+=("$d_rate"); to100s+=("$d_to100")
  say "round $round ($order): pages/s baseline $b_rps (p99 $b_p99 ms; CPU server ${b_srv}%, sink ${b_sink}%, wrk ${b_wrk}%, other ${b_oth}%)"
  say "  during the broadcast $d_rps (p99 $d_p99 ms; CPU server ${d_srv}%, sink ${d_sink}%, wrk ${d_wrk}%, other ${d_oth}%): ratio $ratio$mark"
  mail_ms="$(py "f'{max(0.0, ($d_srv / 100 * $DURATION - $d_rps * $DURATION * ($b_srv / 100) / $b_rps) / max($d_in, 1) * 1000):.3f}'")"
  say "  mail: $N to $d_lang, queued in $d_queue s, $d_rate messages/s first to last, 100% in $d_to100 s after send, $d_in during the load window ($d_wrate/s), $d_conn SMTP connection(s); server CPU about $mail_ms ms per message under load"
done

# ---- what the server counted -----------------------------------------------------------------------
curl -s -H "Authorization: Bearer $metrics_token" "$base/metrics" >"$work/metrics.txt" || true
grep -E '^convene_(mail_failures_total|jobs_waiting|jobs_oldest_waiting_seconds|db_pool_[a-z_]+)' "$work/metrics.txt" |
  sed 's/^/# metrics: /' >>"$result" || true
warnings="$(grep -cE 'WARN|ERROR' "$work/server.log" || true)"
echo "# server log: $warnings WARN/ERROR line(s)" >>"$result"

b_med="$(median "${base_rps[@]}")"; d_med="$(median "${during_rps[@]}")"
summary="summary: $N messages each round, every registrant once in their language; pages/s during/baseline $(py "f'{$d_med / $b_med:.3f}'") (medians $d_med / $b_med over $ROUNDS rounds; per round ${ratios[*]}); sending $(median "${rates[@]}") messages/s, 100% in $(median "${to100s[@]}") s (medians)"
[ -n "$idle_cpu_per_msg" ] && summary+="; without load $(printf '%.3f' "$idle_cpu_per_msg") ms server CPU per message"
[ "$quiet" = yes ] || summary+=" (NOT QUIET)"
[ "${#flags[@]}" = 0 ] || summary+=" (${flags[*]})"
say "$summary"
echo "bench: results saved to ${result#"$root"/}"
