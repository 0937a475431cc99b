#!/usr/bin/env bash
# How fast does Convene serve a public page compared with nginx serving the
# very same bytes on the same machine?
#
#   bench/page-vs-nginx.sh             # builds target/release/convene first
#   CONVENE_BIN=path bench/page-vs-nginx.sh   # use that binary, no build
#
# 1. starts `convene demo` pinned to core 0, waits for /readyz;
# 2. fetches the English event page with Accept-Encoding identity, gzip, br and
#    saves the bytes and their Content-Type / Content-Encoding;
# 3. starts Debian's nginx (worker_processes 1, pinned to core 0, access_log
#    off) serving exactly those bytes with the same headers (the pre-compressed
#    file per encoding, Content-Encoding set explicitly: nginx-light has no
#    brotli module and needs none);
# 4. checks both servers send the same number of bytes per encoding;
# 5. per encoding, alternates wrk runs (on core 1) against convene and nginx,
#    ROUNDS rounds, and prints the median requests/s of each and the ratio.
#
# Env: DURATION (8s), ROUNDS (3), CONNECTIONS (64), PAGE (the event page),
#      BENCH_KEEP=1 keeps the work directory, CONVENE_BIN (skip the build).
# Needs: nginx (nginx-light), wrk, curl, taskset, python3 (scripts/setup installs them).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${DURATION:-8s}"
ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-64}"
PAGE="${PAGE:-/en/events/water-for-every-home-2026}"
ENCODINGS=(identity gzip br)
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"

for tool in wrk curl taskset python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool not found (run scripts/setup)" >&2; exit 1; }
done
[ -x "$NGINX" ] || { echo "bench: nginx not found (run scripts/setup)" >&2; exit 1; }
if [ "$(nproc)" -lt 2 ]; then
  echo "bench: needs 2 cores (server on core 0, wrk on core 1)" >&2; exit 1
fi

# ---- the binary ---------------------------------------------------------------
if [ -z "${CONVENE_BIN:-}" ]; then
  echo "bench: cargo build --release --locked"
  (cd "$root" && cargo build --release --locked)
  target_dir="$(cd "$root" && cargo metadata --format-version 1 --no-deps --locked |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
  CONVENE_BIN="$target_dir/release/convene"
fi
[ -x "$CONVENE_BIN" ] || { echo "bench: $CONVENE_BIN is not an executable" >&2; exit 1; }

# ---- work directory and cleanup -----------------------------------------------
work="$(mktemp -d -t convene-bench.XXXXXX)"
chmod 755 "$work" # nginx workers run as an unprivileged user and read www/
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
taskset -c 0 "$CONVENE_BIN" demo --listen "127.0.0.1:$p1" --data-dir "$work/data" >"$work/convene.log" 2>&1 &
convene_pid=$!
if ! wait_http "http://127.0.0.1:$p1/readyz"; then
  echo "bench: convene did not become healthy on 127.0.0.1:$p1; its log:" >&2
  tail -n 40 "$work/convene.log" >&2
  exit 1
fi
convene_url="http://127.0.0.1:$p1$PAGE"
echo "bench: convene $CONVENE_BIN on 127.0.0.1:$p1 (core 0)"

# ---- the bytes convene serves ---------------------------------------------------
mkdir -p "$work/www"
chmod 755 "$work/www"
# header NAME FILE: value of a response header (last response, case-insensitive).
header() {
  awk -v name="$1" 'BEGIN { IGNORECASE = 1 }
    tolower($0) ~ "^" tolower(name) ":" { sub(/^[^:]*:[ \t]*/, ""); sub(/\r$/, ""); v = $0 }
    END { print v }' "$2"
}
declare -A ctype cenc size
for enc in "${ENCODINGS[@]}"; do
  code="$(curl -sS --max-time 10 -D "$work/h.$enc" -o "$work/www/page.$enc" \
    -H "Accept-Encoding: $enc" -w '%{http_code}' "$convene_url")"
  [ "$code" = 200 ] || { echo "bench: GET $PAGE ($enc) answered $code" >&2; exit 1; }
  chmod 644 "$work/www/page.$enc"
  ctype[$enc]="$(header Content-Type "$work/h.$enc")"
  cenc[$enc]="$(header Content-Encoding "$work/h.$enc")"
  size[$enc]="$(stat -c %s "$work/www/page.$enc")"
  want="$enc"; [ "$enc" = identity ] && want=""
  if [ "${cenc[$enc]}" != "$want" ]; then
    echo "bench: WARNING: Accept-Encoding: $enc got Content-Encoding '${cenc[$enc]}'" >&2
  fi
  echo "bench: $enc: ${size[$enc]} bytes, Content-Type '${ctype[$enc]}', Content-Encoding '${cenc[$enc]}'"
done
if [ "${ctype[identity]}" != "${ctype[gzip]}" ] || [ "${ctype[identity]}" != "${ctype[br]}" ]; then
  echo "bench: Content-Type differs between encodings" >&2; exit 1
