#!/usr/bin/env bash
# How fast does the mail queue drain through a slow SMTP relay, with one instance and with
# three on one PostgreSQL database? (Issue 12: more instances drain faster.)
#
#   bench/outbox-drain.sh                              # builds target/release/convene first
#   CONVENE_BIN=path bench/outbox-drain.sh             # use that binary, no build
#
# For INSTANCES in 1 and 3, in one run (so the ratio compares like with like):
#  1. a fresh PostgreSQL database: `convene import` of content/demo, then MAILS pending
#     registrations and their confirmation-mail jobs written with one SQL statement each,
#     held back (run_at far in the future);
#  2. aiosmtpd with tests/app/slow_smtp.py: a maildir that takes DELAY_MS per message;
#  3. INSTANCES `convene serve` processes on that database, same secret key, each waits
#     until /healthz answers;
#  4. the clock starts when one UPDATE makes every job due; it stops when the maildir holds
#     MAILS messages; prints the rate, then checks every recipient got exactly one message.
# At the end: both rates and their ratio.
#
# The machine must be quiet: the script reads the load average first and refuses to measure
# when the one-minute load is above MAX_LOAD (FORCE=1 measures anyway, marked "not for
# BENCHMARKS.md").
#
# Env: MAILS (1200), DELAY_MS (50), MAX_LOAD (0.5), PGURL (postgres://postgres@127.0.0.1:5432),
#      BENCH_KEEP=1 keeps the work directory, CONVENE_BIN (skip the build), FORCE=1.
# Needs: psql, python3 with aiosmtpd, curl.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MAILS="${MAILS:-1200}"
DELAY_MS="${DELAY_MS:-50}"
MAX_LOAD="${MAX_LOAD:-0.5}"
PGURL="${PGURL:-postgres://postgres@127.0.0.1:5432}"
EVENT=water-for-every-home-2026

read -r load1 load5 load15 _ < /proc/loadavg
echo "load average: $load1 $load5 $load15 ($(nproc) cores)"
quiet=yes
if python3 -c "import sys; sys.exit(0 if float('$load1') <= float('$MAX_LOAD') else 1)"; then
  :
elif [ "${FORCE:-}" = 1 ]; then
  quiet=no
  echo "bench: the machine is busy (load $load1 > $MAX_LOAD); measuring anyway (FORCE=1): NOT for BENCHMARKS.md"
else
  echo "bench: the machine is busy (load $load1 > $MAX_LOAD); not measuring (FORCE=1 to measure anyway)" >&2
  exit 2
fi

for tool in psql python3 curl; do
  command -v "$tool" >/dev/null || { echo "bench: $tool not found (run scripts/setup)" >&2; exit 1; }
done
python3 -c "import aiosmtpd" 2>/dev/null || { echo "bench: aiosmtpd missing (pip install aiosmtpd)" >&2; exit 1; }

if [ -z "${CONVENE_BIN:-}" ]; then
  (cd "$root" && cargo build --release --locked --quiet)
  CONVENE_BIN="$(cd "$root" && cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release/convene"
fi

