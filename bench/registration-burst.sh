#!/usr/bin/env bash
# Registration burst: N sign-ups + confirmations from C concurrent clients against C places.
#
#   bench/registration-burst.sh                  # 20,000 sign-ups, 500 clients, 5,000 places
#   SIGNUPS=2000 CLIENTS=100 PLACES=500 bench/registration-burst.sh
#
# Starts `convene serve` (release build) on core 0 with a fresh SQLite data folder holding the
# demo content with PLACES places, runs examples/registration_burst.rs on core 1, prints its
# report, stops the server.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIGNUPS="${SIGNUPS:-20000}"
CLIENTS="${CLIENTS:-500}"
PLACES="${PLACES:-5000}"
cd "$root"
cargo build --release --quiet --bin convene --example registration_burst
bin="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release"
work="$(mktemp -d -t convene-burst.XXXXXX)"
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

cp -R content/demo "$work/content"
sed -i "s/^places = 500$/places = $PLACES/" "$work/content/events/water-for-every-home-2026/event.toml"
secret="$(python3 -c 'import secrets; print(secrets.token_hex(32))')"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"$bin/convene" import "$work/content" --data-dir "$work/data" >/dev/null
CONVENE_SECRET_KEY="$secret" CONVENE_FORM_LIMIT_PER_IP=1000000000 CONVENE_LOG=warn \
  taskset -c 0 "$bin/convene" serve --listen "127.0.0.1:$port" --data-dir "$work/data" 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 100); do curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break; sleep 0.1; done
ulimit -n 65536 2>/dev/null || true
echo "bench: $SIGNUPS sign-ups from $CLIENTS clients against $PLACES places ($(nproc) cores, $(date -u +%F))"
taskset -c 1 "$bin/examples/registration_burst" --url "http://127.0.0.1:$port" \
  --database-url "sqlite://$work/data/convene.db" --secret-key "$secret" \
  --clients "$CLIENTS" --signups "$SIGNUPS"
errors="$(grep -c ERROR "$work/server.log" || true)"
echo "server log: $errors error line(s)"
grep ERROR "$work/server.log" | sed -E 's/\x1b\[[0-9;]*m//g' | cut -c1-200 | sort | uniq -c | sort -rn | head -5 || true
