# Shared by the bench scripts (sourced, not run): the release binary and a work folder whose
# processes are stopped, bounded, when the script ends however it ends.
#
#   . "$root/bench/common.sh"
#   release_binary bench         # sets CONVENE_BIN (builds target/release/convene unless set)
#   work_folder bench convene-x  # sets $work; append background pids to the `pids` array

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
