#!/usr/bin/env bash
# Binary size, start-up time to ready (/readyz 200) and memory at idle, on an empty database
# and on one with 20,000 registrations (issue 14). Usage: bench/startup.sh [path/to/convene]
# (default: the release build in $CARGO_TARGET_DIR or target/).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${1:-${CARGO_TARGET_DIR:-$root/target}/release/convene}"
work="$(mktemp -d -t convene-startup.XXXXXX)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
port=18931

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: $(stat -c %s "$bin") bytes ($(du -h "$bin" | cut -f1)), $("$bin" --version)"

# Starts `convene serve` on $1, prints the milliseconds to the first /readyz 200 and the
# resident memory two seconds later (idle: no request in between).
measure() {
  local data="$1" label="$2" start ready
  start=$(date +%s%N)
  CONVENE_LOG=warn "$bin" serve --listen "127.0.0.1:$port" --data-dir "$data" >/dev/null 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/readyz"; do
    kill -0 "$pid" 2>/dev/null || { echo "convene exited"; exit 1; }
    sleep 0.005
  done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 2
  echo "$label: ready in ${ready} ms; idle RSS $(awk '/VmRSS/ {print $2, $3}' "/proc/$pid/status")"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
}

# Cold-ish first run creates and migrates the database; the second start is what a restart costs.
measure "$work/empty" "empty database, first start (creates and migrates it)"
measure "$work/empty" "empty database, restart"

# 20,000 registrations on the demo's event.
CONVENE_LOG=warn "$bin" demo --listen "127.0.0.1:$port" --data-dir "$work/full" >/dev/null 2>&1 &
pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$port/readyz"; do sleep 0.05; done
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
sqlite3 "$work/full/convene.db" <<'SQL'
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
INSERT INTO registrations (event_slug, email, email_key, name, country, lang, time_zone, status,
  created_at, confirmed_at, access_nonce, last_mail_at)
SELECT 'water-for-every-home-2026', 'person' || i || '@example.org', 'person' || i || '@example.org',
  'Person ' || i, 'PK', 'en', 'Asia/Karachi', 'pending', 1764000000, NULL,
  lower(hex(randomblob(16))), 1764000000 FROM n;
SQL
echo "registrations: $(sqlite3 "$work/full/convene.db" 'SELECT COUNT(*) FROM registrations')"
measure "$work/full" "20,000 registrations, restart"
