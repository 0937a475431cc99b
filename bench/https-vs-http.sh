#!/usr/bin/env bash
# What does the built-in HTTPS cost? The English event page of `convene demo` served by one
# process over plain HTTP and by another over its built-in HTTPS, both pinned to core 0, wrk
# pinned to core 1, alternating rounds, median requests/s:
#
#   keep-alive  long-lived connections (64), the brotli page: the cost of TLS records;
#   new conns   `Connection: close`, every request on a new connection: over HTTPS a full
#               TLS handshake each (wrk does not resume sessions).
#
# The HTTPS process gets a certificate made here with openssl, put where Convene keeps the
# one it obtains (<data-dir>/acme/<domain>.pem): no CA is involved, and the certificate is
# not due for renewal.
#
#   bench/https-vs-http.sh                    # builds target/release/convene first
#   CONVENE_BIN=path bench/https-vs-http.sh   # use that binary, no build
#
# Env: DURATION (8s), ROUNDS (3), CONNECTIONS (64), PAGE, BENCH_KEEP=1, CONVENE_BIN.
# Needs: wrk, curl, openssl, taskset, python3 (scripts/setup installs wrk).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${DURATION:-8s}"
ROUNDS="${ROUNDS:-3}"
CONNECTIONS="${CONNECTIONS:-64}"
PAGE="${PAGE:-/en/events/water-for-every-home-2026}"
DOMAIN=bench.convene.test

for tool in wrk curl openssl taskset python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool not found (run scripts/setup)" >&2; exit 1; }
done
if [ "$(nproc)" -lt 2 ]; then
  echo "bench: needs 2 cores (servers on core 0, wrk on core 1)" >&2; exit 1
fi

# shellcheck source=bench/common.sh
. "$root/bench/common.sh"
release_binary bench
work_folder bench convene-bench

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# wait_ok URL: bounded wait (30 s) for a 200 (certificates not checked: made here).
wait_ok() {
  for _ in $(seq 120); do
    if [ "$(curl -sk -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true)" = 200 ]; then return 0; fi
    sleep 0.25
  done
  return 1
}

# ---- plain HTTP -------------------------------------------------------------------
plain_port="$(free_port)"
mkdir -p "$work/plain"
taskset -c 0 "$CONVENE_BIN" demo --listen "127.0.0.1:$plain_port" --data-dir "$work/plain" \
  >"$work/plain.log" 2>&1 &
pids+=($!)

# ---- HTTPS, with a certificate where Convene keeps its own --------------------------
redirect_port="$(free_port)"
https_port="$(free_port)"
mkdir -p "$work/https/acme"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 90 \
  -subj "/CN=$DOMAIN" -addext "subjectAltName=DNS:$DOMAIN" \
  -keyout "$work/key.pem" -out "$work/cert.pem" 2>/dev/null
cat "$work/key.pem" "$work/cert.pem" >"$work/https/acme/$DOMAIN.pem"
chmod 600 "$work/https/acme/$DOMAIN.pem"
# No CA: the certificate is not due, so the directory is never asked.
CONVENE_HTTPS_ACME_DIRECTORY=https://127.0.0.1:9/directory \
  taskset -c 0 "$CONVENE_BIN" demo --listen "127.0.0.1:$redirect_port" \
  --https-domain "$DOMAIN" --https-listen "127.0.0.1:$https_port" --data-dir "$work/https" \
  >"$work/https.log" 2>&1 &
pids+=($!)

wait_ok "http://127.0.0.1:$plain_port/healthz" || { tail -n 20 "$work/plain.log" >&2; exit 1; }
wait_ok "https://127.0.0.1:$https_port/healthz" || { tail -n 20 "$work/https.log" >&2; exit 1; }
for url in "http://127.0.0.1:$plain_port$PAGE" "https://127.0.0.1:$https_port$PAGE"; do
  bytes="$(curl -sk --compressed -H 'Accept-Encoding: br' -o /dev/null -w '%{size_download}' "$url")"
  echo "bench: $url: $bytes bytes (brotli)"
done

# rps URL [extra wrk args…]: requests/s of one wrk run on core 1.
rps() {
  local url="$1"; shift
  taskset -c 1 wrk -t1 -c"$CONNECTIONS" -d"$DURATION" -H 'Accept-Encoding: br' "$@" "$url" |
    awk '/^Requests\/sec:/ { printf "%d", $2 }'
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

declare -A runs
for round in $(seq "$ROUNDS"); do
  for mode in keepalive close; do
    extra=()
    [ "$mode" = close ] && extra=(-H 'Connection: close')
    runs[http,$mode]+=" $(rps "http://127.0.0.1:$plain_port$PAGE" "${extra[@]}")"
    runs[https,$mode]+=" $(rps "https://127.0.0.1:$https_port$PAGE" "${extra[@]}")"
  done
  echo "bench: round $round of $ROUNDS done"
done

printf '\n| mode | HTTP req/s | HTTPS req/s | HTTPS/HTTP | HTTP rounds | HTTPS rounds |\n'
printf '| --- | ---: | ---: | ---: | --- | --- |\n'
for mode in keepalive close; do
  # shellcheck disable=SC2086
  h="$(median ${runs[http,$mode]})"
  # shellcheck disable=SC2086
  s="$(median ${runs[https,$mode]})"
  ratio="$(python3 -c "print(f'{$s / max($h, 1):.2f}')")"
  label="keep-alive"; [ "$mode" = close ] && label="new connection per request"
  printf '| %s | %s | %s | %s |%s |%s |\n' "$label" "$h" "$s" "$ratio" "${runs[http,$mode]}" "${runs[https,$mode]}"
done
