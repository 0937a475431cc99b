#!/usr/bin/env bash
# Registration burst through the load balancer on PostgreSQL: one instance, then three
# (deploy/cluster/cluster, nginx in front, NATS between them), the same sign-ups and
# confirmations each time, with the raw PostgreSQL rate on the hot row measured in the same
# run as the reference.
#
#   bench/cluster-burst.sh                          # 6,000 sign-ups, 200 clients, 2,000 places
#   SIGNUPS=2000 CLIENTS=100 PLACES=500 bench/cluster-burst.sh
#   FORCE=1 bench/cluster-burst.sh                  # run even on a busy machine (not recorded)
#
# The machine must be quiet: with the 1-minute load average above 0.5 per core the script
# refuses (a starved machine flatters whichever side waits more).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIGNUPS="${SIGNUPS:-6000}"
CLIENTS="${CLIENTS:-200}"
PLACES="${PLACES:-2000}"
cd "$root"

load="$(cut -d' ' -f1 /proc/loadavg)"
cores="$(nproc)"
if python3 -c "import sys; sys.exit(0 if float('$load') <= 0.5 * $cores else 1)"; then
  echo "machine quiet: load average $load on $cores cores"
elif [ "${FORCE:-}" = 1 ]; then
  echo "machine BUSY: load average $load on $cores cores (FORCE=1: numbers below are not fit to record)"
else
  echo "machine busy: load average $load on $cores cores; refusing to measure (FORCE=1 runs anyway)" >&2
  exit 1
fi

cargo build --release --quiet --bin convene --example registration_burst
bin="$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')/release"
work="$(mktemp -d -t convene-cluster-burst.XXXXXX)"
state=""
cleanup() { [ -n "$state" ] && deploy/cluster/cluster down "$state" >/dev/null 2>&1; rm -rf "$work"; }
trap cleanup EXIT
cp -R content/demo "$work/content"
sed -i "s/^places = 500$/places = $PLACES/" "$work/content/events/water-for-every-home-2026/event.toml"
ulimit -n 65536 2>/dev/null || true

for instances in 1 3; do
  state="$work/cluster-$instances"
  CONVENE_BIN="$bin/convene" INSTANCES="$instances" CONTENT="$work/content" \
    CLOCK_START="2026-12-01T12:00:00Z" CONVENE_FORM_LIMIT_PER_IP=1000000000 \
    deploy/cluster/cluster up "$state" >/dev/null
  # shellcheck disable=SC1091
  . "$state/cluster.env"
  echo "== $instances instance(s): $SIGNUPS sign-ups from $CLIENTS clients against $PLACES places ($cores cores, $(date -u +%F))"
  "$bin/examples/registration_burst" --url "$LB_URL" --database-url "$DATABASE_URL" \
    --secret-key "$(cat "$state/secret.key")" --clients "$CLIENTS" --signups "$SIGNUPS"
  deploy/cluster/cluster down "$state" >/dev/null
  state=""
done
