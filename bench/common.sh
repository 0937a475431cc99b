# Shared by the bench scripts (sourced, not run): the release binary and a work folder whose
# processes are stopped, bounded, when the script ends however it ends.
#
#   . "$root/bench/common.sh"
#   release_binary bench         # sets CONVENE_BIN (builds target/release/convene unless set)
#   work_folder bench convene-x  # sets $work; append background pids to the `pids` array
#   quiet_machine bench          # refuses a busy machine (exit 3); sets $quiet, $load_before

# CONVENE_BIN as given, else the release build of the repository at $root; the prefix names
# the script in its messages.
release_binary() {
  local prefix="$1" target_dir
  if [ -z "${CONVENE_BIN:-}" ]; then
    echo "$prefix: cargo build --release --locked"
    (cd "$root" && cargo build --release --locked)
    target_dir="$(cd "$root" && cargo metadata --format-version 1 --no-deps --locked |
      python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
    CONVENE_BIN="$target_dir/release/convene"
  fi
  [ -x "$CONVENE_BIN" ] || { echo "$prefix: $CONVENE_BIN is not an executable" >&2; exit 1; }
}

# A fresh temporary folder in $work, removed at exit (kept with BENCH_KEEP=1), after every
# pid in `pids` is stopped: SIGTERM, then SIGKILL after 10 s.
work_folder() {
  bench_prefix="$1"
  work="$(mktemp -d -t "$2.XXXXXX")"
  pids=()
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
}

bench_cleanup() {
  local rc=$? pid
  set +e
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  if [ "${BENCH_KEEP:-0}" = 1 ]; then echo "$bench_prefix: kept $work"; else rm -rf "$work"; fi
  exit "$rc"
}

# Waits up to QUIET_WAIT seconds (120) for the 1-minute load average to fall to at most
# LOAD_PER_CORE (0.25) times the number of cores, saying what it read; on a machine still busy
# it exits 3, unless FORCE=1, which goes on with quiet=no (the caller marks its result NOT
# QUIET). Sets quiet (yes/no) and load_before (the three load averages). Why 0.25 per core:
# see bench/page-vs-nginx.sh.
quiet_machine() {
  local prefix="$1" cores limit waited=0
  cores="$(nproc)"
  limit="$(awk -v c="$cores" -v l="${LOAD_PER_CORE:-0.25}" 'BEGIN { printf "%.2f", c * l }')"
  echo "$prefix: load average before the run: $(cut -d' ' -f1-3 /proc/loadavg) on $cores cores (quiet: 1-minute load at most $limit)"
  while awk -v a="$(cut -d' ' -f1 /proc/loadavg)" -v b="$limit" 'BEGIN { exit !(a > b) }' &&
    [ "$waited" -lt "${QUIET_WAIT:-120}" ]; do
    [ "$waited" = 0 ] && echo "$prefix: busy; waiting up to ${QUIET_WAIT:-120}s for the load to settle"
    sleep 5
    waited=$((waited + 5))
  done
  load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
  quiet=yes
  if awk -v a="${load_before%% *}" -v b="$limit" 'BEGIN { exit !(a > b) }'; then
    quiet=no
    if [ "${FORCE:-0}" != 1 ]; then
      echo "$prefix: the machine is busy (load average $load_before, limit $limit on $cores cores): other work would take CPU time from what is measured." >&2
      echo "$prefix: nothing recorded. Run again when the machine is quiet (FORCE=1 runs anyway and marks the result NOT QUIET)." >&2
      exit 3
    fi
    echo "$prefix: WARNING: busy machine (load average $load_before); FORCE=1: the result is marked NOT QUIET" >&2
  fi
  echo "$prefix: load average at the start: $load_before ($([ "$quiet" = yes ] && echo quiet || echo NOT QUIET))"
}