work="$(mktemp -d)"
pids=()
databases=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  for db in "${databases[@]}"; do psql -q "$PGURL/postgres" -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true; done
  if [ "${BENCH_KEEP:-}" = 1 ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

wait_for_port() {
  for _ in $(seq 1 200); do
    if curl -fsS "http://127.0.0.1:$1/healthz" >/dev/null 2>&1; then return 0; fi
    sleep 0.05
  done
  echo "bench: nothing answers on port $1" >&2; exit 1
}

now_ms() { date +%s%3N; }

# run INSTANCES: writes the rate (mails/s) to $work/rate-INSTANCES
run() {
  local instances=$1
  local db="convene_bench_$(python3 -c 'import secrets; print(secrets.token_hex(6))')"
  databases+=("$db")
  local url="$PGURL/$db"
  local dir="$work/run-$instances"
  mkdir -p "$dir"
  psql -q "$PGURL/postgres" -c "CREATE DATABASE $db" >/dev/null
  CONVENE_LOG=warn "$CONVENE_BIN" import "$root/content/demo" --data-dir "$dir/import" --database-url "$url" >/dev/null 2>&1
  psql -q "$url" -v ON_ERROR_STOP=1 >/dev/null <<SQL
INSERT INTO registrations (event_slug, email, email_key, name, country, lang, time_zone, status,
    created_at, confirm_nonce, confirm_expires_at, access_nonce, last_mail_at)
  SELECT '$EVENT', 'guest' || i || '@example.org', 'guest' || i || '@example.org', 'Guest ' || i,
         'KE', 'sw', 'Africa/Nairobi', 'pending', 0, md5('c' || i), 4000000000, md5('a' || i), 0
  FROM generate_series(1, $MAILS) AS i;
INSERT INTO jobs (kind, payload, registration_id, run_at, created_at)
  SELECT 'mail', '{"job":"mail","mail":"confirm"}', id, 4000000000, 0 FROM registrations;
SQL
  local smtp_port; smtp_port="$(free_port)"
  PYTHONPATH="$root/tests/app" SMTP_DELAY_MS="$DELAY_MS" \
    python3 -m aiosmtpd -n -l "127.0.0.1:$smtp_port" -c slow_smtp.SlowMailbox "$dir/box" &
  pids+=($!)
  for _ in $(seq 1 100); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $smtp_port), 0.2)" 2>/dev/null && break
    sleep 0.05
  done
  for n in $(seq 1 "$instances"); do
    local port; port="$(free_port)"
    # No object store here: each instance serves media from its own copy of the folder.
    mkdir -p "$dir/instance-$n" && cp -a "$dir/import/media" "$dir/instance-$n/media"
    CONVENE_LOG=warn CONVENE_DATABASE_URL="$url" CONVENE_SMTP_URL="smtp://127.0.0.1:$smtp_port" \
      CONVENE_SECRET_KEY="bench-secret-key-bench-secret-key-bench" \
      CONVENE_PUBLIC_URL="https://convene.example" \
      "$CONVENE_BIN" serve --listen "127.0.0.1:$port" --data-dir "$dir/instance-$n" >/dev/null &
    pids+=($!)
    wait_for_port "$port"
  done
  local start; start="$(now_ms)"
  psql -q "$url" -c "UPDATE jobs SET run_at = 0 WHERE kind = 'mail'" >/dev/null
  local count=0
  while [ "$count" -lt "$MAILS" ]; do
    sleep 0.05
    count="$(find "$dir/box/new" -type f 2>/dev/null | wc -l)"
    if [ $(( $(now_ms) - start )) -gt 300000 ]; then echo "bench: only $count of $MAILS after 5 minutes" >&2; exit 1; fi
  done
  local end; end="$(now_ms)"
  # Every recipient exactly once.
  local distinct; distinct="$(grep -h '^To: ' "$dir"/box/new/* | sort -u | wc -l)"
  local total; total="$(find "$dir/box/new" -type f | wc -l)"
  if [ "$distinct" -ne "$MAILS" ] || [ "$total" -ne "$MAILS" ]; then
    echo "bench: $total messages to $distinct recipients, expected $MAILS each once" >&2; exit 1
  fi
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
  python3 -c "print(f'{$MAILS / (($end - $start) / 1000):.1f}')" > "$work/rate-$instances"
}

echo "draining $MAILS confirmation mails through a relay taking $DELAY_MS ms a message"
run 1
one="$(cat "$work/rate-1")"
echo "1 instance:  $one mails/s"
run 3
three="$(cat "$work/rate-3")"
echo "3 instances: $three mails/s"
ratio="$(python3 -c "print(f'{$three / $one:.2f}')")"
echo "ratio: $ratio (3 instances / 1)"
read -r after1 _ < /proc/loadavg
echo "load average before: $load1, after: $after1"
if [ "$quiet" = no ]; then echo "(busy machine: NOT for BENCHMARKS.md)"; fi