fi
# nginx repeats convene's response headers (Content-Encoding, Vary, caching,
# security headers, ETag), so both send about the same header bytes too; it
# sets Content-Type (default_type), Content-Length, Date and Connection itself.
declare -A header_lines
for enc in "${ENCODINGS[@]}"; do
  header_lines[$enc]="$(python3 - "$work/h.$enc" <<'PY'
import sys
skip = {"content-type", "content-length", "date", "connection", "keep-alive",
        "transfer-encoding", "server", "last-modified", "accept-ranges"}
lines = open(sys.argv[1], encoding="latin-1", newline="").read().split("\r\n\r\n")[-2].split("\r\n")[1:]
for line in lines:
    name, _, value = line.partition(":")
    if not name or name.lower() in skip:
        continue
    value = value.strip().replace("\\", "\\\\").replace('"', '\\"')
    print(f'add_header {name.strip()} "{value}" always;')
PY
)"
done

# ---- nginx serving the same bytes -------------------------------------------------
p2="$(free_port)"
mkdir -p "$work/nginx/tmp"
# One location per encoding, each with its own file and Content-Encoding;
# the page's path picks the location from Accept-Encoding.
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  server_tokens off;
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  keepalive_timeout 65;
  keepalive_requests 10000000;
  gzip off;
  etag off;
  client_body_temp_path $work/nginx/tmp/body;
  proxy_temp_path $work/nginx/tmp/proxy;
  fastcgi_temp_path $work/nginx/tmp/fastcgi;
  uwsgi_temp_path $work/nginx/tmp/uwsgi;
  scgi_temp_path $work/nginx/tmp/scgi;
  types { }
  map \$http_accept_encoding \$variant {
    default     identity;
    "~*\\bbr\\b" br;
    "~*\\bgzip\\b" gzip;
  }
  server {
    listen 127.0.0.1:$p2 reuseport backlog=4096;
    root $work/www;
    location = $PAGE { rewrite ^ /_variant/\$variant last; }
    location = /_variant/identity {
      internal;
      default_type "${ctype[identity]}";
      ${header_lines[identity]}
      alias $work/www/page.identity;
    }
    location = /_variant/gzip {
      internal;
      default_type "${ctype[gzip]}";
      ${header_lines[gzip]}
      alias $work/www/page.gzip;
    }
    location = /_variant/br {
      internal;
      default_type "${ctype[br]}";
      ${header_lines[br]}
      alias $work/www/page.br;
    }
    location / { return 404; }
  }
}
EOF
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
  ce_c="$(header Content-Encoding "$work/v.convene.$enc.h")"
  ce_n="$(header Content-Encoding "$work/v.nginx.$enc.h")"
  ct_c="$(header Content-Type "$work/v.convene.$enc.h")"
  ct_n="$(header Content-Type "$work/v.nginx.$enc.h")"
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
# run_wrk URL ENCODING: prints requests/s; fails on socket errors or non-2xx.
run_wrk() {
  local out
  out="$(taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --timeout 5s \
    -H "Accept-Encoding: $2" "$1" 2>&1)" || { echo "$out" >&2; return 1; }
  if grep -qE 'Non-2xx or 3xx responses|Socket errors' <<<"$out"; then
    echo "bench: wrk reported errors against $1 ($2):" >&2
    echo "$out" >&2
    return 1
  fi
  awk '/^Requests\/sec:/ { print $2 }' <<<"$out"
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

mkdir -p "$root/bench/results"
result="$root/bench/results/page-vs-nginx-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "# convene vs nginx, same bytes: $PAGE"
  echo "# $(date -u +%FT%TZ) $(uname -srm), wrk -t1 -c$CONNECTIONS -d$DURATION on core 1, servers on core 0, $ROUNDS rounds"
  echo "# convene: $CONVENE_BIN"
} >"$result"

summary=()
for enc in "${ENCODINGS[@]}"; do
  c_runs=(); n_runs=()
  for round in $(seq "$ROUNDS"); do
    c="$(run_wrk "$convene_url" "$enc")"
    n="$(run_wrk "$nginx_url" "$enc")"
    c_runs+=("$c"); n_runs+=("$n")
    echo "bench: $enc round $round: convene $c req/s, nginx $n req/s"
  done
  cm="$(median "${c_runs[@]}")"
  nm="$(median "${n_runs[@]}")"
  ratio="$(awk -v c="$cm" -v n="$nm" 'BEGIN { printf "%.3f", c / n }')"
  line="$(printf '%-8s %7d B  convene %10.1f req/s  nginx %10.1f req/s  convene/nginx %s' \
    "$enc" "${size[$enc]}" "$cm" "$nm" "$ratio")"
  echo "$line" | tee -a "$result"
  summary+=("$enc=$ratio")
done
final="summary: convene/nginx requests/s (median of $ROUNDS): ${summary[*]}"
echo "$final" | tee -a "$result"
echo "bench: results saved to ${result#"$root"/}"
